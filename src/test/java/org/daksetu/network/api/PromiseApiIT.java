package org.daksetu.network.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daksetu.network.application.NetworkDirectory;
import org.daksetu.network.application.Promises;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.network.domain.routing.Lane;
import org.daksetu.network.domain.routing.LegKind;
import org.daksetu.network.domain.routing.PromiseMatrix;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.shared.Pin;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The delivery promise over HTTP and in memory, on the real network and its derived hubs and lanes. */
@IntegrationTest
class PromiseApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Promises promises;

    @Autowired
    NetworkDirectory network;

    Http http;
    Http admin;
    OffsetDateTime nextMonday;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        admin = http.withKey(IntegrationTest.ADMIN_KEY);
        nextMonday = LocalDate.now(RoutingRules.IST).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atTime(10, 0)
                .atOffset(RoutingRules.IST_OFFSET);
    }

    @Test
    void a_promise_from_Delhi_to_Kochi_names_its_EDD_zone_and_an_itinerary_from_the_pickup_point_to_the_door() {
        Http.Response r = http.get("/api/v1/promise?from=DEL-FC1&to=682028&at=" + nextMonday.toString().replace("+", "%2B"));
        assertThat(r.status()).isEqualTo(200);
        JsonNode p = r.json();
        LocalDate edd = LocalDate.parse(p.get("edd").asString());
        assertThat(edd).isAfter(nextMonday.toLocalDate()).isBefore(nextMonday.toLocalDate().plusDays(10));
        assertThat(edd.getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
        assertThat(p.get("zone").asString()).isIn("KM_1001_2000", "ABOVE_2000");
        JsonNode legs = p.get("itinerary");
        assertThat(legs.get(0).get("kind").asString()).isEqualTo("PICKUP");
        assertThat(legs.get(0).get("from").asString()).isEqualTo("DEL-FC1");
        assertThat(legs.get(legs.size() - 1).get("to").asString()).isEqualTo("DOOR-682028");
        assertThat(legs.valueStream().filter(l -> l.get("kind").asString().equals("TRANSMISSION")).count()).isPositive();
    }

    @Test
    void a_metro_to_metro_promise_is_on_average_shorter_than_metro_to_rural_PINs() {
        PromiseMatrix m = promises.matrix();
        List<Integer> metro = new ArrayList<>(), rural = new ArrayList<>();
        for (int pin : m.pins()) {
            var profile = network.snapshot().profile(new Pin(pin)).orElseThrow();
            if (m.unreachable("DEL-FC1", new Pin(pin)).isPresent()) {
                continue;
            }
            long day = m.eddEpochDay("DEL-FC1", new Pin(pin), nextMonday);
            int days = (int) (day - nextMonday.toLocalDate().toEpochDay());
            if (pin >= 400_001 && pin <= 400_104) {
                metro.add(days);
            } else if (profile.rural() && profile.branchOffices() >= 10) {
                rural.add(days);
            }
        }
        assertThat(metro).isNotEmpty();
        assertThat(rural).hasSizeGreaterThan(1000);
        double metroAverage = metro.stream().mapToInt(Integer::intValue).average().orElseThrow();
        double ruralAverage = rural.stream().mapToInt(Integer::intValue).average().orElseThrow();
        assertThat(metroAverage).isLessThan(ruralAverage);
        assertThat(metro.stream().mapToInt(Integer::intValue).max().orElseThrow()).isLessThanOrEqualTo(3);
    }

    @Test
    void every_PIN_is_either_promised_from_every_pickup_point_or_listed_as_unreachable_with_a_reason() {
        PromiseMatrix m = promises.matrix();
        for (String from : m.pickupPoints()) {
            JsonNode listed = http.get("/api/v1/promise/unreachable?from=" + from).json();
            Set<Integer> unreachable = new HashSet<>();
            listed.get("pins").forEach(u -> {
                assertThat(u.get("reason").asString()).isNotBlank();
                unreachable.add(u.get("pin").asInt());
            });
            for (int pin : m.pins()) {
                long edd = m.eddEpochDay(from, new Pin(pin), nextMonday);
                assertThat(edd >= 0 || unreachable.contains(pin)).as("%s -> %s", from, pin).isTrue();
                assertThat(edd < 0 || !unreachable.contains(pin)).as("%s -> %s", from, pin).isTrue();
            }
        }
    }

    @Test
    void changing_one_lane_s_schedule_changes_the_promises_that_use_it_and_no_others() {
        PromiseMatrix before = promises.matrix();
        String from = "DEL-FC1";
        Map<String, Integer> uses = new java.util.HashMap<>();
        int[] pins = before.pins();
        for (int i = 0; i < pins.length; i += 7) {
            before.promise(from, new Pin(pins[i]), nextMonday).ifPresent(p -> p.itinerary().legs().stream()
                    .filter(l -> l.kind() == LegKind.TRANSMISSION).forEach(l -> uses.merge(l.laneId().orElseThrow(), 1, Integer::sum)));
        }
        String busiest = uses.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Lane lane = before.network().lane(busiest).orElseThrow();
        Lane later = new Lane(lane.id(), lane.from(), lane.to(), lane.mode(), lane.distanceKm(), lane.transit(),
                new org.daksetu.network.domain.routing.DepartureSchedule(lane.schedule().days(),
                        lane.schedule().departure().plusHours(6), lane.schedule().cutoff().plusHours(6), lane.schedule().runsOnHolidays()),
                lane.capacityBags(), lane.capacityKg(), lane.active());
        PromiseMatrix after = new PromiseMatrix("changed", network.snapshot(), before.network().withLane(later),
                promiseablePickupPoints(), before.calendar(), RoutingRules.defaults(), nextMonday.toLocalDateTime().plusHours(2));
        PromiseMatrix unchanged = new PromiseMatrix("same", network.snapshot(), before.network(),
                promiseablePickupPoints(), before.calendar(), RoutingRules.defaults(), nextMonday.toLocalDateTime().plusHours(2));
        int changed = 0;
        for (int pin : pins) {
            var a = unchanged.promise(from, new Pin(pin), nextMonday);
            var b = after.promise(from, new Pin(pin), nextMonday);
            if (!a.map(DeliveryPromise::itinerary).equals(b.map(DeliveryPromise::itinerary))) {
                changed++;
                boolean usedBefore = a.map(p -> p.itinerary().legs().stream().anyMatch(l -> l.laneId().filter(busiest::equals).isPresent())).orElse(false);
                boolean usedAfter = b.map(p -> p.itinerary().legs().stream().anyMatch(l -> l.laneId().filter(busiest::equals).isPresent())).orElse(false);
                assertThat(usedBefore || usedAfter).as("PIN %s changed without using lane %s", pin, busiest).isTrue();
            }
        }
        assertThat(changed).isPositive();
    }

    @Autowired
    org.daksetu.network.application.PickupPoints pickupPoints;

    private List<org.daksetu.network.domain.PickupPoint> promiseablePickupPoints() {
        return pickupPoints.list(false);
    }

    @Test
    void a_planner_changes_a_lane_over_the_API_and_the_promise_follows_then_reverts_it() {
        DeliveryPromise p = promises.promise("DEL-FC1", new Pin(682028), nextMonday);
        String laneId = p.itinerary().legs().stream().filter(l -> l.kind() == LegKind.TRANSMISSION).findFirst()
                .orElseThrow().laneId().orElseThrow();
        assertThat(http.put("/api/v1/lanes/" + laneId, "{\"active\":false}").status()).isEqualTo(401);
        Http.Response bad = admin.put("/api/v1/lanes/" + laneId, "{\"departure\":\"25:99\",\"capacityBags\":-1,\"days\":\"FUNDAY\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("departure", "capacityBags", "days");
        Http.Response closed = admin.put("/api/v1/lanes/" + laneId, "{\"active\":false}");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("active").asBoolean()).isFalse();
        DeliveryPromise rerouted = promises.promise("DEL-FC1", new Pin(682028), nextMonday);
        assertThat(rerouted.itinerary().legs()).noneMatch(l -> l.laneId().filter(laneId::equals).isPresent());
        assertThat(admin.delete("/api/v1/lanes/" + laneId + "/override").status()).isEqualTo(204);
        assertThat(promises.promise("DEL-FC1", new Pin(682028), nextMonday).itinerary()).isEqualTo(p.itinerary());
    }

    @Test
    void closing_the_delivery_office_moves_the_EDD_past_the_closure_and_reopening_restores_it() {
        PromiseMatrix m = promises.matrix();
        Pin pin = java.util.Arrays.stream(m.pins()).filter(p -> p >= 686_000).mapToObj(Pin::new)
                .filter(p -> m.network().assignment(p.value()).orElseThrow().ndcCode().isEmpty())
                .filter(p -> m.unreachable("BOM-FC1", p).isEmpty()).findFirst().orElseThrow();
        DeliveryPromise p = promises.promise("BOM-FC1", pin, nextMonday);
        String body = Http.json(Map.of("officeId", p.deliveryOfficeId(), "from", p.edd().minusDays(1).toString(),
                "to", p.edd().plusDays(3).toString(), "reason", "flood"));
        Http.Response created = admin.post("/api/v1/calendar/closures", body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(promises.promise("BOM-FC1", pin, nextMonday).edd()).isAfter(p.edd().plusDays(3));
        long id = http.get("/api/v1/calendar").json().get("closures").valueStream()
                .filter(c -> c.get("closure").get("reason").asString().equals("flood")).findFirst().orElseThrow().get("id").asLong();
        assertThat(admin.delete("/api/v1/calendar/closures/" + id).status()).isEqualTo(204);
        assertThat(promises.promise("BOM-FC1", pin, nextMonday).edd()).isEqualTo(p.edd());
    }

    @Test
    void bad_promise_requests_are_refused_naming_each_field() {
        assertThat(http.get("/api/v1/promise?from=NOPE-FC9&to=682028").status()).isEqualTo(404);
        Http.Response missing = http.get("/api/v1/promise");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").valueStream().map(e -> e.get("field").asString())).contains("from", "to");
        assertThat(http.get("/api/v1/promise?from=DEL-FC1&to=68202X").json().get("errors").get(0).get("field").asString()).isEqualTo("to");
        assertThat(http.get("/api/v1/promise?from=DEL-FC1&to=100000").status()).isEqualTo(404);
        Http.Response past = http.get("/api/v1/promise?from=DEL-FC1&to=682028&at=2020-01-01T10:00:00%2B05:30");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("at");
        assertThat(http.get("/api/v1/promise?from=DEL-FC1&to=682028&at=tomorrow").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/promise?from=DEL-FC1&to=682028&at=2099-01-01T10:00:00%2B05:30").status()).isEqualTo(400);
    }

    @Test
    void a_bulk_promise_answers_ten_thousand_PINs_in_order() {
        int[] pins = promises.matrix().pins();
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            asked.add(Integer.toString(pins[i % pins.length]));
        }
        Http.Response r = http.post("/api/v1/promise/bulk", Http.json(Map.of("from", "MAA-FC1", "at", nextMonday.toString(), "pins", asked)));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("results").size()).isEqualTo(10_000);
        assertThat(r.json().get("results").get(3).get("pin").asString()).isEqualTo(asked.get(3));
        assertThat(r.json().get("promised").asInt()).isGreaterThan(9_900);
        assertThat(http.post("/api/v1/promise/bulk", "{\"from\":\"MAA-FC1\",\"pins\":[\"1\"]}").json()
                .get("errors").get(0).get("field").asString()).isEqualTo("pins[0]");
    }

    @Test
    void hubs_lanes_and_the_calendar_are_readable() {
        assertThat(http.get("/api/v1/hubs?level=L1").json().size()).isEqualTo(57);
        assertThat(http.get("/api/v1/hubs?level=X9").status()).isEqualTo(400);
        JsonNode lanes = http.get("/api/v1/lanes").json();
        assertThat(lanes.size()).isGreaterThan(500);
        String id = lanes.get(0).get("id").asString();
        assertThat(http.get("/api/v1/lanes/" + id).json().get("id").asString()).isEqualTo(id);
        assertThat(http.get("/api/v1/calendar?year=2026").json().get("holidays").valueStream()
                .map(h -> h.get("date").asString())).contains("2026-01-26", "2026-08-15", "2026-10-02");
    }
}
