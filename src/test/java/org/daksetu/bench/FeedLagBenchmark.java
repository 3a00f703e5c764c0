package org.daksetu.bench;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.daksetu.DakSetuApplication;
import org.daksetu.network.application.Promises;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.platform.db.EmbeddedDatabase;
import org.daksetu.shared.Pin;
import org.daksetu.tracking.application.ArticleRegistration;
import org.daksetu.tracking.application.Articles;
import org.daksetu.tracking.application.IncomingScan;
import org.daksetu.tracking.application.ScanIntake;
import org.daksetu.tracking.application.Webhooks;
import org.daksetu.tracking.domain.ArticleNumber;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feed lag: scans committed at a steady rate (batches of 1,000 every 100 ms = 10,000 scans/s) and
 * received by a local webhook receiver through the real worker (HMAC, HTTP, cursor). The lag of a
 * scan is the time from the return of its intake transaction (committed) to its arrival at the
 * receiver. {@code bench/tracking-feed-lag.sh [seconds] [scans per second]}
 */
public final class FeedLagBenchmark {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int perBatch = rate / 10;
        ConcurrentHashMap<String, Long> committed = new ConcurrentHashMap<>();
        List<Long> lags = Collections.synchronizedList(new ArrayList<>());
        JsonMapper json = JsonMapper.builder().build();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        receiver.createContext("/hook", x -> {
            byte[] body = x.getRequestBody().readAllBytes();
            long now = System.nanoTime();
            for (JsonNode e : json.readTree(body).get("entries")) {
                Long at = committed.get(e.get("eventId").asString());
                if (at != null) {
                    lags.add(now - at);
                }
            }
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        receiver.start();
        Path dir = org.daksetu.support.Directories.throwaway("daksetu-bench-lag");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("pg"), 0);
             ConfigurableApplicationContext context = new SpringApplicationBuilder(DakSetuApplication.class)
                     .web(WebApplicationType.NONE).logStartupInfo(false)
                     .run("--daksetu.db.url=" + db.jdbcUrl(), "--daksetu.webhooks.poll=PT0.05S",
                             "--logging.level.root=WARN")) {
            Promises promises = context.getBean(Promises.class);
            Articles registry = context.getBean(Articles.class);
            ScanIntake intake = context.getBean(ScanIntake.class);
            Webhooks webhooks = context.getBean(Webhooks.class);
            OffsetDateTime handover = OffsetDateTime.now(RoutingRules.IST_OFFSET).plusHours(1);
            DeliveryPromise p = promises.promise("DEL-FC1", new Pin(682028), handover);
            int articles = 50_000;
            List<ArticleRegistration> regs = new ArrayList<>();
            for (int i = 0; i < articles; i++) {
                regs.add(new ArticleRegistration(ArticleNumber.of("EL", i, "IN"), "MARKETPLACE", "DEL-FC1",
                        p.destination(), 0, handover, p.itinerary(), p.edd()));
            }
            registry.registerAll(regs);
            webhooks.subscribe("MARKETPLACE", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                    Optional.of("bench-secret-0123456789abcdef"));
            OffsetDateTime start = OffsetDateTime.now(RoutingRules.IST_OFFSET).minusDays(2);
            long serial = 0, sent = 0, warmUpEnds = System.nanoTime() + 5_000_000_000L;
            long begin = System.nanoTime(), end = begin + seconds * 1_000_000_000L;
            String[] codes = {"IB", "IG", "ID", "IR", "BD", "D"};
            for (long tick = begin; tick < end; tick += 100_000_000L) {
                long wait = tick - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                List<IncomingScan> batch = new ArrayList<>(perBatch);
                for (int i = 0; i < perBatch; i++) {
                    long n = serial++;
                    batch.add(new IncomingScan("L" + n, ArticleNumber.of("EL", n % articles, "IN").value(), null,
                            codes[(int) (n / articles) % codes.length], "110037",
                            start.plusMinutes(n / articles * 60).toString(), null));
                }
                intake.accept(batch, "bench");
                long at = System.nanoTime();
                if (at > warmUpEnds) {
                    batch.forEach(s -> committed.put(s.eventId(), at));
                    sent += batch.size();
                }
            }
            double elapsed = (System.nanoTime() - begin) / 1e9;
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (lags.size() < sent && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            List<Long> sorted = new ArrayList<>(lags);
            Collections.sort(sorted);
            System.out.printf("offered %,d scans/s for %d s (achieved %,.0f/s); measured %,d scans after a 5 s warm-up, "
                            + "received %,d%n", rate, seconds, serial / elapsed, sent, sorted.size());
            System.out.printf("lag committed -> webhook received: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    pct(sorted, 0.50), pct(sorted, 0.99), sorted.isEmpty() ? Double.NaN : sorted.getLast() / 1e6);
        } finally {
            receiver.stop(0);
        }
    }

    static double pct(List<Long> sorted, double q) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6;
    }
}
