package org.daksetu.delivery.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.delivery.api.LastMileFixtures.KOCHI;
import static org.daksetu.delivery.api.LastMileFixtures.today;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Parallel HTTP collections (three postmen recording the same articles at once) and remittance
 * runs racing them: every article is collected once and remitted once, and the ledger check holds
 * at every moment it is asked.
 */
@IntegrationTest
class ParallelMoneyIT {

    static final int ARTICLES = 24;
    static final long AMOUNT = 12_300;

    @LocalServerPort
    int port;

    @Test
    void parallel_collections_and_remittances_never_double_count() throws Exception {
        LastMileFixtures f = new LastMileFixtures(port);
        var shipper = f.aShipper("Parallel");
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            articles.add(f.book(shipper, KOCHI, AMOUNT, false));
        }
        List<Map<String, Object>> receipts = articles.stream().map(a -> Map.<String, Object>of("article", a)).toList();
        Http.Response received = f.ops.post("/api/v1/delivery/receipts", Http.json(Map.of("receipts", receipts)));
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        long office = received.json().get(0).get("officeId").asLong();
        f.startRun(office, today(), articles.toArray(String[]::new));
        List<Map<String, Object>> deliveries = articles.stream()
                .map(a -> LastMileFixtures.delivered(a, null, null)).toList();
        assertThat(f.ops.post("/api/v1/delivery/attempts", Http.json(Map.of("attempts", deliveries))).status()).isEqualTo(200);

        ExecutorService pool = Executors.newFixedThreadPool(12);
        AtomicInteger ok = new AtomicInteger(), conflict = new AtomicInteger(), other = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String a : articles) {
                futures.add(pool.submit(() -> {
                    Http.Response r = f.ops.post("/api/v1/cod/collections", Http.json(Map.of("collections",
                            List.of(Map.of("article", a, "mode", "CASH", "amountPaise", AMOUNT)))));
                    (r.status() == 200 ? ok : r.status() == 409 ? conflict : other).incrementAndGet();
                    if (r.status() != 200 && r.status() != 409) {
                        failures.add(r.body());
                    }
                }));
            }
            futures.add(pool.submit(() -> {
                Http.Response r = f.finance.post("/api/v1/cod/remittance-runs", Http.json(Map.of("date", today().plusDays(10).toString())));
                if (r.status() != 201) {
                    failures.add(r.body());
                }
            }));
            futures.add(pool.submit(() -> {
                Http.Response r = f.finance.get("/api/v1/cod/ledger/verification");
                if (r.status() != 200) {
                    failures.add("ledger check failed during the race: " + r.body());
                }
            }));
        }
        for (Future<?> fu : futures) {
            fu.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(failures).isEmpty();
        assertThat(ok.get()).isEqualTo(ARTICLES);
        assertThat(conflict.get()).isEqualTo(2 * ARTICLES);
        assertThat(other.get()).isZero();

        Http.Response last = f.finance.post("/api/v1/cod/remittance-runs", Http.json(Map.of("date", today().plusDays(10).toString())));
        assertThat(last.status()).isEqualTo(201);
        JsonNode batches = f.finance.get("/api/v1/cod/remittances?from=" + today() + "&to=" + today().plusDays(10)
                + "&shipper=" + shipper.code()).json();
        long remitted = 0;
        int count = 0;
        for (JsonNode b : batches) {
            remitted += b.get("grossPaise").asLong();
            count += b.get("articles").asInt();
        }
        assertThat(count).isEqualTo(ARTICLES);
        assertThat(remitted).isEqualTo(ARTICLES * AMOUNT);
        for (String a : articles) {
            assertThat(f.codArticle(a).get("stage").asString()).isEqualTo("REMITTED");
        }
        JsonNode report = f.finance.get("/api/v1/cod/reconciliation?from=" + today().minusDays(1) + "&to=" + today().plusDays(1)
                + "&asOf=" + today().plusDays(10) + "&shipper=" + shipper.code()).json();
        assertThat(report.get("discrepancies")).isEmpty();
        assertThat(report.get("summary").get("remittedPaise").asLong()).isEqualTo(ARTICLES * AMOUNT);
        f.verifyLedger();
    }
}
