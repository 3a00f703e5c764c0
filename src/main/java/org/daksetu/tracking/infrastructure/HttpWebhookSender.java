package org.daksetu.tracking.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.daksetu.tracking.application.WebhookSender;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Posts webhook bodies. Signature header: {@code X-DakSetu-Signature: t=<unix seconds>,v1=<hex>}
 * where v1 = HMAC-SHA256(secret, t + "." + body); the receiver recomputes it and rejects old t
 * (replay protection). {@code X-DakSetu-Delivery} is the idempotency key: the same batch always
 * carries the same one.
 */
@Component
class HttpWebhookSender implements WebhookSender {

    private final HttpClient client;
    private final Duration timeout;
    private final Clock clock;

    HttpWebhookSender(@Value("${daksetu.webhooks.timeout:PT10S}") Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public Outcome post(String url, String secret, String deliveryId, String body) {
        long t = clock.instant().getEpochSecond();
        try {
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("X-DakSetu-Delivery", deliveryId)
                    .header("X-DakSetu-Signature", "t=" + t + ",v1=" + sign(secret, t + "." + body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() / 100 == 2 ? new Outcome(true, null) : new Outcome(false, "HTTP " + r.statusCode());
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(false, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, "interrupted");
        }
    }

    static String sign(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
