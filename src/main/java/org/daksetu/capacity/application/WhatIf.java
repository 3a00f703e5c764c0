package org.daksetu.capacity.application;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.daksetu.capacity.domain.Room;
import org.daksetu.network.application.NetworkDirectory;
import org.daksetu.network.application.PickupPoints;
import org.daksetu.network.application.Promises;
import org.daksetu.network.application.TransmissionPlanning;
import org.daksetu.network.domain.NetworkSnapshot;
import org.daksetu.network.domain.OfficeTier;
import org.daksetu.network.domain.PickupPoint;
import org.daksetu.network.domain.PinProfile;
import org.daksetu.network.domain.PostOffice;
import org.daksetu.network.domain.routing.DepartureSchedule;
import org.daksetu.network.domain.routing.Hub;
import org.daksetu.network.domain.routing.HubLevel;
import org.daksetu.network.domain.routing.Lane;
import org.daksetu.network.domain.routing.PromiseMatrix;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.network.domain.routing.TransmissionNetwork;
import org.daksetu.network.domain.routing.TransportMode;
import org.daksetu.shared.GeoPoint;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.Pin;
import org.daksetu.shared.Violations;
import org.springframework.stereotype.Service;

/**
 * What-if planning (docs/CAPACITY.md): a change is evaluated on a copy of the network with the
 * promise machinery itself (PromiseMatrix), never on the live network. The measure is taken over
 * every PIN, for a handover at noon on the coming Monday: the best promise any active pickup point
 * gives the PIN (a shipper ships from the pickup point that reaches it soonest). Before and after:
 * the average promised days over the PINs that can be promised, and the share of all PINs (and of
 * rural PINs) promised within 2, 3 and 5 days.
 */
@Service
public class WhatIf {

    public static final int MAX_CANDIDATES = 25;

    private final NetworkDirectory network;
    private final PickupPoints pickupPoints;
    private final Promises promises;
    private final TransmissionPlanning planning;
    private final CapacityReports reports;
    private final RoutingRules rules;
    private final Clock clock;

    public WhatIf(NetworkDirectory network, PickupPoints pickupPoints, Promises promises, TransmissionPlanning planning, CapacityReports reports,
                  RoutingRules rules, Clock clock) {
        this.network = network;
        this.pickupPoints = pickupPoints;
        this.promises = promises;
        this.planning = planning;
        this.reports = reports;
        this.rules = rules;
        this.clock = clock;
    }

    /** The measure of a network over all PINs. */
    public record Measure(int pins, int promised, double averageDays, double within2, double within3, double within5,
                          int ruralPins, double ruralWithin2, double ruralWithin3, double ruralWithin5) {
    }

    public record Comparison(String change, OffsetDateTime handover, Measure before, Measure after, int pinsFaster,
                             int pinsSlower, long millis, List<CapacityReports.ForecastRow> forecastBefore,
                             List<CapacityReports.ForecastRow> forecastAfter) {
    }

    /** A place for a new pickup point: a city (its hub's site, else its district's head office), or a PIN, or coordinates. */
    public record Candidate(String city, Integer pin, Double latitude, Double longitude) {
    }

    public record LaneChange(String from, String to, String mode, Double distanceKm, Integer transitMinutes, String days,
                             String departure, String cutoff, Integer capacityBags, Integer capacityKg) {
    }

    public record Ranked(int rank, String city, Comparison comparison) {
    }

    /** The best transit days per PIN (index as in the matrix's PINs), -1 when no pickup point can promise it. */
    private record Days(int[] pins, int[] days) {
    }

    // ---- a new pickup point

    public Comparison newPickupPoint(Candidate candidate) {
        long t = System.nanoTime();
        PromiseMatrix live = promises.matrix();
        NetworkSnapshot snapshot = network.snapshot();
        OffsetDateTime handover = handover();
        PickupPoint point = site(candidate, snapshot, "candidate");
        Days before = best(live, live.pickupPoints(), handover);
        PromiseMatrix alone = new PromiseMatrix(live.version() + "+what-if", snapshot, live.network(), List.of(point),
                live.calendar(), rules, handover.toLocalDateTime());
        Days after = combine(before, best(alone, List.of(point.code()), handover));
        return compare("new pickup point in " + point.city() + " (office " + point.officeId() + ")", handover, snapshot,
                before, after, t, List.of(), List.of());
    }

