package org.daksetu.tracking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.daksetu.network.application.PickupPoints;
import org.daksetu.network.application.Promises;
import org.daksetu.network.application.TransmissionStore;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.network.domain.routing.Leg;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.platform.security.ApiKeys;
import org.daksetu.platform.security.Role;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.daksetu.tracking.application.Articles;
import org.daksetu.tracking.domain.ArticleNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Scans in over HTTP, states and histories out, the quarantine and the pull feed, on the real network. */
@IntegrationTest
class TrackingApiIT {

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

    Http http;
    Http ops;
    Http shipper;
    String shipperId;
    TrackedParcels parcels;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        shipperId = "SHP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ops = http.withKey(keys.issue("scanner", Set.of(Role.POSTAL_OPS), Optional.of(org.daksetu.platform.security.Parties.POSTAL_OPERATOR)).key());
        parties.add(shipperId, "Tracking test shipper " + shipperId, "SHIPPER");
        shipper = http.withKey(keys.issue("shipper", Set.of(Role.SHIPPER), Optional.of(shipperId)).key());
        parcels = new TrackedParcels(articles, promises, transmission, pickupPoints);
    }

    static Map<String, Object> scan(String id, Object article, String bag, String code, String office, OffsetDateTime at,
                                    String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventId", id);
        m.put("article", article == null ? null : article.toString());
        m.put("bag", bag);
        m.put("code", code);
        m.put("office", office);
        m.put("occurredAt", at == null ? null : at.toString());
        m.put("reason", reason);
        return m;
    }

    private Http.Response send(List<Map<String, Object>> events) {
        return ops.post("/api/v1/scans", Http.json(Map.of("events", events)));
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    @Test
    void a_parcel_scanned_along_its_way_is_tracked_publicly_without_personal_data_and_fully_by_its_shipper() {
        ArticleNumber a = parcels.register(shipperId);
        DeliveryPromise plan = parcels.delhiToKochi();
        Leg pickup = plan.itinerary().first(), trunk = plan.itinerary().legs().get(1);
        String pickupOffice = parcels.officeOf(pickup.from()), originHub = parcels.officeOf(pickup.to());
        String bag = "BAG-" + id().substring(0, 8);
        OffsetDateTime t = pickup.plannedDeparture().minusHours(1);
        Http.Response r = send(List.of(
                scan(id(), a, null, "IB", pickupOffice, t, null),
                scan(id(), a, bag, "IG", originHub, t.plusHours(3), null),
                scan(id(), null, bag, "BAG_CLOSE", originHub, t.plusHours(4), null),
                scan(id(), null, bag, "DI", originHub, trunk.plannedDeparture(), null)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.get("accepted").asInt()).isEqualTo(4);
        assertThat(report.get("rejected").asInt()).isZero();
        assertThat(report.get("appliedToArticles").asInt()).isEqualTo(4);

        Http.Response pub = http.get("/api/v1/track/" + a);
        assertThat(pub.status()).as(pub.body()).isEqualTo(200);
        JsonNode p = pub.json();
        assertThat(p.get("status").asString()).isEqualTo("IN_TRANSIT");
        assertThat(p.get("location").asString()).isEqualTo(originHub);
        assertThat(p.get("lastEvent").get("code").asString()).isEqualTo("DI");
        assertThat(p.get("events")).hasSize(4);
        assertThat(p.get("nextStep").get("description").asString()).startsWith("Dispatch from " + trunk.from());
        assertThat(pub.body()).doesNotContain(shipperId).doesNotContain("49900").doesNotContain("682028").doesNotContain(bag);

        Http.Response full = shipper.get("/api/v1/tracking/" + a);
        assertThat(full.status()).as(full.body()).isEqualTo(200);
        JsonNode f = full.json();
        assertThat(f.get("shipperId").asString()).isEqualTo(shipperId);
        assertThat(f.get("codPaise").asLong()).isEqualTo(49_900);
        assertThat(f.get("misrouted").asBoolean()).isFalse();
        assertThat(f.get("events").get(3).get("shippingV2").asString()).isEqualTo("Departed");
        assertThat(f.get("events").get(3).get("bag").asString()).isEqualTo(bag);
    }

    @Test
    void a_bag_scan_that_arrives_before_the_bagging_scan_still_reaches_the_article() {
        ArticleNumber a = parcels.register(shipperId);
        String hub = parcels.officeOf(parcels.delhiToKochi().itinerary().first().to());
        String bag = "BAG-" + id().substring(0, 8);
        OffsetDateTime t = OffsetDateTime.now(RoutingRules.IST_OFFSET).minusHours(3);
        assertThat(send(List.of(scan(id(), null, bag, "DI", hub, t.plusHours(2), null))).json().get("appliedToArticles")
                .asInt()).isZero();
        assertThat(send(List.of(scan(id(), a, bag, "IG", hub, t, null))).json().get("appliedToArticles").asInt())
                .isEqualTo(2);
        JsonNode p = http.get("/api/v1/track/" + a).json();
        assertThat(p.get("lastEvent").get("code").asString()).isEqualTo("DI");
    }

    @Test
    void duplicates_are_ignored_and_bad_or_unknown_scans_are_quarantined_with_reasons_then_replayed() {
        ArticleNumber a = parcels.register(shipperId);
        ArticleNumber stranger = TrackedParcels.nextArticle();
        OffsetDateTime t = OffsetDateTime.now(RoutingRules.IST_OFFSET).minusHours(2);
        String dup = id(), unknown = id(), bad = id();
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(scan(dup, a, null, "IB", "110037", t, null));
        events.add(scan(dup, a, null, "IB", "110037", t, null));
        events.add(scan(unknown, stranger, null, "IB", "110037", t, null));
        events.add(scan(bad, "EE123456789IN", null, "XX", null, null, null));
        events.add(scan(id(), a, null, "N", "682028", t, "77"));
        JsonNode r = send(events).json();
        assertThat(r.get("received").asInt()).isEqualTo(5);
        assertThat(r.get("accepted").asInt()).isEqualTo(1);
        assertThat(r.get("duplicates").asInt()).isEqualTo(1);
        assertThat(r.get("rejected").asInt()).isEqualTo(3);
        JsonNode rej = r.get("rejections");
        assertThat(rej.get(0).get("index").asInt()).isEqualTo(2);
        assertThat(rej.get(0).get("reasons").get(0).asString()).isEqualTo("article " + stranger + " is not registered");
        assertThat(rej.get(1).get("reasons").valueStream().map(JsonNode::asString).toList()).containsExactly(
                "code 'XX' is not an India Post article or bag event", "office is required",
                "article 'EE123456789IN': the check digit should be 5", "occurredAt is required");
        assertThat(rej.get(2).get("reasons").get(0).asString()).contains("01 to 41");
        assertThat(send(List.of(events.getFirst())).json().get("duplicates").asInt()).isEqualTo(1);

        JsonNode q = ops.get("/api/v1/scans/quarantine?limit=5000").json().get("scans");
        List<JsonNode> mine = q.valueStream().filter(s -> List.of(unknown, bad).contains(s.get("scan").get("eventId").asString()))
                .toList();
        assertThat(mine).hasSize(2);
        long unknownId = mine.stream().filter(s -> s.get("scan").get("eventId").asString().equals(unknown)).findFirst()
                .orElseThrow().get("id").asLong();
        // sent again while waiting: not kept twice
        send(List.of(events.get(2)));
        assertThat(ops.get("/api/v1/scans/quarantine?limit=5000").json().get("scans").valueStream()
                .filter(s -> s.get("scan").get("eventId").asString().equals(unknown)).count()).isEqualTo(1);

        JsonNode stillUnknown = ops.post("/api/v1/scans/quarantine/replay", Http.json(Map.of("ids", List.of(unknownId)))).json();
        assertThat(stillUnknown.get("rejected").asInt()).isEqualTo(1);

        DeliveryPromise plan = parcels.delhiToKochi();
        Http.Response reg = ops.post("/api/v1/tracking/articles", Http.json(Map.of("article", stranger.value(),
                "shipperId", shipperId, "pickupPoint", "DEL-FC1", "destinationPin", "682028",
                "bookedAt", plan.handoverAt().toString())));
        assertThat(reg.status()).as(reg.body()).isEqualTo(201);
        JsonNode replayed = ops.post("/api/v1/scans/quarantine/replay", Http.json(Map.of("ids", List.of(unknownId)))).json();
        assertThat(replayed.get("accepted").asInt()).isEqualTo(1);
        assertThat(ops.get("/api/v1/scans/quarantine?limit=5000").json().get("scans").valueStream()
                .noneMatch(s -> s.get("id").asLong() == unknownId)).isTrue();
        assertThat(http.get("/api/v1/track/" + stranger).json().get("status").asString()).isEqualTo("BOOKED");
    }

    @Test
    void the_pull_feed_gives_a_shipper_every_change_to_its_own_articles_in_order_from_a_cursor() {
        ArticleNumber a = parcels.register(shipperId), b = parcels.register(shipperId);
        ArticleNumber other = parcels.register("SOMEONE-ELSE");
        OffsetDateTime t = OffsetDateTime.now(RoutingRules.IST_OFFSET).minusHours(5);
        send(List.of(scan(id(), a, null, "IB", "110037", t, null), scan(id(), other, null, "IB", "110037", t, null)));
        send(List.of(scan(id(), b, null, "IB", "110037", t, null), scan(id(), a, null, "N", "682028", t.plusHours(2), "09")));
        JsonNode page = shipper.get("/api/v1/feed?after=0&limit=2").json();
        assertThat(page.get("entries")).hasSize(2);
        assertThat(page.get("entries").get(0).get("article").asString()).isEqualTo(a.value());
        assertThat(page.get("entries").get(0).get("shippingV2").asString()).isEqualTo("PickupDone");
        // the second request's entries follow, ordered by article within it
        JsonNode refusal = page.get("entries").get(1);
        assertThat(refusal.get("article").asString()).isEqualTo(a.value());
        assertThat(refusal.get("shippingV2").asString()).isEqualTo("Rejected");
        assertThat(refusal.get("at7Status").asString()).isEqualTo("A7");
        assertThat(refusal.get("at7Reason").asString()).isEqualTo("BS");
        assertThat(refusal.get("status").asString()).isEqualTo("NOT_DELIVERED");
        long cursor = page.get("nextCursor").asLong();
        assertThat(cursor).isEqualTo(refusal.get("cursor").asLong());
        JsonNode rest = shipper.get("/api/v1/feed?after=" + cursor).json();
        assertThat(rest.get("entries")).hasSize(1);
        assertThat(rest.get("entries").get(0).get("article").asString()).isEqualTo(b.value());
        assertThat(rest.get("entries").get(0).get("cursor").asLong()).isGreaterThan(cursor);
        assertThat(shipper.get("/api/v1/feed?after=" + rest.get("nextCursor").asLong()).json().get("entries")).isEmpty();
        Http.Response x12 = shipper.get("/api/v1/feed/x12?after=0");
        assertThat(x12.status()).as(x12.body()).isEqualTo(200);
        assertThat(x12.contentType()).startsWith("application/edi-x12");
        assertThat(x12.body()).startsWith("ISA*").contains("ST*214*0001~").contains("AT7*A7*BS*")
                .contains("L11*" + a + "*2I~").contains("L11*" + b + "*2I~").doesNotContain(other.value());
        assertThat(shipper.get("/api/v1/feed?shipper=SOMEONE-ELSE").status()).isEqualTo(400);
        assertThat(shipper.get("/api/v1/tracking/" + other).status()).isEqualTo(404);
    }

    @Test
    void a_shipper_queries_up_to_500_articles_and_sees_only_its_own() {
        ArticleNumber a = parcels.register(shipperId);
        ArticleNumber other = parcels.register("SOMEONE-ELSE");
        JsonNode r = shipper.post("/api/v1/tracking/query", Http.json(Map.of("articles", List.of(a.value(), other.value()))))
                .json();
        assertThat(r.get("shipments")).hasSize(1);
        assertThat(r.get("shipments").get(0).get("status").asString()).isEqualTo("REGISTERED");
        assertThat(r.get("notFound").get(0).asString()).isEqualTo(other.value());
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            many.add(a.value());
        }
        assertThat(shipper.post("/api/v1/tracking/query", Http.json(Map.of("articles", many))).status()).isEqualTo(400);
    }

    @Test
    void a_bulk_customer_feed_file_is_applied_and_uploading_it_again_adds_nothing() {
        ArticleNumber a = parcels.register(shipperId);
        String day = OffsetDateTime.now(RoutingRules.IST_OFFSET).minusDays(1).toLocalDate().toString();
        String csv = "article,booking_pin,destination_pin,cod_amount,event_code,event_description,office_id,event_date,"
                + "event_time,non_delivery_reason\n"
                + a + ",122001,682028,499,IB,Item Booked,110037," + day + ",09:10,\n"
                + a + ",122001,682028,499,ITEM_NONDELIVER,\"Not delivered, door locked\",682028," + day + ",15:30,1\n"
                + "EE123456785IN,110037,682028,0,IB,,110037,31-02-2026,09:00,\n";
        JsonNode first = ops.post("/api/v1/scans/file", csv, "text/csv").json();
        assertThat(first.get("accepted").asInt()).isEqualTo(2);
        assertThat(first.get("rejected").asInt()).isEqualTo(1);
        assertThat(first.get("rejections").get(0).get("index").asInt()).isEqualTo(2);
        JsonNode again = ops.post("/api/v1/scans/file", csv, "text/csv").json();
        assertThat(again.get("accepted").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(2);
        JsonNode state = shipper.get("/api/v1/tracking/" + a).json();
        assertThat(state.get("status").asString()).isEqualTo("NOT_DELIVERED");
        assertThat(state.get("lastEvent").get("reason").asString()).isEqualTo("Door locked");
    }

    @Test
    void a_feed_file_line_that_contradicts_the_registration_is_quarantined_naming_the_field_and_both_values() {
        ArticleNumber a = parcels.register(shipperId); // DEL-FC1 (PIN 122001) to 682028, COD 499.00
        String day = OffsetDateTime.now(RoutingRules.IST_OFFSET).minusDays(1).toLocalDate().toString();
        String csv = "article,booking_pin,destination_pin,cod_amount,event_code,office_id,event_date,event_time,"
                + "non_delivery_reason\n"
                + a + ",122001,682028,499.00,IB,110037," + day + ",09:10,\n"
                + a + ",122001,560001,499,IR,682028," + day + ",18:00,\n"
                + a + ",400001,682028,1499,ID,110037," + day + ",11:00,\n";
        JsonNode report = ops.post("/api/v1/scans/file", csv, "text/csv").json();
        assertThat(report.get("received").asInt()).isEqualTo(3);
        assertThat(report.get("accepted").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").asInt()).isEqualTo(2);
        JsonNode first = report.get("rejections").get(0);
        assertThat(first.get("index").asInt()).isEqualTo(1);
        assertThat(first.get("reasons").get(0).asString())
                .isEqualTo("destination_pin 560001 differs from the registration: 682028");
        JsonNode second = report.get("rejections").get(1);
        assertThat(second.get("index").asInt()).isEqualTo(2);
        List<String> reasons = second.get("reasons").valueStream().map(JsonNode::asString).toList();
        assertThat(reasons).hasSize(2);
        assertThat(reasons.get(0)).startsWith("booking_pin 400001 differs from the registration: 122001 (pickup point DEL-FC1)");
        assertThat(reasons.get(1)).isEqualTo("cod_amount 1499 differs from the registration: 499.00");
        // Kept in quarantine as they arrived, with their reasons; the article moved by the good line only.
        assertThat(ops.get("/api/v1/scans/quarantine?limit=5000").json().get("scans").valueStream()
                .filter(q -> a.value().equals(q.path("scan").path("article").asString(null)))
                .map(q -> q.get("reasons").get(0).asString()).toList())
                .containsExactlyInAnyOrder("destination_pin 560001 differs from the registration: 682028", reasons.get(0));
        JsonNode state = shipper.get("/api/v1/tracking/" + a).json();
        assertThat(state.get("status").asString()).isEqualTo("BOOKED");
        assertThat(state.get("events")).hasSize(1);
    }

    @Test
    void scan_intake_needs_a_postal_operations_key() {
        assertThat(http.post("/api/v1/scans", "{\"events\":[]}").status()).isEqualTo(401);
        assertThat(shipper.post("/api/v1/scans", "{\"events\":[]}").status()).isEqualTo(403);
    }

    @Test
    void public_tracking_answers_404_for_an_unknown_article_400_for_a_malformed_one_and_429_past_the_rate_limit()
            throws InterruptedException {
        assertThat(http.get("/api/v1/track/" + TrackedParcels.nextArticle()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/track/EE123").status()).isEqualTo(400);
        // 200 requests at once from one address: far past a burst of 30 at 10 a second, even on a slow machine
        List<Http.Response> answers;
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<Http.Response>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> http.get("/api/v1/track/EE123")));
            }
            answers = new ArrayList<>();
            for (var f : futures) {
                answers.add(f.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
        long limited = answers.stream().filter(r -> r.status() == 429).count();
        assertThat(answers).filteredOn(r -> r.status() == 429)
                .allSatisfy(r -> assertThat(r.contentType()).contains("application/problem+json"));
        assertThat(limited).isPositive();
        Thread.sleep(3_500); // let the bucket refill for the other tests
    }
}
