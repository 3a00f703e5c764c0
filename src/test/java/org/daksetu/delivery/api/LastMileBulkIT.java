package org.daksetu.delivery.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.daksetu.delivery.api.LastMileFixtures.KOCHI;
import static org.daksetu.delivery.api.LastMileFixtures.notDelivered;
import static org.daksetu.delivery.api.LastMileFixtures.today;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.daksetu.delivery.application.NonDelivery;
import org.daksetu.delivery.application.NonDeliveryReport;
import org.daksetu.delivery.application.ReturnTrip;
import org.daksetu.delivery.application.Returns;
import org.daksetu.shared.ConflictException;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bulk paths the simulator uses (NonDelivery.instructAll, Returns.deliverAllToShipper, several
 * runs in one call) leave the same records as the one-by-one calls of the HTTP API: the report, the
 * return trip and its charge, the article's state, the COD article, tracking.
 */
@IntegrationTest
class LastMileBulkIT {

    @LocalServerPort
    int port;

    @Autowired
    NonDelivery nonDelivery;

    @Autowired
    Returns returns;

    LastMileFixtures f;

    @BeforeEach
    void setUp() {
        f = new LastMileFixtures(port);
    }

    /** A COD parcel at its office after one failed attempt, with an open report. */
    private String failedOnce(LastMileFixtures.Shipper shipper) {
        String article = f.book(shipper, KOCHI, 99_900, false);
        long office = f.receive(article);
        f.startRun(office, today(), article);
        Http.Response failed = f.attempt(notDelivered(article, "01"));
        assertThat(failed.status()).as(failed.body()).isEqualTo(200);
        return article;
    }

    /** What a record says, without what names the article or differs by construction (ids, booking times). */
    private static JsonNode comparable(JsonNode node, String... drop) {
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        for (String field : drop) {
            copy.remove(field);
        }
        return copy;
    }

    private JsonNode state(LastMileFixtures.Shipper shipper, String article) {
        JsonNode report = shipper.http().get("/api/v1/delivery/reports?article=" + article).json().get(0);
        JsonNode trip = shipper.http().get("/api/v1/delivery/returns/" + article).json();
        JsonNode delivery = f.article(shipper, article);
        JsonNode cod = f.codArticle(article);
        String tracked = new Http(port).get("/api/v1/track/" + article).json().get("status").asString();
        return new ObjectMapperFree()
                .put("report", comparable(report, "id", "article", "attemptId", "reportedAt"))
                .put("trip", comparable(trip, "article"))
                .put("article", comparable(delivery, "article", "receivedAt", "currentRun", "otp"))
                .put("cod", comparable(cod, "article", "bookedAt", "journalId"))
                .put("tracking", tracked).node();
    }

