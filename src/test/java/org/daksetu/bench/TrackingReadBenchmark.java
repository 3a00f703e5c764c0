package org.daksetu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
import org.daksetu.tracking.domain.ArticleNumber;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Public tracking ({@code GET /api/v1/track/{article}}) over HTTP while intake runs: 100,000
 * articles with 4 scans each; wrk (2 threads, 64 connections) asks for random articles for the
 * given seconds while a background thread takes in scans at the given rate. Prints wrk's report
 * (requests/s, latency percentiles). The rate limit is lifted for the run (one client address).
 * {@code bench/tracking-read.sh [seconds] [intake scans per second]}
 */
public final class TrackingReadBenchmark {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int intakeRate = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int articles = 100_000, clients = 64;
        Path dir = org.daksetu.support.Directories.throwaway("daksetu-bench-read");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("pg"), 0);
             ConfigurableApplicationContext context = new SpringApplicationBuilder(DakSetuApplication.class)
                     .logStartupInfo(false)
                     .run("--daksetu.db.url=" + db.jdbcUrl(), "--server.port=0", "--daksetu.webhooks.enabled=false", "--daksetu.tracking.cache.max-articles=200000",
                             "--daksetu.tracking.public-cache.max-articles=100000",
                             "--daksetu.tracking.public-rate.per-second=1000000000",
                             "--daksetu.tracking.public-rate.burst=1000000000", "--logging.level.root=WARN")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            Promises promises = context.getBean(Promises.class);
            Articles registry = context.getBean(Articles.class);
            ScanIntake intake = context.getBean(ScanIntake.class);
            OffsetDateTime handover = OffsetDateTime.now(RoutingRules.IST_OFFSET).plusHours(1);
            DeliveryPromise p = promises.promise("DEL-FC1", new Pin(682028), handover);
            List<ArticleRegistration> regs = new ArrayList<>();
            for (int i = 0; i < articles; i++) {
                regs.add(new ArticleRegistration(ArticleNumber.of("ER", i, "IN"), "SHP", "DEL-FC1", p.destination(), 0,
                        handover, p.itinerary(), p.edd()));
            }
            registry.registerAll(regs);
            String[] codes = {"IB", "IG", "ID", "IR", "BD", "D"};
            OffsetDateTime start = OffsetDateTime.now(RoutingRules.IST_OFFSET).minusDays(2);
            AtomicLong serial = new AtomicLong();
            for (int b = 0; b < 8; b++) {
                intake.accept(scans(serial, ScanIntake.MAX_EVENTS, articles, codes, start), "bench");
            }
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong background = new AtomicLong();
            Thread writer = Thread.ofPlatform().start(() -> {
                int perTick = Math.max(1, intakeRate / 10);
                long tick = System.nanoTime();
                while (running.get()) {
                    intake.accept(scans(serial, perTick, articles, codes, start), "bench");
                    background.addAndGet(perTick);
                    tick += 100_000_000L;
                    long wait = tick - System.nanoTime();
                    if (wait > 0) {
                        try {
                            Thread.sleep(wait / 1_000_000);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            });
            Path list = dir.resolve("articles.txt");
            StringBuilder numbers = new StringBuilder();
            for (int i = 0; i < articles; i++) {
                numbers.append(ArticleNumber.of("ER", i, "IN").value()).append('\n');
            }
            Files.writeString(list, numbers);
            Path lua = dir.resolve("track.lua");
            Files.writeString(lua, """
                    local a = {}
                    for line in io.lines("%s") do a[#a + 1] = line end
                    math.randomseed(7)
                    request = function() return wrk.format("GET", "/api/v1/track/" .. a[math.random(#a)]) end
                    local shown = 0
                    response = function(status, headers, body)
                      if status ~= 200 and shown < 3 then
                        shown = shown + 1
                        io.write("non-200 answer: ", status, " ", string.sub(body or "", 1, 300), "\\n")
                      end
                    end
                    """.formatted(list));
            String url = "http://127.0.0.1:" + port;
            run("wrk", "-t2", "-c64", "-d5s", "-s", lua.toString(), url); // warm-up
            long before = background.get();
            long t0 = System.nanoTime();
            String out = run("wrk", "-t2", "-c64", "-d" + seconds + "s", "--latency", "-s", lua.toString(), url);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            long scansDuring = background.get() - before;
            running.set(false);
            writer.join();
            System.out.println(out);
            System.out.printf("intake alongside: %,.0f scans/s (offered %,d/s)%n", scansDuring / elapsed, intakeRate);
        }
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    static List<IncomingScan> scans(AtomicLong serial, int count, int articles, String[] codes, OffsetDateTime start) {
        List<IncomingScan> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long n = serial.getAndIncrement();
            batch.add(new IncomingScan("R" + n, ArticleNumber.of("ER", n % articles, "IN").value(), null,
                    codes[(int) (n / articles) % codes.length], "110037", start.plusMinutes(n / articles * 60).toString(), null));
        }
        return batch;
    }
}
