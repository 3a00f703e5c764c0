package org.daksetu.tracking.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A shipper's webhook endpoint on 127.0.0.1 for tests: records what it gets and answers as told. */
final class WebhookReceiver implements AutoCloseable {

    record Received(String deliveryId, String signature, String body, long receivedNanos) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    /** Decides the status for the n-th request (0-based); may block to hold a delivery open. */
    volatile Function<Integer, Integer> answer = n -> 200;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private void handle(HttpExchange x) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int n;
        synchronized (received) {
            n = received.size();
            received.add(new Received(x.getRequestHeaders().getFirst("X-DakSetu-Delivery"),
                    x.getRequestHeaders().getFirst("X-DakSetu-Signature"), body, System.nanoTime()));
        }
        int status = answer.apply(n);
        x.sendResponseHeaders(status, -1);
        x.close();
    }

    /** Whether the signature header is HMAC-SHA256(secret, t + "." + body). */
    static boolean signedWith(String secret, Received r) {
        String[] parts = r.signature().split(",");
        String t = parts[0].substring(2), v1 = parts[1].substring(3);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((t + "." + r.body()).getBytes(StandardCharsets.UTF_8))).equals(v1);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
