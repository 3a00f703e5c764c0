package org.daksetu.delivery.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.delivery.api.LastMileFixtures.KOCHI;
import static org.daksetu.delivery.api.LastMileFixtures.cash;
import static org.daksetu.delivery.api.LastMileFixtures.delivered;
import static org.daksetu.delivery.api.LastMileFixtures.notDelivered;
import static org.daksetu.delivery.api.LastMileFixtures.today;
import static org.daksetu.delivery.api.LastMileFixtures.upi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** One scenario per lifecycle of the last mile, through the HTTP API on the real database. */
@IntegrationTest
class LastMileScenariosIT {

    @LocalServerPort
    int port;

    LastMileFixtures f;

    @BeforeEach
    void setUp() {
        f = new LastMileFixtures(port);
    }

    @Test
    void a_cod_parcel_with_otp_is_delivered_collected_remitted_and_confirmed_by_its_shipper() {
        var shipper = f.aShipper("Remit");
        String article = f.book(shipper, KOCHI, 99_900, true);
        long office = f.receive(article);
        assertThat(f.ops.get("/api/v1/delivery/offices/" + office + "/beats").json()).hasSize(4);
        f.startRun(office, today(), article);
        JsonNode view = f.article(shipper, article);
        assertThat(view.has("otp")).as(view.toString()).isTrue();
        String otp = view.get("otp").asString();
        assertThat(otp).matches("[0-9]{6}");

        String wrongOtp = otp.equals("000000") ? "111111" : "000000";
        Http.Response refused = f.attempt(delivered(article, wrongOtp, cash(99_900)));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("attempts[0].otp");
        Http.Response partial = f.attempt(delivered(article, otp, cash(50_000)));
        assertThat(partial.status()).as(partial.body()).isEqualTo(400);
        assertThat(partial.body()).contains("attempts[0].collection.amountPaise");
        assertThat(f.codArticle(article).get("stage").asString()).isEqualTo("BOOKED");
        assertThat(f.article(shipper, article).get("status").asString()).isEqualTo("OUT_FOR_DELIVERY");

        Http.Response ok = f.attempt(delivered(article, otp, cash(99_900)));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(f.codArticle(article).get("stage").asString()).isEqualTo("COLLECTED");
        Http.Response twice = f.ops.post("/api/v1/cod/collections", Http.json(Map.of("collections",
                List.of(Map.of("article", article, "mode", "CASH", "amountPaise", 99_900)))));
        assertThat(twice.status()).as(twice.body()).isEqualTo(409);
        assertThat(shipper.http().get("/api/v1/feed?after=0&limit=1000").body()).contains(article).contains("Delivered")
                .contains("OutForDelivery");

        JsonNode account = f.ops.get("/api/v1/cod/offices/" + office + "/cash-account?date=" + today()).json();
        assertThat(account.get("cashPaise").asLong()).isGreaterThanOrEqualTo(99_900);

        // Not due on the day of collection (T+2 working days); due a week later.
        assertThat(batchOf(f.finance.post("/api/v1/cod/remittance-runs", Http.json(Map.of("date", today().toString()))), shipper.code()))
                .isNull();
        JsonNode batch = batchOf(f.finance.post("/api/v1/cod/remittance-runs", Http.json(Map.of("date", today().plusDays(7).toString()))),
                shipper.code());
        assertThat(batch).isNotNull();
        assertThat(batch.get("grossPaise").asLong()).isEqualTo(99_900);
        assertThat(batch.get("netPaise").asLong()).isEqualTo(99_900);
        long id = batch.get("id").asLong();
        assertThat(f.codArticle(article).get("stage").asString()).isEqualTo("REMITTED");

        Http.Response early = shipper.http().post("/api/v1/cod/remittances/" + id + "/confirmation", "{}");
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        String utr = "UTR" + id + "X" + System.nanoTime() % 1_000_000;
        Http.Response paid = f.finance.post("/api/v1/cod/remittances/" + id + "/payment", Http.json(Map.of("bankReference", utr)));
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        Http.Response confirmed = shipper.http().post("/api/v1/cod/remittances/" + id + "/confirmation", "{}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(f.codArticle(article).get("stage").asString()).isEqualTo("CONFIRMED");

        var other = f.aShipper("Other");
        assertThat(other.http().get("/api/v1/cod/remittances/" + id).status()).isEqualTo(404);
        assertThat(other.http().get("/api/v1/cod/articles/" + article).status()).isEqualTo(404);
        assertThat(other.http().get("/api/v1/delivery/articles/" + article).status()).isEqualTo(404);
        assertThat(other.http().post("/api/v1/cod/remittances/" + id + "/confirmation", "{}").status()).isEqualTo(404);
        assertThat(other.http().get("/api/v1/cod/statements?from=" + today().minusDays(1) + "&to=" + today().plusDays(1)).body())
                .doesNotContain(article);
        assertThat(other.http().post("/api/v1/cod/remittance-runs", Http.json(Map.of("date", today().toString()))).status())
                .isEqualTo(403);
        assertThat(f.ops.get("/api/v1/delivery/articles/" + article).json().has("otp")).isFalse();
        String csv = shipper.http().withHeader("Accept", "text/csv")
                .get("/api/v1/cod/statements?from=" + today().minusDays(1) + "&to=" + today().plusDays(1)).body();
        assertThat(csv).startsWith("article,").contains(article).contains(utr);
        f.verifyLedger();
    }

    @Test
    void a_parcel_that_fails_three_times_returns_to_its_shipper_by_default_and_is_charged_per_tariff() {
        var shipper = f.aShipper("Rto");
        String article = f.book(shipper, KOCHI, 0, false);
        long office = f.receive(article);
        LocalDate day = today();
        for (int i = 1; i <= 3; i++) {
            f.startRun(office, day, article);
            Http.Response failed = f.attempt(notDelivered(article, "01"));
            assertThat(failed.status()).as(failed.body()).isEqualTo(200);
            JsonNode state = f.article(shipper, article);
            assertThat(state.get("failedAttempts").asInt()).isEqualTo(i);
            if (i < 3) {
                day = LocalDate.parse(state.get("nextAttemptOn").asString());
            } else {
                assertThat(state.has("nextAttemptOn")).as(state.toString()).isFalse();
            }
        }
        JsonNode reports = shipper.http().get("/api/v1/delivery/reports?article=" + article).json();
        assertThat(reports).hasSize(3);
        assertThat(f.aShipper("Nosy").http().get("/api/v1/delivery/reports?article=" + article).json()).isEmpty();
        assertThat(reports.get(0).get("status").asString()).isEqualTo("OPEN");
        assertThat(reports.get(0).get("reasonText").asString()).isNotBlank();
        assertThat(shipper.http().get("/api/v1/feed?after=0&limit=1000").body()).contains("DeliveryAttempted");

        Http.Response defaults = f.ops.post("/api/v1/delivery/defaults", Http.json(Map.of("date", today().plusDays(1).toString())));
        assertThat(defaults.status()).as(defaults.body()).isEqualTo(200);
        assertThat(defaults.body()).contains(article);
        JsonNode trip = shipper.http().get("/api/v1/delivery/returns/" + article).json();
        assertThat(trip.get("totalPaise").asLong()).isPositive();
        assertThat(trip.get("rtoBasisPoints").asInt()).isEqualTo(10_000);
        JsonNode legs = trip.get("legs");
        assertThat(legs.size()).isGreaterThanOrEqualTo(2);
        assertThat(legs.get(legs.size() - 1).get("to").asString()).isEqualTo("DEL-FC1");
        assertThat(shipper.http().get("/api/v1/delivery/reports?article=" + article).json().get(0).get("action").asString())
                .isEqualTo("RETURN");

        Http.Response scan = f.ops.post("/api/v1/delivery/returns/" + article + "/scans",
                Http.json(Map.of("office", legs.get(1).get("fromOffice").asLong(), "code", "IR")));
        assertThat(scan.status()).as(scan.body()).isEqualTo(204);
        Http.Response back = f.ops.post("/api/v1/delivery/returns/" + article + "/delivery", "{}");
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(new Http(port).get("/api/v1/track/" + article).json().get("status").asString()).isEqualTo("RETURNED_TO_SHIPPER");
        assertThat(f.article(shipper, article).get("status").asString()).isEqualTo("RETURNED");

        Http.Response late = shipper.http().post("/api/v1/delivery/articles/" + article + "/instructions",
                Http.json(Map.of("action", "REATTEMPT", "reattemptOn", today().plusDays(2).toString())));
        assertThat(late.status()).as(late.body()).isEqualTo(409);
    }

    @Test
    void a_corrected_pin_is_re_routed_re_promised_and_delivered_by_the_new_office() {
        var shipper = f.aShipper("Redirect");
        String article = f.book(shipper, KOCHI, 45_000, false);
        long office = f.receive(article);
        f.startRun(office, today(), article);
        assertThat(f.attempt(notDelivered(article, "02")).status()).isEqualTo(200);

        Http.Response bad = shipper.http().post("/api/v1/delivery/articles/" + article + "/instructions",
                Http.json(Map.of("action", "CHANGE_ADDRESS", "pin", "12345")));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        Http.Response instructed = shipper.http().post("/api/v1/delivery/articles/" + article + "/instructions",
                Http.json(Map.of("action", "CHANGE_ADDRESS", "pin", "695001", "address", "TC 12/34 Statue Road",
                        "phone", "9847012345")));
        assertThat(instructed.status()).as(instructed.body()).isEqualTo(200);
        assertThat(instructed.json().get("status").asString()).isEqualTo("INSTRUCTED");
        assertThat(instructed.json().has("newEdd")).as(instructed.body()).isTrue();
        JsonNode redirected = f.article(shipper, article);
        assertThat(redirected.get("status").asString()).isEqualTo("REDIRECTED");
        long newOffice = redirected.get("officeId").asLong();
        assertThat(newOffice).isNotEqualTo(office);
        assertThat(redirected.get("pin").asInt()).isEqualTo(695001);

        assertThat(f.receive(article)).isEqualTo(newOffice);
        f.startRun(newOffice, today(), article);
        Http.Response ok = f.attempt(delivered(article, null, upi(45_000, "412345678901")));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        JsonNode cod = f.codArticle(article);
        assertThat(cod.get("stage").asString()).isEqualTo("COLLECTED");
        assertThat(cod.get("officeId").asLong()).isEqualTo(newOffice);
        assertThat(cod.get("mode").asString()).isEqualTo("UPI");
        assertThat(new Http(port).get("/api/v1/track/" + article).json().get("status").asString()).isEqualTo("DELIVERED");
        Http.Response afterDelivery = shipper.http().post("/api/v1/delivery/articles/" + article + "/instructions",
                Http.json(Map.of("action", "RETURN")));
        assertThat(afterDelivery.status()).as(afterDelivery.body()).isEqualTo(409);
        f.verifyLedger();
    }

    @Test
    void wrong_money_is_refused_and_leaves_the_ledger_untouched() {
        var shipper = f.aShipper("Refusals");
        String prepaid = f.book(shipper, KOCHI, 0, false);
        String cod = f.book(shipper, KOCHI, 20_000, false);
        long office = f.receive(prepaid);
        f.receive(cod);
        f.startRun(office, today(), prepaid, cod);

        Http.Response onPrepaid = f.attempt(delivered(prepaid, null, cash(10_000)));
        assertThat(onPrepaid.status()).as(onPrepaid.body()).isEqualTo(409);
        assertThat(onPrepaid.body()).contains("prepaid");
        Http.Response beforeDelivery = f.ops.post("/api/v1/cod/collections", Http.json(Map.of("collections",
                List.of(Map.of("article", cod, "mode", "CASH", "amountPaise", 20_000)))));
        assertThat(beforeDelivery.status()).as(beforeDelivery.body()).isEqualTo(409);
        Http.Response upiWithoutReference = f.attempt(delivered(cod, null, Map.of("mode", "UPI", "amountPaise", 20_000)));
        assertThat(upiWithoutReference.status()).as(upiWithoutReference.body()).isEqualTo(400);
        assertThat(f.codArticle(cod).get("stage").asString()).isEqualTo("BOOKED");

        // Delivered without the collection: a discrepancy until the postman records it.
        assertThat(f.attempt(delivered(cod, null, null)).status()).isEqualTo(200);
        Http.Response uncollected = f.finance.post("/api/v1/cod/remittances", Http.json(Map.of("shipper", shipper.code(),
                "articles", List.of(cod), "date", today().toString())));
        assertThat(uncollected.status()).as(uncollected.body()).isEqualTo(400);
        JsonNode report = f.finance.get("/api/v1/cod/reconciliation?from=" + today().minusDays(1) + "&to=" + today().plusDays(1)
                + "&asOf=" + today().plusDays(1) + "&shipper=" + shipper.code()).json();
        assertThat(report.get("discrepancies").toString()).contains(cod).contains("DELIVERED_WITHOUT_COLLECTION");

        Http.Response collected = f.ops.post("/api/v1/cod/collections", Http.json(Map.of("collections",
                List.of(Map.of("article", cod, "mode", "CASH", "amountPaise", 20_000)))));
        assertThat(collected.status()).as(collected.body()).isEqualTo(200);
        Http.Response manual = f.finance.post("/api/v1/cod/remittances", Http.json(Map.of("shipper", shipper.code(),
                "articles", List.of(cod), "date", today().toString())));
        assertThat(manual.status()).as(manual.body()).isEqualTo(201);
        Http.Response again = f.finance.post("/api/v1/cod/remittances", Http.json(Map.of("shipper", shipper.code(),
                "articles", List.of(cod), "date", today().toString())));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        f.verifyLedger();
    }

    @Test
    void a_parcel_held_longer_than_its_shipper_s_policy_allows_goes_back() {
        var shipper = f.aShipper("Hold");
        Http.Response policy = shipper.http().put("/api/v1/delivery/policies/" + shipper.code(),
                Http.json(Map.of("maxFailedAttempts", 2, "maxHoldDays", 1, "reattemptAfterWorkingDays", 1)));
        assertThat(policy.status()).as(policy.body()).isEqualTo(200);
        assertThat(shipper.http().put("/api/v1/delivery/policies/OTHER-SHIPPER",
                Http.json(Map.of("maxFailedAttempts", 2, "maxHoldDays", 1, "reattemptAfterWorkingDays", 1))).status()).isEqualTo(404);
        Http.Response bad = shipper.http().put("/api/v1/delivery/policies/" + shipper.code(),
                Http.json(Map.of("maxFailedAttempts", 0, "maxHoldDays", 99, "reattemptAfterWorkingDays", 1)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("maxFailedAttempts").contains("maxHoldDays");

        String article = f.book(shipper, KOCHI, 0, false);
        long office = f.receive(article);
        f.startRun(office, today(), article);
        Http.Response held = f.attempt(new java.util.LinkedHashMap<>(Map.of("article", article, "outcome", "HELD")));
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(f.article(shipper, article).get("status").asString()).isEqualTo("HELD");
        assertThat(new Http(port).get("/api/v1/track/" + article).json().get("status").asString()).isEqualTo("ON_HOLD");

        Http.Response defaults = f.ops.post("/api/v1/delivery/defaults", Http.json(Map.of("date", today().plusDays(1).toString())));
        assertThat(defaults.status()).as(defaults.body()).isEqualTo(200);
        assertThat(defaults.body()).contains(article);
        assertThat(f.article(shipper, article).get("status").asString()).isEqualTo("RETURNING");
        assertThat(shipper.http().get("/api/v1/delivery/returns/" + article).json().get("reason").asString()).contains("held");
    }

    private static JsonNode batchOf(Http.Response run, String shipper) {
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        for (JsonNode b : run.json()) {
            if (b.get("shipper").asString().equals(shipper)) {
                return b;
            }
        }
        return null;
    }

    @Test
    void a_parcel_for_a_pin_a_nodal_delivery_centre_serves_is_received_there_and_is_not_misrouted() {
        // PIN 110004's delivery office is 1100047041; its itinerary delivers from NDC-110002, whose
        // office is 1100026659 (data/network/office-hubs.csv, hubs.csv). A receipt naming no office
        // takes the itinerary's.
        var shipper = f.aShipper("Ndc");
        String article = f.book(shipper, "110004", 0, false);
        long office = f.receive(article);
        assertThat(office).isEqualTo(1100026659L);
        JsonNode tracked = shipper.http().get("/api/v1/tracking/" + article).json();
        assertThat(tracked.get("misrouted").asBoolean()).as(tracked.toString()).isFalse();
    }
}
