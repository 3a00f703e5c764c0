package org.daksetu.capacity.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.daksetu.capacity.application.Ist;
import org.daksetu.capacity.application.LaneDepartures;
import org.daksetu.network.application.Promises;
import org.daksetu.network.application.TransmissionPlanning;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.platform.security.ApiKeys;
import org.daksetu.platform.security.Parties;
import org.daksetu.platform.security.Role;
import org.daksetu.shared.Pin;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.daksetu.tracking.application.ArticleRegistration;
import org.daksetu.tracking.application.Articles;
import org.daksetu.tracking.domain.ArticleNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The capacity constraints end to end over HTTP on the real database and network: each test
 * shrinks one Delhi trunk lane to a known capacity, closes bags of real registered parcels at the
 * Delhi hub and allocates them, then reads the outcome back through the API.
 */
@IntegrationTest
class CapacityIT {

    static final String HUB = "H1-110001";
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis() % 40_000_000L + 50_000_000L);

    @LocalServerPort
    int port;
    @Autowired
    Articles articles;
    @Autowired
    Promises promises;
    @Autowired
    TransmissionPlanning planning;
    @Autowired
    LaneDepartures departures;
    @Autowired
    ApiKeys keys;
    @Autowired
    Parties parties;
    @Autowired
    org.daksetu.capacity.application.CapacityOffers capacityOffers;

    Http http;
    Http ops;
    Http shipper;
    Http admin;
    String shipperId;
    final List<String> shrunk = new ArrayList<>();

    @BeforeEach
    void setUp() {
        http = new Http(port);
        admin = http.withKey(IntegrationTest.ADMIN_KEY);
        ops = http.withKey(keys.issue("ops", Set.of(Role.POSTAL_OPS), Optional.of(Parties.POSTAL_OPERATOR)).key());
        shipperId = "CAP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        parties.add(shipperId, "Capacity test shipper " + shipperId, "SHIPPER");
        shipper = http.withKey(keys.issue("shipper", Set.of(Role.SHIPPER), Optional.of(shipperId)).key());
    }

    @AfterEach
    void restoreLanes() {
        shrunk.forEach(planning::revertLane);
        shrunk.clear();
    }

    /** A daily Delhi road trunk with its capacity per departure set to what the test needs. */
    String lane(String to, int bags, int kg) {
        String id = HUB + "~" + to + "~ROAD";
        planning.putLane(id, new TransmissionPlanning.LaneDraft(null, null, null, null, null, null, null, null, null, bags, kg,
                null), "capacity test");
        shrunk.add(id);
        return id;
    }

    /** The lane's first departure whose cut-off lies more than an hour ahead. */
    LaneDepartures.Departure firstDeparture(String lane) {
        LocalDateTime now = Ist.of(OffsetDateTime.now(RoutingRules.IST_OFFSET));
        return departures.between(departures.lane(lane), now, now.plusDays(3)).stream()
                .filter(d -> d.cutoff().minusHours(1).isAfter(now)).findFirst().orElseThrow();
    }

    record Parcel(ArticleNumber article, LocalDate edd) {
    }

    Parcel parcel(int daysLater) {
        ArticleNumber a = ArticleNumber.of("EK", SERIAL.incrementAndGet(), "IN");
        DeliveryPromise p = promises.promise("DEL-FC1", new Pin(682028),
                OffsetDateTime.now(RoutingRules.IST_OFFSET).plusHours(1).plusDays(daysLater));
        articles.register(new ArticleRegistration(a, shipperId, "DEL-FC1", new Pin(682028), 0, p.handoverAt(), p.itinerary(), p.edd()));
        return new Parcel(a, p.edd());
    }

    static Map<String, Object> bag(String id, String lane, LocalDateTime closedAt, int kg, Parcel... parcels) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bag", id);
        m.put("hub", HUB);
        m.put("lane", lane);
        m.put("closedAt", Ist.at(closedAt).toString());
        m.put("kg", kg);
        m.put("articles", java.util.Arrays.stream(parcels).map(p -> p.article().value()).toList());
        return m;
    }

    JsonNode closeAndAllocate(LocalDateTime at, List<Map<String, Object>> bags) {
        Http.Response r = ops.post("/api/v1/capacity/bags", Http.json(Map.of("bags", bags, "allocate", true,
                "at", Ist.at(at).toString())));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    OffsetDateTime departureOf(String bag) {
        Http.Response r = ops.get("/api/v1/capacity/bags/" + bag);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return OffsetDateTime.parse(r.json().get("departure").asString());
    }

    static OffsetDateTime iso(LocalDateTime t) {
        return Ist.at(t);
    }

    static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static LocalDate workingDayOnOrAfter(LocalDate d) {
        LocalDate x = d;
        while (x.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
            x = x.plusDays(1);
        }
        return x;
    }

    @Test
    void capacity_is_never_exceeded_three_bags_for_a_two_bag_departure_put_the_third_on_the_next_day() {
        String lane = lane("H1-134003", 2, 100);
        LaneDepartures.Departure d0 = firstDeparture(lane);
        LocalDateTime closed = d0.cutoff().minusHours(1);
        String a = id("A"), b = id("B"), c = id("C");
        JsonNode report = closeAndAllocate(closed, List.of(bag(a, lane, closed.minusMinutes(30), 20, parcel(0)),
                bag(b, lane, closed.minusMinutes(20), 20, parcel(0)), bag(c, lane, closed.minusMinutes(10), 20, parcel(0))));
        assertThat(report.get("closing").get("closed").asInt()).isEqualTo(3);
        assertThat(report.get("allocation").get("allocated").asInt()).isEqualTo(3);
        assertThat(report.get("allocation").get("onOwnCapacity").asInt()).isEqualTo(3);
        assertThat(departureOf(a)).isEqualTo(iso(d0.departsAt()));
        assertThat(departureOf(b)).isEqualTo(iso(d0.departsAt()));
        assertThat(departureOf(c)).isEqualTo(iso(d0.departsAt().plusDays(1)));

        JsonNode deps = ops.get("/api/v1/capacity/lanes/" + lane + "/departures?from=" + d0.departsAt().toLocalDate()
                + "&to=" + d0.departsAt().toLocalDate()).json();
        assertThat(deps).hasSize(1);
        assertThat(deps.get(0).get("capacityBags").asInt()).isEqualTo(2);
        assertThat(deps.get(0).get("usedBags").asInt()).isEqualTo(2);
        assertThat(deps.get(0).get("usedKg").asInt()).isEqualTo(40);

        JsonNode util = ops.get("/api/v1/capacity/reports/utilisation?lane=" + lane + "&from=" + d0.departsAt().toLocalDate()).json();
        assertThat(util.get(0).get("usedOwnBags").asInt()).isEqualTo(2);
        assertThat(util.get(0).get("ownUtilisation").asDouble()).isEqualTo(100.0);
        Http.Response csv = ops.get("/api/v1/capacity/reports/utilisation?format=csv&lane=" + lane + "&from="
                + d0.departsAt().toLocalDate());
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("lane,day,departures,capacity_bags,capacity_kg,used_own_bags")
                .contains(lane + "," + d0.departsAt().toLocalDate() + ",1,2,100,2,40");
    }

    @Test
    void priority_the_bag_whose_promise_is_at_risk_rides_first_although_it_was_closed_last() {
        String lane = lane("H1-160017", 1, 100);
        LaneDepartures.Departure d0 = firstDeparture(lane);
        LocalDateTime closed = d0.cutoff().minusHours(1);
        String relaxed = id("LATER-EDD"), atRisk = id("AT-RISK");
        closeAndAllocate(closed, List.of(bag(relaxed, lane, closed.minusHours(2), 10, parcel(3)),
                bag(atRisk, lane, closed.minusMinutes(5), 10, parcel(0))));
        assertThat(departureOf(atRisk)).isEqualTo(iso(d0.departsAt()));
        assertThat(departureOf(relaxed)).isEqualTo(iso(d0.departsAt().plusDays(1)));
    }

    @Test
    void until_the_cut_off_the_plan_is_provisional_an_urgent_bag_closed_later_takes_the_place_of_a_relaxed_one() {
        String lane = lane("H1-249001", 1, 100);
        LaneDepartures.Departure d0 = firstDeparture(lane);
        LocalDateTime early = d0.cutoff().minusHours(3), late = d0.cutoff().minusMinutes(30);
        Parcel relaxedParcel = parcel(3);
        String relaxed = id("RELAXED"), urgent = id("URGENT");
        JsonNode first = closeAndAllocate(early, List.of(bag(relaxed, lane, early, 10, relaxedParcel)));
        assertThat(first.get("allocation").get("allocated").asInt()).isEqualTo(1);
        assertThat(departureOf(relaxed)).isEqualTo(iso(d0.departsAt()));

        JsonNode second = closeAndAllocate(late, List.of(bag(urgent, lane, late, 10, parcel(0))));
        assertThat(second.get("allocation").get("replanned").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(departureOf(urgent)).isEqualTo(iso(d0.departsAt()));
        assertThat(departureOf(relaxed)).isEqualTo(iso(d0.departsAt().plusDays(1)));
        JsonNode delays = shipper.get("/api/v1/tracking/" + relaxedParcel.article() + "/delays").json();
        assertThat(delays.get("revisions")).hasSize(1);

        JsonNode third = ops.post("/api/v1/capacity/allocations", Http.json(Map.of("at", Ist.at(late).toString(),
                "lanes", List.of(lane)))).json();
        assertThat(departureOf(relaxed)).isEqualTo(iso(d0.departsAt().plusDays(1)));
        assertThat(shipper.get("/api/v1/tracking/" + relaxedParcel.article() + "/delays").json().get("revisions")).hasSize(1);
        assertThat(third.get("revisedPromises").asInt()).isZero();
    }

    @Test
    void overflow_moves_exactly_the_parcels_that_did_not_fit_and_revises_their_edd_in_the_shippers_feed() {
        String lane = lane("H1-171001", 1, 100);
        LaneDepartures.Departure d0 = firstDeparture(lane);
        LocalDateTime closed = d0.cutoff().minusHours(1);
        Parcel x1 = parcel(0), x2 = parcel(0), y = parcel(0);
        String first = id("FIRST"), second = id("SECOND");
        JsonNode report = closeAndAllocate(closed, List.of(bag(first, lane, closed.minusMinutes(30), 10, x1, x2),
                bag(second, lane, closed.minusMinutes(10), 10, y)));
        assertThat(report.get("allocation").get("overflowed").asInt()).isEqualTo(1);
        assertThat(report.get("allocation").get("delayedParcels").asInt()).isEqualTo(1);
        assertThat(report.get("allocation").get("revisedPromises").asInt()).isEqualTo(1);
        assertThat(departureOf(second)).isEqualTo(iso(d0.departsAt().plusDays(1)));

        LocalDate revised = workingDayOnOrAfter(y.edd().plusDays(1));
        JsonNode delays = shipper.get("/api/v1/tracking/" + y.article() + "/delays").json();
        assertThat(delays.get("revisedEdd").asString()).isEqualTo(revised.toString());
        assertThat(delays.get("revisions").get(0).get("previousEdd").asString()).isEqualTo(y.edd().toString());
        for (Parcel p : List.of(x1, x2)) {
            assertThat(shipper.get("/api/v1/tracking/" + p.article() + "/delays").json().get("revisions")).isEmpty();
            assertThat(shipper.get("/api/v1/tracking/" + p.article()).json().get("revisedEdd").asString()).isEqualTo(p.edd().toString());
        }
        // The shipper's tracking views show the new date at once, before any scan.
        assertThat(shipper.get("/api/v1/tracking/" + y.article()).json().get("revisedEdd").asString()).isEqualTo(revised.toString());
        assertThat(shipper.post("/api/v1/tracking/query", Http.json(Map.of("articles", List.of(y.article().value()))))
                .json().get("shipments").get(0).get("revisedEdd").asString()).isEqualTo(revised.toString());
        JsonNode feed = shipper.get("/api/v1/feed?after=0").json().get("entries");
        List<JsonNode> delayed = new ArrayList<>();
        feed.forEach(e -> {
            if (e.get("code").asString().equals("DL")) {
                delayed.add(e);
            }
        });
        assertThat(delayed).hasSize(1);
        assertThat(delayed.getFirst().get("article").asString()).isEqualTo(y.article().value());
        assertThat(delayed.getFirst().get("shippingV2").asString()).isEqualTo("Delayed");
        assertThat(delayed.getFirst().get("at7Status").asString()).isEqualTo("SD");

        JsonNode overflow = ops.get("/api/v1/capacity/reports/overflow?from=" + d0.departsAt().toLocalDate()).json();
        JsonNode row = null;
        for (JsonNode r : overflow) {
            if (r.get("lane").asString().equals(lane)) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("bags").asInt()).isEqualTo(1);
        assertThat(row.get("parcels").asInt()).isEqualTo(1);
        assertThat(row.get("parcelDelayDays").asLong()).isEqualTo(1);
        assertThat(row.get("cause").asString()).isEqualTo("NO_ROOM");
    }

    @Test
    void offered_capacity_is_used_when_own_is_full_and_withdrawing_it_before_departure_reallocates_its_bags() {
        String lane = lane("H1-180001", 1, 100);
        LaneDepartures.Departure d0 = firstDeparture(lane);
        Http.Response offered = shipper.post("/api/v1/capacity/offers", Http.json(Map.of("lane", lane,
                "departsAt", iso(d0.departsAt().plusMinutes(30)).toString(), "truck", "HR55AB1234", "bags", 1, "kg", 100,
                "terms", "return trip, free")));
        assertThat(offered.status()).as(offered.body()).isEqualTo(201);
        long offer = offered.json().get("id").asLong();
        assertThat(offered.json().get("party").asString()).isEqualTo(shipperId);

        LocalDateTime closed = d0.cutoff().minusHours(1);
        Parcel p = parcel(0), q = parcel(0);
        String own = id("OWN"), rides = id("ON-OFFER");
        JsonNode report = closeAndAllocate(closed, List.of(bag(own, lane, closed.minusMinutes(30), 10, p),
                bag(rides, lane, closed.minusMinutes(10), 10, q)));
        assertThat(report.get("allocation").get("onOwnCapacity").asInt()).isEqualTo(1);
        assertThat(report.get("allocation").get("onOfferedCapacity").asInt()).isEqualTo(1);
        assertThat(departureOf(rides)).isEqualTo(iso(d0.departsAt().plusMinutes(30)));
        assertThat(report.get("allocation").get("revisedPromises").asInt()).isZero();

        JsonNode used = shipper.get("/api/v1/capacity/offers/" + offer).json();
        assertThat(used.get("usedBags").asInt()).isEqualTo(1);
        assertThat(used.get("usedBy").get(0).get("bag").asString()).isEqualTo(rides);
        assertThat(used.get("usedBy").get(0).get("shipperId").asString()).isEqualTo(shipperId);

        Http.Response tooSmall = shipper.put("/api/v1/capacity/offers/" + offer, "{\"kg\": 5}");
        assertThat(tooSmall.status()).as(tooSmall.body()).isEqualTo(409);
        assertThat(tooSmall.body()).contains("carries 1 bags, 10 kg");

        Http.Response withdrawn = shipper.post("/api/v1/capacity/offers/" + offer + "/withdraw", "{}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("bagsReleased").asInt()).isEqualTo(1);
        assertThat(withdrawn.json().get("offer").get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(departureOf(rides)).isEqualTo(iso(d0.departsAt().plusDays(1)));
        assertThat(departureOf(own)).isEqualTo(iso(d0.departsAt()));
        JsonNode delays = shipper.get("/api/v1/tracking/" + q.article() + "/delays").json();
        assertThat(delays.get("revisedEdd").asString()).isEqualTo(workingDayOnOrAfter(q.edd().plusDays(1)).toString());

        Http.Response again = shipper.post("/api/v1/capacity/offers/" + offer + "/withdraw", "{}");
        assertThat(again.status()).isEqualTo(409);
        JsonNode partners = ops.get("/api/v1/capacity/reports/partners?from=" + d0.departsAt().toLocalDate()).json();
        boolean listed = false;
        for (JsonNode r : partners) {
            if (r.get("party").asString().equals(shipperId)) {
                listed = true;
                assertThat(r.get("offers").asInt()).isEqualTo(1);
                assertThat(r.get("withdrawn").asInt()).isEqualTo(1);
            }
        }
        assertThat(listed).isTrue();
    }

    @Test
    void parallel_allocation_runs_never_put_more_bags_on_a_departure_than_it_has_room_for() throws Exception {
        String lane = lane("H1-226001", 5, 1000);
        LaneDepartures.Departure d0 = firstDeparture(lane);
        LocalDateTime closed = d0.cutoff().minusHours(1);
        List<Map<String, Object>> bags = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            bags.add(bag(id("PAR" + i), lane, closed.minusMinutes(i), 10, parcel(0)));
        }
        Http.Response r = ops.post("/api/v1/capacity/bags", Http.json(Map.of("bags", bags)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String run = Http.json(Map.of("at", Ist.at(closed).toString(), "lanes", List.of(lane)));
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<Http.Response>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> ops.post("/api/v1/capacity/allocations", run)));
            }
            int allocated = 0;
            for (var f : runs) {
                Http.Response x = f.get();
                assertThat(x.status()).as(x.body()).isEqualTo(200);
                allocated += x.json().get("allocated").asInt();
            }
            assertThat(allocated).isEqualTo(12);
        }
        JsonNode deps = ops.get("/api/v1/capacity/lanes/" + lane + "/departures?from=" + d0.departsAt().toLocalDate()
                + "&to=" + d0.departsAt().toLocalDate().plusDays(2)).json();
        List<Integer> used = new ArrayList<>();
        deps.forEach(d -> used.add(d.get("usedBags").asInt()));
        assertThat(used).containsExactly(5, 5, 2);
    }

    @Test
    void the_seven_day_forecast_counts_booked_parcels_on_the_lanes_of_their_planned_itineraries() {
        DeliveryPromise plan = promises.promise("DEL-FC1", new Pin(682028), OffsetDateTime.now(RoutingRules.IST_OFFSET).plusHours(1));
        var trunk = plan.itinerary().legs().stream().filter(l -> l.laneId().isPresent()).findFirst().orElseThrow();
        LocalDate day = trunk.plannedDeparture().atZoneSameInstant(RoutingRules.IST).toLocalDate();
        java.util.function.Supplier<JsonNode> row = () -> {
            JsonNode rows = ops.get("/api/v1/capacity/reports/forecast?from=" + day + "&days=1").json();
            for (JsonNode r : rows) {
                if (r.get("lane").asString().equals(trunk.laneId().get())) {
                    return r;
                }
            }
            return null;
        };
        JsonNode before = row.get();
        long parcelsBefore = before == null ? 0 : before.get("parcels").asLong();
        for (int i = 0; i < 3; i++) {
            parcel(0);
        }
        JsonNode after = row.get();
        assertThat(after).isNotNull();
        assertThat(after.get("parcels").asLong()).isEqualTo(parcelsBefore + 3);
        assertThat(after.get("bags").asInt()).isEqualTo((int) Math.ceil(after.get("parcels").asLong() / 30.0));
        var lane = departures.lane(trunk.laneId().get());
        int runs = departures.between(lane, day.atStartOfDay(), day.plusDays(1).atStartOfDay()).size();
        assertThat(after.get("capacityBags").asInt()).isEqualTo(runs * lane.capacityBags());
        Http.Response csv = ops.get("/api/v1/capacity/reports/forecast?format=csv&from=" + day + "&days=1");
        assertThat(csv.body()).startsWith("lane,day,parcels,bags,kg,capacity_bags,capacity_kg,offered_bags,load_percent,over_capacity\n");
    }

    @Test
    void bad_input_is_refused_with_every_bad_field_named_and_nothing_stored() {
        String bagId = id("BAD");
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("bag", bagId);
        bad.put("hub", HUB);
        bad.put("lane", "NO~SUCH~LANE");
        bad.put("kg", 0);
        bad.put("articles", List.of("EE123"));
        Http.Response r = ops.post("/api/v1/capacity/bags", Http.json(Map.of("bags", List.of(bad))));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("bags[0].lane", "bags[0].kg", "bags[0].articles[0]");
        assertThat(ops.get("/api/v1/capacity/bags/" + bagId).status()).isEqualTo(404);

        Http.Response offer = shipper.post("/api/v1/capacity/offers", Http.json(Map.of("lane", HUB + "~H1-134003~ROAD",
                "departsAt", "2020-01-01T10:00:00+05:30", "bags", -1, "kg", 10)));
        assertThat(offer.status()).as(offer.body()).isEqualTo(400);
        List<String> offerFields = new ArrayList<>();
        offer.json().get("errors").forEach(e -> offerFields.add(e.get("field").asString()));
        assertThat(offerFields).containsExactlyInAnyOrder("departsAt", "truck", "bags");

        assertThat(shipper.post("/api/v1/capacity/bags", "{\"bags\":[]}").status()).isEqualTo(403);
        assertThat(http.get("/api/v1/capacity/reports/forecast").status()).isEqualTo(401);
        assertThat(ops.get("/api/v1/capacity/offers/999999999").status()).isEqualTo(404);
        assertThat(ops.get("/api/v1/capacity/reports/utilisation?from=2026-11-20&to=2026-01-01").status()).isEqualTo(400);
    }

    @Test
    void an_offer_is_changed_or_withdrawn_only_before_its_departure() {
        OffsetDateTime departs = OffsetDateTime.now(RoutingRules.IST_OFFSET).plusDays(2).withNano(0);
        var offer = capacityOffers.offer(shipperId, new org.daksetu.capacity.application.CapacityOffers.OfferDraft(
                HUB + "~H1-249001~ROAD", departs, "UP16T0001", 20, 400, null), null);
        OffsetDateTime afterDeparture = departs.plusMinutes(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> capacityOffers.withdraw(offer.id(), shipperId, afterDeparture))
                .isInstanceOf(org.daksetu.shared.ConflictException.class).hasMessageContaining("only before its departure");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> capacityOffers.change(offer.id(), shipperId,
                        new org.daksetu.capacity.application.CapacityOffers.OfferDraft(null, null, null, 30, null, null), afterDeparture))
                .isInstanceOf(org.daksetu.shared.ConflictException.class);
        assertThat(capacityOffers.withdraw(offer.id(), shipperId, departs.minusMinutes(1)).offer().status()).isEqualTo("WITHDRAWN");
    }

    @Test
    void a_shipper_sees_only_its_own_offers() {
        String other = "CAP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        parties.add(other, "Other shipper " + other, "SHIPPER");
        Http otherShipper = http.withKey(keys.issue("other", Set.of(Role.SHIPPER), Optional.of(other)).key());
        String lane = HUB + "~H1-211001~ROAD";
        Http.Response offered = shipper.post("/api/v1/capacity/offers", Http.json(Map.of("lane", lane,
                "departsAt", OffsetDateTime.now(RoutingRules.IST_OFFSET).plusDays(2).withNano(0).toString(), "truck", "DL1C0001",
                "bags", 10, "kg", 200)));
        assertThat(offered.status()).as(offered.body()).isEqualTo(201);
        long id = offered.json().get("id").asLong();
        assertThat(otherShipper.get("/api/v1/capacity/offers/" + id).status()).isEqualTo(404);
        assertThat(otherShipper.post("/api/v1/capacity/offers/" + id + "/withdraw", "{}").status()).isEqualTo(404);
        assertThat(otherShipper.get("/api/v1/capacity/offers").json()).isEmpty();
        assertThat(ops.get("/api/v1/capacity/offers/" + id).status()).isEqualTo(200);
        Http shipperAnalyst = http.withKey(keys.issue("analyst", Set.of(Role.ANALYST), Optional.of(other)).key());
        assertThat(shipperAnalyst.get("/api/v1/capacity/reports/partners").status()).isEqualTo(403);
        assertThat(http.withKey(keys.issue("ip-analyst", Set.of(Role.ANALYST), Optional.of(Parties.POSTAL_OPERATOR)).key())
                .get("/api/v1/capacity/reports/partners").status()).isEqualTo(200);
        Http.Response changed = shipper.put("/api/v1/capacity/offers/" + id, "{\"bags\": 12, \"terms\": \"INR 40 per bag\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("bags").asInt()).isEqualTo(12);
        assertThat(changed.json().get("kg").asInt()).isEqualTo(200);
    }

    @Test
    void what_if_a_new_pickup_point_never_slows_a_pin_and_candidates_are_ranked() {
        Http.Response r = ops.post("/api/v1/capacity/what-if/pickup-point", "{\"city\": \"Nagpur\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode c = r.json();
        assertThat(c.get("pinsSlower").asInt()).isZero();
        assertThat(c.get("pinsFaster").asInt()).isPositive();
        assertThat(c.get("after").get("averageDays").asDouble()).isLessThan(c.get("before").get("averageDays").asDouble());
        assertThat(c.get("after").get("within3").asDouble()).isGreaterThanOrEqualTo(c.get("before").get("within3").asDouble());
        assertThat(c.get("before").get("pins").asInt()).isGreaterThan(19_000);

        Http.Response bad = ops.post("/api/v1/capacity/what-if/rank",
                "{\"candidates\": [{\"city\": \"Nagpur\"}, {\"city\": \"Atlantis\"}]}");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("candidates[1].city");

        Http.Response ranked = ops.post("/api/v1/capacity/what-if/rank",
                "{\"candidates\": [{\"city\": \"Nagpur\"}, {\"city\": \"Bhopal\"}, {\"pin\": 110001}]}");
        assertThat(ranked.status()).as(ranked.body()).isEqualTo(200);
        JsonNode list = ranked.json();
        assertThat(list).hasSize(3);
        assertThat(list.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(list.get(0).get("comparison").get("after").get("averageDays").asDouble())
                .isLessThanOrEqualTo(list.get(2).get("comparison").get("after").get("averageDays").asDouble());

        Http.Response lane = ops.post("/api/v1/capacity/what-if/lane",
                "{\"from\": \"H1-110001\", \"to\": \"H1-682001\", \"mode\": \"AIR\", \"departure\": \"02:00\", \"cutoff\": \"23:30\"}");
        assertThat(lane.status()).as(lane.body()).isEqualTo(200);
        assertThat(lane.json().get("pinsSlower").asInt()).isZero();
        Http.Response capacity = ops.post("/api/v1/capacity/what-if/capacity",
                "{\"lane\": \"H1-110001~H1-134003~ROAD\", \"capacityBags\": 600, \"capacityKg\": 12000}");
        assertThat(capacity.status()).as(capacity.body()).isEqualTo(200);
        assertThat(capacity.json().get("pinsFaster").asInt()).isZero();
        assertThat(http.withKey(IntegrationTest.ADMIN_KEY).post("/api/v1/capacity/what-if/capacity", "{\"lane\": \"NOPE\"}").status())
                .isEqualTo(400);
    }
}
