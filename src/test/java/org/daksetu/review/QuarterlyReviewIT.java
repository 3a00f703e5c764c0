package org.daksetu.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.daksetu.platform.security.ApiKeys;
import org.daksetu.platform.security.Role;
import org.daksetu.review.application.QuarterlyReviews;
import org.daksetu.review.application.ReviewCsv;
import org.daksetu.review.domain.ActionItem;
import org.daksetu.review.domain.Figure;
import org.daksetu.review.domain.Quarter;
import org.daksetu.review.domain.Review;
import org.daksetu.simulation.application.OperationsSimulator;
import org.daksetu.simulation.application.SimulationReport;
import org.daksetu.simulation.domain.SimulationSettings;
import org.daksetu.shared.Progress;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small simulation across the turn of a quarter (the last week of 2026-Q2 and the first of
 * 2026-Q3), then the review of 2026-Q3: every figure is checked against the same figure computed
 * here from the base tables by a separate path (per-parcel SQL, counted in Java), the same seed for
 * another shipper gives a byte-identical CSV, and the API serves it to the roles it should.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuarterlyReviewIT {

    static final Quarter Q3 = Quarter.parse("2026-Q3");
    static final SimulationSettings SETTINGS = SimulationSettings.defaults(11, LocalDate.of(2026, 6, 22), 16, 120)
            .withShipper("SIM-REVIEW-A");

    @Autowired
    OperationsSimulator simulator;
    @Autowired
    QuarterlyReviews reviews;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApiKeys keys;
    @Autowired
    org.daksetu.network.application.TransmissionPlanning transmission;
    @LocalServerPort
    int port;

    JdbcClient jdbc;
    SimulationReport first;
    Review review;

    @BeforeAll
    void simulate() {
        jdbc = JdbcClient.create(dataSource);
        first = simulator.run(SETTINGS, Progress.NONE);
        review = reviews.review(Q3, Optional.of(SETTINGS.shipper()));
        if (Boolean.getBoolean("review.debug")) {
            System.out.println("DEBUG-TALLIES " + store.load(Q3, Optional.of(SETTINGS.shipper())).tallies());
            System.out.println("DEBUG-CSV\n" + ReviewCsv.write(review));
            System.out.println("DEBUG-MISROUTED " + jdbc.sql("""
                    SELECT t.article || ' ' || (SELECT string_agg(e.code || '@' || e.place, ' ' ORDER BY e.occurred_at) FROM scan_event e
                    WHERE e.article = t.article) || ' | ' || r.place_aliases::text || ' | ' || r.itinerary::text
                    FROM tracking_state t JOIN tracked_article a ON a.article = t.article JOIN tracking_route r ON r.id = a.route_id
                    WHERE t.misrouted LIMIT 3""").query(String.class).list());
        }
    }

    @Autowired
    org.daksetu.review.application.ReviewStore store;

    @Test
    void the_simulation_books_every_parcel_of_its_volume_model_and_every_scan_is_accepted() {
        long expected = 0;
        for (int i = 0; i < SETTINGS.days(); i++) {
            expected += SETTINGS.parcelsOn(SETTINGS.from().plusDays(i));
        }
        assertThat(first.parcelsBooked() + first.parcelsRefused()).isEqualTo(expected);
        assertThat(first.parcelsRefused()).isZero();
        assertThat(first.scansRejected()).isZero();
        assertThat(first.scansAccepted()).isEqualTo(first.scansSent()).isGreaterThan(5 * first.parcelsBooked());
        assertThat(count("SELECT count(*) FROM shipment WHERE shipper = :s AND status = 'PICKED_UP'")).isEqualTo(first.parcelsBooked());
        assertThat(count("SELECT count(*) FROM tracking_state t JOIN shipment s ON t.article = s.article_number::text "
                + "WHERE s.shipper = :s AND t.status = 'DELIVERED'")).isGreaterThan(first.parcelsBooked() / 3);
        assertThat(count("SELECT count(*) FROM tracking_state t JOIN shipment s ON t.article = s.article_number::text "
                + "WHERE s.shipper = :s AND t.misrouted")).isZero();
        // The last mile went through the delivery and cod services: attempts, returns, collections, remittances.
        var lastMile = first.lastMile().orElseThrow();
        assertThat(lastMile.delivered()).isEqualTo(count("SELECT count(*) FROM tracking_state t JOIN shipment s ON "
                + "t.article = s.article_number::text WHERE s.shipper = :s AND t.status = 'DELIVERED'"));
        assertThat(lastMile.attempts()).isEqualTo(lastMile.delivered() + lastMile.failed());
        assertThat(lastMile.returnsStarted()).isPositive().isGreaterThanOrEqualTo(lastMile.returnsDelivered());
        assertThat(lastMile.codCollections()).isPositive().isEqualTo(count("SELECT count(*) FROM cod_article WHERE shipper = :s "
                + "AND collected_at IS NOT NULL"));
        assertThat(lastMile.remittanceBatches()).isPositive();
        assertThat(lastMile.remittancesConfirmed()).isPositive();
        var capacity = first.capacity().orElseThrow();
        assertThat(capacity.bags()).isPositive().isEqualTo(count("SELECT count(*) FROM capacity_bag WHERE bag IN "
                + "(SELECT bag FROM capacity_bag_article WHERE shipper_id = :s)"));
        assertThat(capacity.offers()).isPositive();
        assertThat(count("SELECT count(*) FROM cod_remittance WHERE shipper = :s AND confirmed_at IS NOT NULL"))
                .isEqualTo(lastMile.remittancesConfirmed());
    }

    @Test
    void every_figure_of_the_review_matches_an_independent_count() {
        Facts facts = new Facts();
        assertThat(review.figures()).hasSizeGreaterThan(60);
        int checked = 0;
        for (Figure f : review.figures()) {
            for (int c = 0; c < Figure.COLUMNS.size(); c++) {
                Optional<Double> expected = facts.expected(f, c);
                Optional<Double> actual = f.values().get(c);
                String where = f.group() + "." + f.kpi() + "[" + f.dimension() + "] " + Figure.COLUMNS.get(c);
                assertThat(actual.isPresent()).as(where + " present").isEqualTo(expected.isPresent());
                if (expected.isPresent()) {
                    assertThat(actual.get()).as(where).isCloseTo(expected.get(), within(1e-6));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
        // headline figures straight from SQL as well
        assertThat(review.figure("volume", "booked", "").orElseThrow().quarter()).contains((double) count("""
                SELECT count(*) FROM shipment WHERE shipper = :s AND booked_at >= '2026-07-01T00:00+05:30'
                AND booked_at < '2026-10-01T00:00+05:30'"""));
        assertThat(review.figure("last_mile", "non_delivery", "01 Door locked").orElseThrow().previousQuarter()).contains((double) count("""
                SELECT count(*) FROM scan_event e JOIN shipment s ON e.article = s.article_number::text WHERE s.shipper = :s
                AND e.code = 'N' AND e.reason = '01' AND e.occurred_at >= '2026-04-01T00:00+05:30'
                AND e.occurred_at < '2026-07-01T00:00+05:30'"""));
    }

    @Test
    void action_items_name_the_worst_hubs_and_offices_with_their_figures() {
        Facts facts = new Facts();
        List<ActionItem> hubs = review.actions().stream().filter(a -> a.kind().equals("hub")).toList();
        List<ActionItem> offices = review.actions().stream().filter(a -> a.kind().equals("office")).toList();
        assertThat(hubs).isNotEmpty();
        // The offices to name, counted here: at least 3 first attempts (or 0.05% of all), some failed, worst rate first.
        List<Parcel> attemptedInQ = facts.parcels.stream().filter(p -> in(p.firstAttemptDay(), Q3)).toList();
        long min = Math.max(3, attemptedInQ.size() / 2000);
        Map<Long, List<Parcel>> byOffice = new TreeMap<>();
        attemptedInQ.forEach(p -> byOffice.computeIfAbsent(p.office(), k -> new ArrayList<>()).add(p));
        List<String> expectedOffices = byOffice.entrySet().stream()
                .filter(e -> e.getValue().size() >= min && e.getValue().stream().anyMatch(p -> !p.firstAttemptOk()))
                .sorted(java.util.Comparator.comparingDouble((Map.Entry<Long, List<Parcel>> e) ->
                        (double) e.getValue().stream().filter(Parcel::firstAttemptOk).count() / e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .limit(5).map(e -> Long.toString(e.getKey())).toList();
        assertThat(offices.stream().map(ActionItem::id).toList()).isEqualTo(expectedOffices);
        for (ActionItem hub : hubs) {
            List<Parcel> delivered = facts.parcels.stream().filter(p -> hub.id().equals(p.hub) && in(p.deliveredDay(), Q3)).toList();
            assertThat(hub.volume()).isEqualTo(delivered.size());
            assertThat(hub.value()).isCloseTo(100.0 * delivered.stream().filter(p -> p.onTime()).count() / delivered.size(), within(1e-6));
            assertThat(hub.value()).isLessThan(100.0);
        }
        assertThat(hubs).isSortedAccordingTo(java.util.Comparator.comparingDouble(ActionItem::value));
        for (ActionItem office : offices) {
            List<Parcel> attempted = facts.parcels.stream()
                    .filter(p -> office.id().equals(Long.toString(p.office)) && in(p.firstAttemptDay(), Q3)).toList();
            assertThat(office.volume()).isEqualTo(attempted.size());
            assertThat(office.value()).isCloseTo(100.0 * attempted.stream().filter(Parcel::firstAttemptOk).count()
                    / attempted.size(), within(1e-6));
        }
        for (ActionItem lane : review.actions().stream().filter(a -> a.kind().equals("lane")).toList()) {
            Map<String, long[]> byLane = facts.lanes();
            long[] tally = byLane.get(lane.id());
            assertThat(tally).as("lane " + lane.id()).isNotNull();
            assertThat(lane.volume()).isEqualTo(tally[0]);
            assertThat(lane.value()).isCloseTo(100.0 * tally[1] / tally[0], within(1e-6));
        }
    }

    @Test
    void the_same_seed_for_another_shipper_gives_a_byte_identical_csv() {
        SimulationReport second = simulator.run(SETTINGS.withShipper("SIM-REVIEW-B"), Progress.NONE);
        assertThat(second.parcelsBooked()).isEqualTo(first.parcelsBooked());
        assertThat(second.scansSent()).isEqualTo(first.scansSent());
        String a = ReviewCsv.write(reviews.review(Q3, Optional.of("SIM-REVIEW-A")));
        String b = ReviewCsv.write(reviews.review(Q3, Optional.of("SIM-REVIEW-B")));
        assertThat(b.getBytes(StandardCharsets.UTF_8)).isEqualTo(a.getBytes(StandardCharsets.UTF_8));
        assertThat(a).startsWith(ReviewCsv.HEADER + "\n").contains("volume,booked,,parcels,");
    }

    @Test
    void the_api_serves_the_review_to_admins_analysts_and_finance_and_to_no_one_else() {
        Http http = new Http(port);
        Http analyst = http.withKey(keys.issue("review analyst", Set.of(Role.ANALYST), Optional.empty()).key());
        Http finance = http.withKey(keys.issue("review finance", Set.of(Role.FINANCE), Optional.empty()).key());
        Http ops = http.withKey(keys.issue("review ops", Set.of(Role.POSTAL_OPS), Optional.of("INDIA-POST")).key());
        String path = "/api/v1/reviews/2026-Q3?shipper=" + SETTINGS.shipper();
        Http.Response json = analyst.get(path);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().get("quarter").asString()).isEqualTo("2026-Q3");
        assertThat(json.json().get("previousQuarter").asString()).isEqualTo("2026-Q2");
        assertThat(json.json().get("figures").size()).isEqualTo(review.figures().size());
        var booked = json.json().get("figures").get(0);
        assertThat(booked.get("kpi").asString()).isEqualTo("booked");
        assertThat(booked.get("values").get("quarter").asDouble()).isEqualTo(review.figures().getFirst().quarter().orElseThrow());
        assertThat(finance.get(path + "&format=csv").body()).isEqualTo(ReviewCsv.write(review));
        Http.Response pdf = http.withKey(org.daksetu.support.IntegrationTest.ADMIN_KEY).get(path + "&format=pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        Http.Response html = analyst.get(path + "&format=html");
        assertThat(html.body()).contains("<h1>DakSetu quarterly joint review 2026-Q3").contains("Action items");
        assertThat(ops.get(path).status()).isEqualTo(403);
        assertThat(http.get(path).status()).isEqualTo(401);
        Http.Response bad = analyst.get("/api/v1/reviews/2026-Q5");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("quarter").contains("2026-Q5");
    }

    @Test
    void the_review_and_simulate_commands_work_as_a_user_runs_them() throws Exception {
        java.nio.file.Path out = java.nio.file.Files.createTempDirectory("daksetu-review");
        String printed = runCommand("review", "--quarter", "2026-Q3", "--shipper", SETTINGS.shipper(), "--out", out.toString(),
                "--db-url", org.daksetu.support.TestDatabase.url());
        assertThat(printed).startsWith("0").contains("Review 2026-Q3 written");
        String base = "review-2026-Q3-" + SETTINGS.shipper();
        assertThat(java.nio.file.Files.readString(out.resolve(base + ".csv"))).isEqualTo(ReviewCsv.write(review));
        assertThat(java.nio.file.Files.readString(out.resolve(base + ".html"))).contains("Parcels by month").contains("<table");
        assertThat(java.nio.file.Files.readAllBytes(out.resolve(base + ".pdf"))).startsWith("%PDF-".getBytes(StandardCharsets.ISO_8859_1));

        String simulated = runCommand("simulate", "--from", "2026-08-03", "--days", "1", "--parcels-per-day", "25", "--seed", "5",
                "--shipper", "SIM-CLI", "--db-url", org.daksetu.support.TestDatabase.url());
        assertThat(simulated).startsWith("0").contains("Simulated 2026-08-03 to 2026-08-03 (seed 5, shipper SIM-CLI): 25 parcels booked");
        assertThat(jdbc.sql("SELECT count(*) FROM shipment WHERE shipper = 'SIM-CLI'").query(Long.class).single()).isEqualTo(25);
    }

    private static String runCommand(String... args) {
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
            exit = org.daksetu.platform.cli.DakSetuCommand.commandLine().execute(args);
        } finally {
            System.setOut(original);
        }
        return exit + "\n" + out.toString(StandardCharsets.UTF_8);
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("s", SETTINGS.shipper()).query(Long.class).single();
    }

    static boolean in(LocalDate day, Quarter q) {
        return day != null && !day.isBefore(q.start()) && !day.isAfter(q.end());
    }

    record Parcel(String article, String point, int pin, String zone, boolean cod, long codPaise, LocalDate bookedDay,
                  LocalDate handoverDay, LocalDate edd, String status, int attempts, LocalDate lastDay, long office, String hub,
                  LocalDate firstN, LocalDate rn) {
        LocalDate deliveredDay() {
            return "DELIVERED".equals(status) ? lastDay : null;
        }

        boolean onTime() {
            return !deliveredDay().isAfter(edd);
        }

        boolean firstAttemptOk() {
            return "DELIVERED".equals(status) && attempts == 0;
        }

        LocalDate firstAttemptDay() {
            return firstAttemptOk() ? deliveredDay() : firstN;
        }
    }

    record Bag(String lane, java.time.Instant departure, long kg, long parcels, boolean onOffer, long laneCapacityKg) {
    }

    record Money(long amountPaise, long collectedPaise, LocalDate collectionDate, LocalDate remittedOn, boolean confirmed,
                 LocalDate bookedDay) {
    }

    record PinFacts(boolean rural, boolean branches, String district, String circle) {
    }

    /** The base tables read per parcel, and every figure counted from them in plain Java. */
    final class Facts {
        final List<Parcel> parcels;
        final List<Object[]> failures;
        final Map<Integer, PinFacts> pins = new HashMap<>();

        Facts() {
            Map<String, LocalDate[]> exceptions = new HashMap<>();
            failures = new ArrayList<>();
            jdbc.sql("""
                    SELECT e.article, e.code, e.reason, (e.occurred_at AT TIME ZONE 'Asia/Kolkata')::date
                    FROM scan_event e JOIN shipment s ON e.article = s.article_number::text
                    WHERE s.shipper = :s AND e.code IN ('N', 'RN')""").param("s", SETTINGS.shipper()).query(rs -> {
                LocalDate day = rs.getObject(4, LocalDate.class);
                LocalDate[] x = exceptions.computeIfAbsent(rs.getString(1), a -> new LocalDate[2]);
                int i = rs.getString(2).equals("N") ? 0 : 1;
                x[i] = x[i] == null || day.isBefore(x[i]) ? day : x[i];
                if (i == 0) {
                    failures.add(new Object[] {rs.getString(3), day});
                }
            });
            parcels = jdbc.sql("""
                    SELECT s.article_number, s.pickup_point, s.pin, s.zone, s.payment_mode = 'COD', s.cod_amount_paise,
                           (s.booked_at AT TIME ZONE 'Asia/Kolkata')::date, (s.handover_at AT TIME ZONE 'Asia/Kolkata')::date, s.edd,
                           t.status, t.attempts, (t.last_at AT TIME ZONE 'Asia/Kolkata')::date, s.delivery_office_id, s.destination_hub
                    FROM shipment s LEFT JOIN tracking_state t ON t.article = s.article_number::text
                    WHERE s.shipper = :s AND s.status <> 'CANCELLED'""").param("s", SETTINGS.shipper())
                    .query((rs, n) -> {
                        LocalDate[] x = exceptions.getOrDefault(rs.getString(1), new LocalDate[2]);
                        return new Parcel(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getBoolean(5),
                                rs.getLong(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                                rs.getObject(9, LocalDate.class), rs.getString(10), rs.getInt(11), rs.getObject(12, LocalDate.class),
                                rs.getLong(13), rs.getString(14), x[0], x[1]);
                    }).list();
            Set<Integer> pinSet = new HashSet<>();
            parcels.forEach(p -> pinSet.add(p.pin()));
            Map<Integer, List<Object[]>> offices = new HashMap<>();
            jdbc.sql("SELECT pin, tier, office_id = delivery_office_id, district, circle FROM post_office WHERE pin = ANY(:pins)")
                    .param("pins", pinSet.toArray(Integer[]::new))
                    .query(rs -> {
                        offices.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new Object[] {rs.getString(2),
                                rs.getBoolean(3), rs.getString(4), rs.getString(5)});
                    });
            offices.forEach((pin, list) -> {
                long bo = list.stream().filter(o -> o[0].equals("BO")).count();
                Object[] delivering = list.stream().filter(o -> (Boolean) o[1]).findFirst().orElse(null);
                String district = delivering != null ? (String) delivering[2]
                        : list.stream().map(o -> (String) o[2]).filter(java.util.Objects::nonNull).sorted().findFirst().orElse(null);
                String circle = delivering != null ? (String) delivering[3]
                        : list.stream().map(o -> (String) o[3]).filter(java.util.Objects::nonNull).sorted().findFirst().orElse(null);
                pins.put(pin, new PinFacts(bo > 0 && 2 * bo >= list.size(), bo > 0, district, circle));
            });
        }

        /** The first and last day of each column: the quarter, its months, the previous quarter. */
        LocalDate[] period(int column) {
            if (column == Figure.QUARTER) {
                return new LocalDate[] {Q3.start(), Q3.end()};
            }
            if (column == Figure.PREVIOUS) {
                return new LocalDate[] {Q3.previous().start(), Q3.previous().end()};
            }
            YearMonth m = Q3.months().get(column - 1);
            return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
        }

        LocalDate[] before(int column) {
            if (column == Figure.QUARTER) {
                return period(Figure.PREVIOUS);
            }
            if (column == Figure.PREVIOUS) {
                return null;
            }
            YearMonth m = Q3.months().get(column - 1).minusMonths(1);
            return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
        }

        boolean inside(LocalDate day, LocalDate[] p) {
            return day != null && !day.isBefore(p[0]) && !day.isAfter(p[1]);
        }

        List<Parcel> booked(LocalDate[] p) {
            return parcels.stream().filter(x -> inside(x.bookedDay(), p)).toList();
        }

        List<Parcel> delivered(LocalDate[] p, Predicate<Parcel> which) {
            return parcels.stream().filter(x -> inside(x.deliveredDay(), p)).filter(which).toList();
        }

        Predicate<Parcel> dimension(String dim) {
            if (dim.isEmpty()) {
                return x -> true;
            }
            if (dim.startsWith("zone:")) {
                return x -> x.zone().equals(dim.substring(5));
            }
            if (dim.startsWith("area:")) {
                return x -> pins.get(x.pin()).rural() == dim.equals("area:rural");
            }
            if (dim.startsWith("circle:")) {
                return x -> String.valueOf(pins.get(x.pin()).circle()).equals(dim.substring(7));
            }
            throw new IllegalArgumentException(dim);
        }

        Optional<Double> expected(Figure f, int column) {
            LocalDate[] p = period(column);
            String dim = f.dimension();
            return switch (f.group() + "." + f.kpi()) {
                case "volume.booked" -> some(booked(p).size());
                case "volume.delivered" -> some(delivered(p, x -> true).size());
                case "volume.booked_growth" -> growth(before(column) == null ? null : booked(before(column)).size(), booked(p).size());
                case "volume.delivered_growth" -> growth(before(column) == null ? null : delivered(before(column), x -> true).size(),
                        delivered(p, x -> true).size());
                case "volume.returned_to_origin" -> some(parcels.stream().filter(x -> inside(x.rn(), p)).count());
                case "pickup_points.active" -> some(booked(p).stream().map(Parcel::point).distinct().count());
                case "pickup_points.booked" -> some(booked(p).stream().filter(x -> x.point().equals(dim)).count());
                case "promise.delivered" -> some(delivered(p, dimension(dim)).size());
                case "promise.on_time" -> ratio(delivered(p, dimension(dim)).stream().filter(Parcel::onTime).count(),
                        delivered(p, dimension(dim)).size());
                case "promise.transit_days_median" -> percentile(delivered(p, dimension(dim)), 0.5);
                case "promise.transit_days_p90" -> percentile(delivered(p, dimension(dim)), 0.9);
                case "last_mile.first_attempts" -> some(attempted(p).size());
                case "last_mile.first_attempt_rate" -> ratio(attempted(p).stream().filter(Parcel::firstAttemptOk).count(), attempted(p).size());
                case "last_mile.rto_rate" -> ratio(parcels.stream().filter(x -> inside(x.rn(), p)).count(), attempted(p).size());
                case "last_mile.non_delivery" -> some(failures(p, dim.substring(0, 2)));
                case "last_mile.non_delivery_share" -> ratio(failures(p, dim.substring(0, 2)), failures(p, null));
                case "cod.share" -> ratio(booked(p).stream().filter(Parcel::cod).count(), booked(p).size());
                case "cod.value_booked" -> some(booked(p).stream().mapToLong(Parcel::codPaise).sum() / 100.0);
                case "cod.delivered" -> some(delivered(p, Parcel::cod).size());
                case "cod.delivered_value" -> some(delivered(p, Parcel::cod).stream().mapToLong(Parcel::codPaise).sum() / 100.0);
                case "cod.collected" -> some(money().stream().filter(m -> inside(m.collectionDate(), p))
                        .mapToLong(Money::collectedPaise).sum() / 100.0);
                case "cod.remitted" -> some(money().stream().filter(m -> inside(m.remittedOn(), p)).mapToLong(Money::amountPaise).sum() / 100.0);
                case "cod.outstanding" -> some(money().stream().filter(m -> m.collectionDate() != null && !m.collectionDate().isAfter(p[1])
                        && (m.remittedOn() == null || m.remittedOn().isAfter(p[1]))).mapToLong(Money::collectedPaise).sum() / 100.0);
                case "cod.remittance_turnaround_days" -> {
                    List<Money> remitted = money().stream().filter(m -> inside(m.remittedOn(), p)).toList();
                    yield remitted.isEmpty() ? Optional.empty() : some(remitted.stream()
                            .mapToLong(m -> m.remittedOn().toEpochDay() - m.collectionDate().toEpochDay()).average().orElseThrow());
                }
                case "cod.remittances_confirmed" -> ratio(money().stream().filter(m -> inside(m.remittedOn(), p) && m.confirmed()).count(),
                        money().stream().filter(m -> inside(m.remittedOn(), p)).count());
                case "capacity.bags" -> some(bags(p).size());
                case "capacity.parcels_in_bags" -> some(bags(p).stream().mapToLong(Bag::parcels).sum());
                case "capacity.own_departures_utilisation" -> {
                    Map<String, long[]> departures = new TreeMap<>();
                    bags(p).stream().filter(b -> !b.onOffer()).forEach(b -> {
                        long[] kg = departures.computeIfAbsent(b.lane() + "@" + b.departure(), k -> new long[] {0, b.laneCapacityKg()});
                        kg[0] += b.kg();
                    });
                    long used = departures.values().stream().mapToLong(x -> x[0]).sum();
                    long capacity = departures.values().stream().mapToLong(x -> x[1]).sum();
                    yield departures.isEmpty() || capacity == 0 ? Optional.empty() : some(100.0 * used / capacity);
                }
                case "capacity.offered_bags" -> some(offeredBags(p));
                case "capacity.bags_on_offered_capacity" -> some(bags(p).stream().filter(Bag::onOffer).count());
                case "capacity.offered_capacity_used" -> ratio(bags(p).stream().filter(Bag::onOffer).count(), offeredBags(p));
                case "capacity.overflowed_bags" -> some(overflows(p).size());
                case "capacity.overflow_delay_days" -> overflows(p).isEmpty() ? Optional.empty()
                        : some(overflows(p).stream().mapToLong(x -> x[0]).average().orElseThrow());
                case "capacity.overflow_parcel_days" -> some(overflows(p).stream().mapToLong(x -> x[0] * x[1]).sum());
                // Every COD parcel delivered is collected in full and remitted on its cycle while the simulation runs; what is
                // left is money collected near its end whose due date (2 working days on) falls before the period's end.
                case "cod.open_discrepancies" -> some(money().stream().filter(m -> inside(m.bookedDay(), p) && m.collectionDate() != null
                        && m.remittedOn() == null && !org.daksetu.cod.domain.RemittanceCycle.DEFAULT.dueDate(m.collectionDate(),
                        transmission.calendar()::isWorkingDay).isAfter(p[1])).count());
                case "rural_reach.pins_served" -> some(delivered(p, x -> true).stream().map(Parcel::pin).distinct().count());
                case "rural_reach.districts_served" -> some(delivered(p, x -> true).stream().map(x -> pins.get(x.pin()).district())
                        .filter(java.util.Objects::nonNull).distinct().count());
                case "rural_reach.rural_share" -> ratio(delivered(p, x -> pins.get(x.pin()).rural()).size(), delivered(p, x -> true).size());
                case "rural_reach.branch_office_share" -> ratio(delivered(p, x -> pins.get(x.pin()).branches()).size(),
                        delivered(p, x -> true).size());
                case "rural_reach.new_pins" -> {
                    Map<Integer, LocalDate> firstDelivery = new TreeMap<>();
                    parcels.stream().filter(x -> x.deliveredDay() != null)
                            .forEach(x -> firstDelivery.merge(x.pin(), x.deliveredDay(), (a, b) -> a.isBefore(b) ? a : b));
                    yield some(firstDelivery.values().stream().filter(d -> inside(d, p)).count());
                }
                default -> throw new AssertionError("no independent count for " + f.group() + "." + f.kpi());
            };
        }

        List<Money> money;

        /** The shipper's bags that left in the period (IST day of the departure), from capacity_bag and the lane. */
        List<Bag> bags(LocalDate[] p) {
            return jdbc.sql("""
                    SELECT b.lane_id, b.departure, b.kg, b.parcels, b.offer_id IS NOT NULL, l.capacity_kg
                    FROM capacity_bag b JOIN lane l ON l.lane_id = b.lane_id
                    WHERE (b.departure AT TIME ZONE 'Asia/Kolkata')::date BETWEEN :f AND :t
                      AND b.bag IN (SELECT bag FROM capacity_bag_article GROUP BY bag HAVING min(shipper_id) = :s AND max(shipper_id) = :s)""")
                    .param("f", p[0]).param("t", p[1]).param("s", SETTINGS.shipper())
                    .query((rs, n) -> new Bag(rs.getString(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant(), rs.getLong(3),
                            rs.getLong(4), rs.getBoolean(5), rs.getLong(6))).list();
        }

        long offeredBags(LocalDate[] p) {
            return jdbc.sql("""
                    SELECT coalesce(sum(bags), 0) FROM capacity_offer WHERE party = :s AND status = 'OPEN'
                    AND (departs_at AT TIME ZONE 'Asia/Kolkata')::date BETWEEN :f AND :t""")
                    .param("s", SETTINGS.shipper()).param("f", p[0]).param("t", p[1]).query(Long.class).single();
        }

        /** Per overflow of the shipper's bags planned to leave in the period: {delay days, parcels}. */
        List<long[]> overflows(LocalDate[] p) {
            return jdbc.sql("""
                    SELECT o.delay_days, o.parcels FROM capacity_overflow o
                    WHERE (o.planned_departure AT TIME ZONE 'Asia/Kolkata')::date BETWEEN :f AND :t
                      AND o.bag IN (SELECT bag FROM capacity_bag_article GROUP BY bag HAVING min(shipper_id) = :s AND max(shipper_id) = :s)""")
                    .param("f", p[0]).param("t", p[1]).param("s", SETTINGS.shipper())
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        }

        /** The cod context's record of every COD article of the shipper, read per article. */
        List<Money> money() {
            if (money == null) {
                money = jdbc.sql("""
                        SELECT amount_paise, coalesce(collected_paise, 0), collection_date, remitted_on, confirmed_at IS NOT NULL,
                               (booked_at AT TIME ZONE 'Asia/Kolkata')::date
                        FROM cod_article WHERE shipper = :s AND cancelled_at IS NULL""").param("s", SETTINGS.shipper())
                        .query((rs, n) -> new Money(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                                rs.getObject(4, LocalDate.class), rs.getBoolean(5), rs.getObject(6, LocalDate.class))).list();
            }
            return money;
        }

        List<Parcel> attempted(LocalDate[] p) {
            return parcels.stream().filter(x -> inside(x.firstAttemptDay(), p)).toList();
        }

        long failures(LocalDate[] p, String reason) {
            return failures.stream().filter(x -> inside((LocalDate) x[1], p) && (reason == null || reason.equals(x[0]))).count();
        }

        /** Per lane: parcels delivered in the quarter whose itinerary runs over it, and how many of them were late. */
        Map<String, long[]> lanes() {
            Map<String, Boolean> lateByArticle = new HashMap<>();
            parcels.stream().filter(x -> in(x.deliveredDay(), Q3)).forEach(x -> lateByArticle.put(x.article(), !x.onTime()));
            Map<String, long[]> out = new HashMap<>();
            jdbc.sql("""
                    SELECT s.article_number, leg ->> 'lane' FROM shipment s JOIN shipment_itinerary i ON i.shipment_id = s.id
                    CROSS JOIN LATERAL jsonb_array_elements(i.itinerary) leg
                    WHERE s.shipper = :s AND leg ->> 'lane' IS NOT NULL""").param("s", SETTINGS.shipper()).query(rs -> {
                Boolean late = lateByArticle.get(rs.getString(1));
                if (late != null) {
                    long[] t = out.computeIfAbsent(rs.getString(2), k -> new long[2]);
                    t[0]++;
                    t[1] += late ? 1 : 0;
                }
            });
            return out;
        }

        Optional<Double> percentile(List<Parcel> delivered, double fraction) {
            if (delivered.isEmpty()) {
                return Optional.empty();
            }
            List<Long> days = delivered.stream().map(x -> x.deliveredDay().toEpochDay() - x.handoverDay().toEpochDay()).sorted().toList();
            return some(days.get((int) Math.ceil(fraction * days.size()) - 1));
        }

        Optional<Double> some(double value) {
            return Optional.of(value);
        }

        Optional<Double> ratio(double part, double whole) {
            return whole == 0 ? Optional.empty() : Optional.of(100.0 * part / whole);
        }

        Optional<Double> growth(Integer before, int now) {
            return before == null || before == 0 ? Optional.empty() : Optional.of(100.0 * ((double) now / before - 1));
        }
    }

}
