package org.daksetu.tracking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.tracking.api.TrackingApiIT.scan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.daksetu.network.application.PickupPoints;
import org.daksetu.network.application.Promises;
import org.daksetu.network.application.TransmissionStore;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.platform.security.ApiKeys;
import org.daksetu.platform.security.Role;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.daksetu.tracking.application.Articles;
import org.daksetu.tracking.application.Webhooks;
import org.daksetu.tracking.domain.ArticleNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Webhooks to a real local receiver: signed, in order, retried with backoff, dead-lettered, replayed. */
@IntegrationTest
class WebhookIT {

    @LocalServerPort
    int port;
    @Autowired
    Articles articles;
    @Autowired
    Promises promises;
    @Autowired
    TransmissionStore transmission;
    @Autowired
    PickupPoints pickupPoints;
    @Autowired
    ApiKeys keys;
    @Autowired
    org.daksetu.platform.security.Parties parties;
    @Autowired
    Webhooks webhooks;

    Http ops;
    Http shipper;
    String shipperId;
    TrackedParcels parcels;
    WebhookReceiver receiver;

    @BeforeEach
    void setUp() throws Exception {
        Http http = new Http(port);
        shipperId = "SHP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ops = http.withKey(keys.issue("scanner", Set.of(Role.POSTAL_OPS), Optional.of(org.daksetu.platform.security.Parties.POSTAL_OPERATOR)).key());
        parties.add(shipperId, "Tracking test shipper " + shipperId, "SHIPPER");
        shipper = http.withKey(keys.issue("shipper", Set.of(Role.SHIPPER), Optional.of(shipperId)).key());
        parcels = new TrackedParcels(articles, promises, transmission, pickupPoints);
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    private void bookAndScan(ArticleNumber a, String... codes) {
        OffsetDateTime t = OffsetDateTime.now(RoutingRules.IST_OFFSET).minusHours(6);
        List<Map<String, Object>> events = new java.util.ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            events.add(scan(UUID.randomUUID().toString(), a, null, codes[i], "110037", t.plusMinutes(i), null));
        }
        assertThat(ops.post("/api/v1/scans", Http.json(Map.of("events", events))).json().get("accepted").asInt())
                .isEqualTo(codes.length);
    }

    private JsonNode subscribe() {
        var r = shipper.post("/api/v1/webhooks", Http.json(Map.of("url", receiver.url())));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void changes_after_subscribing_are_pushed_signed_and_in_order_and_not_sent_twice_once_acknowledged() {
        ArticleNumber before = parcels.register(shipperId);
        bookAndScan(before, "IB");
        JsonNode sub = subscribe();
        String secret = sub.get("secret").asString();
        ArticleNumber a = parcels.register(shipperId);
        bookAndScan(a, "IB", "IG", "ID");
        webhooks.deliverDue();
        assertThat(receiver.received).hasSize(1);
        WebhookReceiver.Received r = receiver.received.getFirst();
        assertThat(WebhookReceiver.signedWith(secret, r)).isTrue();
        assertThat(WebhookReceiver.signedWith("not-the-secret-at-all", r)).isFalse();
        JsonNode entries = r.json().get("entries");
        assertThat(entries.valueStream().map(e -> e.get("code").asString()).toList()).containsExactly("IB", "IG", "ID");
        assertThat(entries.valueStream().map(e -> e.get("article").asString()).distinct().toList()).containsExactly(a.value());
        assertThat(entries.get(2).get("shippingV2").asString()).isEqualTo("Departed");
        webhooks.deliverDue();
        assertThat(receiver.received).hasSize(1);
        JsonNode state = shipper.get("/api/v1/webhooks/" + sub.get("subscription").get("id").asLong()).json();
        assertThat(state.get("cursor").asLong()).isEqualTo(entries.get(2).get("cursor").asLong());
    }

    @Test
    void a_failing_receiver_is_retried_with_growing_waits_then_dead_lettered_and_a_replay_delivers_it_again()
            throws InterruptedException {
        JsonNode sub = subscribe();
        long id = sub.get("subscription").get("id").asLong();
        receiver.answer = n -> 503;
        ArticleNumber a = parcels.register(shipperId);
        OffsetDateTime before = OffsetDateTime.now(RoutingRules.IST_OFFSET).minusSeconds(1);
        bookAndScan(a, "IB");
        long deadline = System.currentTimeMillis() + 20_000;
        while (shipper.get("/api/v1/webhooks/" + id + "/dead-letters").json().isEmpty()
                && System.currentTimeMillis() < deadline) {
            webhooks.deliverDue();
            Thread.sleep(20);
        }
        assertThat(receiver.received).hasSize(3); // max-attempts=3 in tests
        long gap1 = receiver.received.get(1).receivedNanos() - receiver.received.get(0).receivedNanos();
        long gap2 = receiver.received.get(2).receivedNanos() - receiver.received.get(1).receivedNanos();
        assertThat(gap1).isGreaterThanOrEqualTo(50_000_000L);   // base backoff 50 ms
        assertThat(gap2).isGreaterThanOrEqualTo(100_000_000L);  // then twice that
        assertThat(receiver.received.stream().map(WebhookReceiver.Received::deliveryId).distinct()).hasSize(1);
        JsonNode dead = shipper.get("/api/v1/webhooks/" + id + "/dead-letters").json();
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).get("lastError").asString()).isEqualTo("HTTP 503");
        webhooks.deliverDue();
        assertThat(receiver.received).hasSize(3);

        receiver.answer = n -> 200;
        assertThat(shipper.post("/api/v1/webhooks/" + id + "/replay", Http.json(Map.of("from", before.toString()))).status())
                .isEqualTo(200);
        webhooks.deliverDue();
        assertThat(receiver.received).hasSize(4);
        assertThat(receiver.received.get(3).json().get("entries").get(0).get("article").asString()).isEqualTo(a.value());
    }

    @Test
    void a_shipper_cannot_see_another_shippers_webhook() {
        long id = subscribe().get("subscription").get("id").asLong();
        parties.add("OTHER-" + shipperId, "Another shipper", "SHIPPER");
        Http other = new Http(port).withKey(keys.issue("other", Set.of(Role.SHIPPER), Optional.of("OTHER-" + shipperId)).key());
        assertThat(other.get("/api/v1/webhooks/" + id).status()).isEqualTo(404);
    }
}
