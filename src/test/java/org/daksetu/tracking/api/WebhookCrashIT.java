package org.daksetu.tracking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.daksetu.network.application.PickupPoints;
import org.daksetu.network.application.Promises;
import org.daksetu.network.application.TransmissionStore;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.support.IntegrationTest;
import org.daksetu.support.RunApplication;
import org.daksetu.support.TestDatabase;
import org.daksetu.tracking.application.Articles;
import org.daksetu.tracking.application.IncomingScan;
import org.daksetu.tracking.application.ScanIntake;
import org.daksetu.tracking.application.WebhookSubscription;
import org.daksetu.tracking.application.Webhooks;
import org.daksetu.tracking.domain.ArticleNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A committed change is never lost: a second application process delivers webhooks and is killed
 * with SIGKILL while a delivery is in flight; once its lease runs out, another node (this test's
 * application) delivers the batch again and everything after it.
 */
@IntegrationTest
class WebhookCrashIT {

    @Autowired
    Articles articles;
    @Autowired
    Promises promises;
    @Autowired
    TransmissionStore transmission;
    @Autowired
    PickupPoints pickupPoints;
    @Autowired
    ScanIntake intake;
    @Autowired
    Webhooks webhooks;

    @Test
    void a_delivery_cut_short_by_SIGKILL_is_delivered_again_by_another_node_and_nothing_is_missed() throws Exception {
        TrackedParcels parcels = new TrackedParcels(articles, promises, transmission, pickupPoints);
        String shipperId = "SHP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            CountDownLatch inFlight = new CountDownLatch(1), killed = new CountDownLatch(1);
            receiver.answer = n -> {
                if (n == 0) {
                    inFlight.countDown();
                    try {
                        killed.await(120, TimeUnit.SECONDS); // hold the first delivery open until its sender is dead
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return 200;
            };
            WebhookSubscription sub = webhooks.subscribe(shipperId, receiver.url(), Optional.of("crash-test-secret-0123456789"));
            Set<String> expected = new HashSet<>();
            List<IncomingScan> scans = new ArrayList<>();
            OffsetDateTime t = OffsetDateTime.now(RoutingRules.IST_OFFSET).minusHours(3);
            for (int i = 0; i < 5; i++) {
                ArticleNumber a = parcels.register(shipperId);
                for (String code : List.of("IB", "IG")) {
                    String id = UUID.randomUUID().toString();
                    expected.add(id);
                    scans.add(new IncomingScan(id, a.value(), null, code, "110037", t.plusMinutes(scans.size()).toString(), null));
                }
            }
            assertThat(intake.accept(scans, "test").accepted()).isEqualTo(10);

            Path log = Files.createTempFile("daksetu-node", ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process node = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    RunApplication.class.getName(), "--daksetu.db.url=" + TestDatabase.url(),
                    "--daksetu.db.username=" + TestDatabase.username(), "--daksetu.db.password=" + TestDatabase.password(),
                    "--server.port=0", "--daksetu.webhooks.batch-size=4", "--daksetu.webhooks.lease=PT3S")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                assertThat(inFlight.await(180, TimeUnit.SECONDS)).as("the node's first delivery; log in " + log).isTrue();
                node.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no graceful stop
                assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(node.exitValue()).isEqualTo(137);
            } finally {
                killed.countDown();
                node.destroyForcibly();
            }
            assertThat(receiver.received).hasSize(1);

            long deadline = System.currentTimeMillis() + 30_000;
            while (delivered(receiver).size() < expected.size() && System.currentTimeMillis() < deadline) {
                webhooks.deliverDue();
                Thread.sleep(200);
            }
            assertThat(delivered(receiver)).containsExactlyInAnyOrderElementsOf(expected);
            // the batch that was in flight came again (this node batches more at a time): at least once, never lost
            assertThat(cursors(receiver.received.get(1))).containsAll(cursors(receiver.received.get(0)));
            assertThat(receiver.received).allMatch(r -> WebhookReceiver.signedWith("crash-test-secret-0123456789", r));
            assertThat(webhooks.get(sub.id(), Optional.empty()).attempts()).isZero();
        }
    }

    private static List<Long> cursors(WebhookReceiver.Received r) {
        return r.json().get("entries").valueStream().map(e -> e.get("cursor").asLong()).toList();
    }

    private static Set<String> delivered(WebhookReceiver receiver) {
        Set<String> ids = new HashSet<>();
        for (WebhookReceiver.Received r : receiver.received) {
            for (JsonNode e : r.json().get("entries")) {
                ids.add(e.get("eventId").asString());
            }
        }
        return ids;
    }
}