    /** Ranks cities for the next pickup point: lowest average promised days after, then most PINs within 3 days. */
    public List<Ranked> rank(List<Candidate> candidates) {
        if (candidates == null || candidates.isEmpty() || candidates.size() > MAX_CANDIDATES) {
            throw new InvalidValueException("candidates", candidates == null ? "null" : candidates.size() + " candidates",
                    "1 to " + MAX_CANDIDATES + " candidate cities");
        }
        NetworkSnapshot snapshot = network.snapshot();
        Violations v = new Violations();
        for (int i = 0; i < candidates.size(); i++) {
            int index = i;
            v.check(() -> site(candidates.get(index), snapshot, "candidates[" + index + "]"));
        }
        v.throwIfAny();
        List<Comparison> results = candidates.stream().map(this::newPickupPoint).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> results.get(i).after().averageDays())
                .thenComparing(i -> -results.get(i).after().within3()).thenComparing(i -> label(candidates.get(i))));
        List<Ranked> out = new ArrayList<>();
        for (int r = 0; r < order.size(); r++) {
            out.add(new Ranked(r + 1, label(candidates.get(order.get(r))), results.get(order.get(r))));
        }
        return out;
    }

    private static String label(Candidate c) {
        return c.city() != null ? c.city() : c.pin() != null ? "PIN " + c.pin() : c.latitude() + "," + c.longitude();
    }

    // ---- a new lane (or a changed one)

    public Comparison newLane(LaneChange change) {
        long t = System.nanoTime();
        Lane lane = lane(change);
        PromiseMatrix live = promises.matrix();
        NetworkSnapshot snapshot = network.snapshot();
        OffsetDateTime handover = handover();
        TransmissionNetwork changed = live.network().withLaneAdded(lane);
        PromiseMatrix after = new PromiseMatrix(live.version() + "+what-if", snapshot, changed,
                activePickupPoints(live), live.calendar(), rules, handover.toLocalDateTime());
        Days before = best(live, live.pickupPoints(), handover);
        return compare("lane " + lane.id() + (live.network().lane(lane.id()).isPresent() ? " changed" : " added"), handover,
                snapshot, before, best(after, after.pickupPoints(), handover), t, List.of(), List.of());
    }

    // ---- more capacity on a lane

    /**
     * More (or less) capacity per departure on one lane. The promise does not depend on capacity,
     * so the PIN measure stays as it is; what changes is the lane's forecast load and overflow.
     */
    public Comparison capacity(String laneId, Integer bags, Integer kg) {
        long t = System.nanoTime();
        Violations v = new Violations();
        Optional<Lane> lane = laneId == null ? Optional.empty() : planning.network().lane(laneId);
        if (lane.isEmpty()) {
            v.add("lane", laneId, "no lane has this id");
        }
        if (bags == null || bags < 0 || bags > 100_000) {
            v.add("capacityBags", bags, "bags per departure, 0 to 100000");
        }
        if (kg == null || kg < 0 || kg > 2_000_000) {
            v.add("capacityKg", kg, "kg per departure, 0 to 2000000");
        }
        v.throwIfAny();
        PromiseMatrix live = promises.matrix();
        OffsetDateTime handover = handover();
        Days before = best(live, live.pickupPoints(), handover);
        LocalDate today = LocalDate.now(clock.withZone(RoutingRules.IST));
        List<CapacityReports.ForecastRow> fb = reports.forecast(today, 7).stream().filter(r -> r.lane().equals(laneId)).toList();
        List<CapacityReports.ForecastRow> fa = reports.forecast(today, 7, Map.of(laneId, new Room(bags, kg))).stream()
                .filter(r -> r.lane().equals(laneId)).toList();
        return compare("capacity of lane " + laneId + " to " + bags + " bags, " + kg + " kg per departure", handover,
                network.snapshot(), before, before, t, fb, fa);
    }

    // ---- the measure

    private OffsetDateTime handover() {
        LocalDate monday = LocalDate.now(clock.withZone(RoutingRules.IST)).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return monday.atTime(LocalTime.NOON).atOffset(RoutingRules.IST_OFFSET);
    }

    private List<PickupPoint> activePickupPoints(PromiseMatrix live) {
        return pickupPoints.list(false).stream().filter(p -> live.pickupPoints().contains(p.code())).toList();
    }

    private static Days best(PromiseMatrix m, java.util.Collection<String> points, OffsetDateTime handover) {
        int[] pins = m.pins();
        int[] days = new int[pins.length];
        Arrays.fill(days, -1);
        long handoverDay = handover.toLocalDate().toEpochDay();
        for (String p : points) {
            for (int i = 0; i < pins.length; i++) {
                long edd = m.eddEpochDay(p, new Pin(pins[i]), handover);
                if (edd >= 0) {
                    int d = (int) (edd - handoverDay);
                    if (days[i] < 0 || d < days[i]) {
                        days[i] = d;
                    }
                }
            }
        }
        return new Days(pins, days);
    }

    private static Days combine(Days a, Days b) {
        int[] days = a.days().clone();
        for (int i = 0; i < days.length; i++) {
            if (b.days()[i] >= 0 && (days[i] < 0 || b.days()[i] < days[i])) {
                days[i] = b.days()[i];
            }
        }
        return new Days(a.pins(), days);
    }

    private Comparison compare(String change, OffsetDateTime handover, NetworkSnapshot snapshot, Days before, Days after,
                               long startNanos, List<CapacityReports.ForecastRow> fb, List<CapacityReports.ForecastRow> fa) {
        boolean[] rural = new boolean[before.pins().length];
        for (int i = 0; i < rural.length; i++) {
            rural[i] = snapshot.profile(new Pin(before.pins()[i])).map(PinProfile::rural).orElse(false);
        }
        int faster = 0, slower = 0;
        for (int i = 0; i < rural.length; i++) {
            int b = before.days()[i], a = after.days()[i];
            if (a >= 0 && (b < 0 || a < b)) {
                faster++;
            } else if (b >= 0 && (a < 0 || a > b)) {
                slower++;
            }
        }
        return new Comparison(change, handover, measure(before, rural), measure(after, rural), faster, slower,
                Duration.ofNanos(System.nanoTime() - startNanos).toMillis(), fb, fa);
    }

    static Measure measure(Days d, boolean[] rural) {
        int n = d.pins().length, promised = 0, ruralPins = 0;
        long sum = 0;
        int[] within = new int[3], ruralWithin = new int[3];
        int[] limits = {2, 3, 5};
        for (int i = 0; i < n; i++) {
            int days = d.days()[i];
            if (rural[i]) {
                ruralPins++;
            }
            if (days < 0) {
                continue;
            }
            promised++;
            sum += days;
            for (int k = 0; k < 3; k++) {
                if (days <= limits[k]) {
                    within[k]++;
                    if (rural[i]) {
                        ruralWithin[k]++;
                    }
                }
            }
        }
        return new Measure(n, promised, promised == 0 ? 0 : round(sum / (double) promised, 3), share(within[0], n),
                share(within[1], n), share(within[2], n), ruralPins, share(ruralWithin[0], ruralPins),
                share(ruralWithin[1], ruralPins), share(ruralWithin[2], ruralPins));
    }

    private static double share(int count, int of) {
        return of == 0 ? 0 : round(100.0 * count / of, 2);
    }

    private static double round(double x, int places) {
        double f = Math.pow(10, places);
        return Math.round(x * f) / f;
    }

    // ---- inputs

    PickupPoint site(Candidate c, NetworkSnapshot snapshot, String field) {
        if (c == null) {
            throw new InvalidValueException(field, "null", "a candidate names a city, a PIN, or latitude and longitude");
        }
        LocalDate today = LocalDate.now(clock.withZone(RoutingRules.IST));
        if (c.latitude() != null || c.longitude() != null) {
            if (c.latitude() == null || c.longitude() == null || c.latitude() < 6 || c.latitude() > 38
                    || c.longitude() < 68 || c.longitude() > 98) {
                throw new InvalidValueException(field + ".latitude", c.latitude() + "," + c.longitude(),
                        "both latitude and longitude, inside India (6..38 N, 68..98 E)");
            }
            GeoPoint place = new GeoPoint(c.latitude(), c.longitude());
            PostOffice nearest = snapshot.offices().stream().filter(o -> o.location().isPresent() && o.tier() != OfficeTier.BO)
                    .min(Comparator.comparingDouble(o -> o.location().get().distanceKm(place))).orElseThrow();
            return point(c.city() != null ? c.city() : "candidate", nearest, place, today);
        }
        if (c.pin() != null) {
            Optional<PinProfile> profile = c.pin() >= 100_000 && c.pin() <= 999_999 ? snapshot.profile(new Pin(c.pin()))
                    : Optional.empty();
            if (profile.isEmpty() || profile.get().deliveryOffice().location().isEmpty()) {
                throw new InvalidValueException(field + ".pin", Integer.toString(c.pin()), "a PIN with a located delivery office");
            }
            PostOffice office = profile.get().deliveryOffice();
            return point(c.city() != null ? c.city() : "PIN " + c.pin(), office, office.location().get(), today);
        }
        if (c.city() == null || c.city().isBlank()) {
            throw new InvalidValueException(field + ".city", String.valueOf(c.city()), "a city, a PIN, or coordinates is required");
        }
        String city = c.city().strip();
        Optional<Hub> hub = planning.network().hubs().stream().filter(h -> h.level() != HubLevel.NDC)
                .filter(h -> h.city().equalsIgnoreCase(city)).findFirst();
        if (hub.isPresent()) {
            Optional<PostOffice> office = snapshot.office(hub.get().officeId());
            if (office.isPresent()) {
                return point(city, office.get(), hub.get().location(), today);
            }
        }
        Optional<PostOffice> head = snapshot.offices().stream()
                .filter(o -> o.tier() == OfficeTier.HO && o.location().isPresent() && o.district().equalsIgnoreCase(city))
                .min(Comparator.comparingInt(o -> o.pin().value()));
        return head.map(o -> point(city, o, o.location().get(), today)).orElseThrow(() -> new InvalidValueException(field + ".city",
                city, "no hub city or district of that name; give a PIN or coordinates instead"));
    }

    private static PickupPoint point(String city, PostOffice office, GeoPoint place, LocalDate today) {
        String code = "WHATIF-" + city.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "").substring(0,
                Math.min(12, city.replaceAll("[^A-Za-z0-9]", "").length()));
        return new PickupPoint(code, "What-if pickup point in " + city, city, "near office " + office.id(), office.pin(),
                place, office.id(), office.location().map(place::distanceKm).orElse(0.0), today, Optional.empty(), 1);
    }

    private Lane lane(LaneChange c) {
        Violations v = new Violations();
        TransmissionNetwork net = planning.network();
        if (c == null) {
            throw new InvalidValueException("lane", "null", "the lane to add: from, to, mode, ...");
        }
        if (c.from() == null || net.hub(c.from()).isEmpty()) {
            v.add("from", c.from(), "must name an existing hub");
        }
        if (c.to() == null || net.hub(c.to()).isEmpty()) {
            v.add("to", c.to(), "must name an existing hub");
        }
        if (c.from() != null && c.from().equals(c.to())) {
            v.add("to", c.to(), "a lane joins two different hubs");
        }
        TransportMode mode = v.check(() -> {
            try {
                TransportMode m = TransportMode.valueOf(String.valueOf(c.mode()).toUpperCase(Locale.ROOT));
                if (m == TransportMode.BEAT) {
                    throw new IllegalArgumentException();
                }
                return m;
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("mode", String.valueOf(c.mode()), "ROAD, RAIL or AIR");
            }
        });
        Double km = c.distanceKm();
        if (km == null && c.from() != null && c.to() != null && net.hub(c.from()).isPresent() && net.hub(c.to()).isPresent()) {
            km = net.hub(c.from()).get().location().distanceKm(net.hub(c.to()).get().location()) * (mode == TransportMode.AIR ? 1 : rules.roadFactor());
        }
        if (km == null || km <= 0 || km > 5000) {
            v.add("distanceKm", km, "between 0 and 5000 km");
        }
        Integer minutes = c.transitMinutes();
        if (minutes == null && km != null) {
            double speed = mode == TransportMode.AIR ? 600 : mode == TransportMode.RAIL ? 40 : 45;
            int extra = mode == TransportMode.AIR ? 300 : mode == TransportMode.RAIL ? 360 : 60;
            minutes = (int) Math.ceil((km / speed * 60 + extra) / 15.0) * 15;
        }
        if (minutes == null || minutes <= 0 || minutes > 7 * 24 * 60) {
            v.add("transitMinutes", minutes, "between 1 minute and 7 days");
        }
        var days = v.check(() -> parse("days", c.days() == null ? "DAILY" : c.days(), DepartureSchedule::parseDays));
        LocalTime departure = v.check(() -> parse("departure", c.departure() == null ? "23:30" : c.departure(), LocalTime::parse));
        LocalTime cutoff = v.check(() -> parse("cutoff", c.cutoff() == null ? "22:30" : c.cutoff(), LocalTime::parse));
        int bags = c.capacityBags() == null ? 300 : c.capacityBags();
        int kg = c.capacityKg() == null ? 6000 : c.capacityKg();
        if (bags < 0 || kg < 0) {
            v.add("capacityBags", bags + " bags, " + kg + " kg", "capacity is not negative");
        }
        v.throwIfAny();
        return new Lane(Lane.idOf(c.from(), c.to(), mode), c.from(), c.to(), mode, km, Duration.ofMinutes(minutes),
                new DepartureSchedule(days, departure, cutoff, true), bags, kg, true);
    }

    private static <T> T parse(String field, String text, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text.trim());
        } catch (RuntimeException e) {
            throw new InvalidValueException(field, text, "does not parse");
        }
    }

}