    @Test
    void returns_instructed_and_handed_over_in_bulk_leave_what_the_one_by_one_calls_leave() {
        var shipper = f.aShipper("BulkRto");
        List<String> single = List.of(failedOnce(shipper), failedOnce(shipper));
        List<String> bulk = List.of(failedOnce(shipper), failedOnce(shipper));
        Instant instructedAt = Instant.now().minus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

        for (String article : single) {
            Http.Response r = shipper.http().post("/api/v1/delivery/articles/" + article + "/instructions",
                    Http.json(Map.of("action", "RETURN", "at", instructedAt.toString())));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
        List<NonDeliveryReport> reports = nonDelivery.instructAll(bulk.stream().map(a -> new NonDelivery.ShipperInstruction(
                shipper.code(), a, new NonDelivery.Instruction("RETURN", null, null, null, null, instructedAt))).toList());
        assertThat(reports).extracting(NonDeliveryReport::article).containsExactlyElementsOf(bulk);
        assertThat(reports).allSatisfy(r -> assertThat(r.status()).isEqualTo("INSTRUCTED"));
        assertThat(state(shipper, bulk.get(0))).isEqualTo(state(shipper, single.get(0)));
        assertThat(state(shipper, bulk.get(1))).isEqualTo(state(shipper, single.get(1)));

        Instant handedOverAt = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        for (String article : single) {
            Http.Response back = f.ops.post("/api/v1/delivery/returns/" + article + "/delivery",
                    Http.json(Map.of("at", handedOverAt.toString())));
            assertThat(back.status()).as(back.body()).isEqualTo(200);
        }
        List<ReturnTrip> trips = returns.deliverAllToShipper(bulk.stream().map(a -> new Returns.Handover(a, handedOverAt)).toList());
        assertThat(trips).extracting(ReturnTrip::article).containsExactlyElementsOf(bulk);
        assertThat(trips).allSatisfy(t -> assertThat(t.deliveredAt()).contains(handedOverAt));
        JsonNode after = state(shipper, bulk.get(0));
        assertThat(after).isEqualTo(state(shipper, single.get(0)));
        assertThat(after.get("tracking").asString()).isEqualTo("RETURNED_TO_SHIPPER");
        assertThat(after.get("article").get("status").asString()).isEqualTo("RETURNED");
        assertThat(state(shipper, bulk.get(1))).isEqualTo(state(shipper, single.get(1)));

        // A handover again changes nothing, as one by one.
        assertThat(returns.deliverAllToShipper(List.of(new Returns.Handover(bulk.get(0), Instant.now()))).getFirst().deliveredAt())
                .contains(handedOverAt);
    }

    @Test
    void a_bulk_instruction_list_with_one_refused_item_writes_nothing_and_names_the_item() {
        var shipper = f.aShipper("BulkRefused");
        String fine = failedOnce(shipper);
        String notYet = f.book(shipper, KOCHI, 0, false);
        f.receive(notYet); // at its office, never attempted: no report to instruct on
        List<NonDelivery.ShipperInstruction> items = List.of(
                new NonDelivery.ShipperInstruction(shipper.code(), fine, new NonDelivery.Instruction("RETURN", null, null, null, null, null)),
                new NonDelivery.ShipperInstruction(shipper.code(), notYet, new NonDelivery.Instruction("RETURN", null, null, null, null, null)));
        assertThatThrownBy(() -> nonDelivery.instructAll(items)).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).field()).isEqualTo("instructions[1].article"));
        assertThat(f.article(shipper, fine).get("status").asString()).isEqualTo("AT_OFFICE");
        assertThat(shipper.http().get("/api/v1/delivery/reports?article=" + fine).json().get(0).get("status").asString()).isEqualTo("OPEN");
        assertThat(shipper.http().get("/api/v1/delivery/returns/" + fine).status()).isEqualTo(404);

        // Another shipper's article is not found, as one by one.
        var other = f.aShipper("BulkNosy");
        assertThatThrownBy(() -> nonDelivery.instructAll(List.of(new NonDelivery.ShipperInstruction(other.code(), fine,
                new NonDelivery.Instruction("RETURN", null, null, null, null, null)))))
                .isInstanceOf(org.daksetu.shared.NotFoundException.class);

        // A re-attempt goes through the one-by-one path inside the bulk call.
        NonDeliveryReport reattempt = nonDelivery.instructAll(List.of(new NonDelivery.ShipperInstruction(shipper.code(), fine,
                new NonDelivery.Instruction("REATTEMPT", today().plusDays(1).getDayOfWeek() == java.time.DayOfWeek.SUNDAY
                        ? today().plusDays(2) : today().plusDays(1), null, null, null, null)))).getFirst();
        assertThat(reattempt.status()).isEqualTo("INSTRUCTED");
        assertThat(reattempt.action()).contains(org.daksetu.delivery.domain.Action.REATTEMPT);
    }

    @Test
    void runs_of_one_call_are_checked_in_turn_and_an_article_in_two_runs_refuses_the_call() {
        var shipper = f.aShipper("BulkRuns");
        String a1 = f.book(shipper, KOCHI, 0, false);
        String a2 = f.book(shipper, KOCHI, 0, false);
        long office = f.receive(a1);
        f.receive(a2);
        String day = today().toString();
        Http.Response twice = f.ops.post("/api/v1/delivery/runs", Http.json(Map.of("runs", List.of(
                Map.of("officeId", office, "beat", "B1", "runDate", day, "articles", List.of(a1)),
                Map.of("officeId", office, "beat", "B2", "runDate", day, "articles", List.of(a2, a1))))));
        assertThat(twice.status()).as(twice.body()).isEqualTo(400);
        assertThat(twice.body()).contains("articles[1]").contains("OUT_FOR_DELIVERY");
        assertThat(f.article(shipper, a1).get("status").asString()).isEqualTo("AT_OFFICE");
        assertThat(f.article(shipper, a2).get("status").asString()).isEqualTo("AT_OFFICE");

        Http.Response both = f.ops.post("/api/v1/delivery/runs", Http.json(Map.of("runs", List.of(
                Map.of("officeId", office, "beat", "B1", "runDate", day, "articles", List.of(a1)),
                Map.of("officeId", office, "beat", "B2", "runDate", day, "articles", List.of(a2))))));
        assertThat(both.status()).as(both.body()).isEqualTo(201);
        JsonNode runs = both.json();
        assertThat(runs.get(0).get("beat").asString()).isEqualTo("B1");
        assertThat(runs.get(0).get("articles").get(0).asString()).isEqualTo(a1);
        assertThat(runs.get(1).get("beat").asString()).isEqualTo("B2");
        assertThat(runs.get(1).get("articles").get(0).asString()).isEqualTo(a2);
        assertThat(runs.get(1).get("id").asLong()).isGreaterThan(runs.get(0).get("id").asLong());
        assertThat(f.article(shipper, a2).get("currentRun").asLong()).isEqualTo(runs.get(1).get("id").asLong());
        assertThat(f.ops.get("/api/v1/delivery/runs/" + runs.get(1).get("id").asLong()).json().get("articles").get(0).asString())
                .isEqualTo(a2);
    }

    @Test
    void the_bulk_endpoints_take_a_shipper_s_instructions_and_the_handovers_over_http() {
        var shipper = f.aShipper("BulkHttp");
        String a1 = failedOnce(shipper);
        String a2 = failedOnce(shipper);
        String body = Http.json(Map.of("instructions", List.of(Map.of("article", a1, "action", "RETURN"),
                Map.of("article", a2, "action", "RETURN"))));
        assertThat(f.ops.post("/api/v1/delivery/instructions", body).status()).isEqualTo(403);
        Http.Response nosy = f.aShipper("BulkHttpNosy").http().post("/api/v1/delivery/instructions", body);
        assertThat(nosy.status()).as(nosy.body()).isEqualTo(404);
        assertThat(nosy.body()).contains("instructions[0].article");

        Http.Response instructed = shipper.http().post("/api/v1/delivery/instructions", body);
        assertThat(instructed.status()).as(instructed.body()).isEqualTo(200);
        assertThat(instructed.json().get(1).get("article").asString()).isEqualTo(a2);
        assertThat(instructed.json().get(1).get("status").asString()).isEqualTo("INSTRUCTED");
        assertThat(instructed.json().get(1).get("action").asString()).isEqualTo("RETURN");
        assertThat(f.article(shipper, a1).get("status").asString()).isEqualTo("RETURNING");

        String handovers = Http.json(Map.of("returns", List.of(Map.of("article", a1), Map.of("article", a2))));
        assertThat(shipper.http().post("/api/v1/delivery/returns/deliveries", handovers).status()).isEqualTo(403);
        Http.Response unknown = f.ops.post("/api/v1/delivery/returns/deliveries",
                Http.json(Map.of("returns", List.of(Map.of("article", a1), Map.of("article", failedOnce(shipper))))));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.body()).contains("returns[1].article");
        assertThat(f.article(shipper, a1).get("status").asString()).isEqualTo("RETURNING");
        Http.Response back = f.ops.post("/api/v1/delivery/returns/deliveries", handovers);
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().get(0).get("deliveredAt").isNull()).isFalse();
        assertThat(f.article(shipper, a2).get("status").asString()).isEqualTo("RETURNED");
        assertThat(new Http(port).get("/api/v1/track/" + a2).json().get("status").asString()).isEqualTo("RETURNED_TO_SHIPPER");
    }

    /** A small JSON object builder (the fixtures' Http gives JsonNode answers only). */
    private static final class ObjectMapperFree {
        private final ObjectNode node = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();

        ObjectMapperFree put(String field, JsonNode value) {
            node.set(field, value);
            return this;
        }

        ObjectMapperFree put(String field, String value) {
            node.put(field, value);
            return this;
        }

        JsonNode node() {
            return node;
        }
    }
}
