package org.daksetu.network.domain.routing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import org.daksetu.network.domain.NetworkSnapshot;
import org.daksetu.network.domain.PickupPoint;
import org.daksetu.network.domain.PinProfile;
import org.daksetu.network.domain.PostOffice;
import org.daksetu.shared.GeoPoint;
import org.daksetu.shared.Pin;

/**
 * Every pickup point to every PIN, planned once per network version and held in memory.
 *
 * <p>What is planned once: for each pickup point, its origin hub and the lanes to every other
 * hub (earliest arrival for a reference handover, by a time-dependent Dijkstra over the lanes'
 * schedules); for each PIN, its delivery office, its hub and the dispatch to it; for each pair,
 * the distance and tariff zone. What is evaluated per question: the real times of those legs for
 * the given handover, honouring cut-offs, schedules and the business calendar. So a promise costs
 * a walk over a handful of legs, and a route is the same for every handover (dddsample's
 * itinerary: a plan, checked later against what happened).
 *
 * <p>Times inside are minutes since the epoch in India Standard Time wall-clock terms.
 */
public final class PromiseMatrix {

    private static final long EPOCH_BASE_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final int CALENDAR_DAYS = 366 * 60;
    private static final int SEARCH_DAYS = 21;
    private static final int DAY = 1440;

    /** Why a pair has no promise; every unreachable pair has one. */
    public record Unreachable(String pickupPoint, int pin, String reason) {
    }

    private record CompiledLane(Lane lane, Optional<String> id, int from, int to, int dayMask, int departure, int lead,
                                int transit, boolean runsOnHolidays) {
    }

    /** A time as the API shows it, remembered by its minute: promises keep naming the same few departure times. */
    private record Stamp(long minute, OffsetDateTime time) {
    }

    private record Origin(PickupPoint point, long officeId, int hub, int pickupTransit, int[][] routes, String district,
                          float[] distanceKm) {
    }

    private record Destination(PinProfile profile, PostOffice deliveryOffice, int hub, long placeOfficeId,
                               String placeCode, int dispatchTransit, Optional<String> unreachable, String door) {
    }

    private final RoutingRules rules;
    private final BusinessCalendar calendar;
    private final TransmissionNetwork network;
    private final Hub[] hubs;
    private final Map<String, Integer> hubIndex = new HashMap<>();
    private final CompiledLane[] lanes;
    private final int[][] outgoing;
    private final boolean[] holiday = new boolean[CALENDAR_DAYS];
    private final Set<Long> officesWithClosures = new HashSet<>();
    private final Map<String, Origin> origins = new HashMap<>();
    private final Destination[] destinations = new Destination[900_000];
    /** The index of each PIN in {@link #pins}, by PIN - 100000; -1 for PINs without offices. */
    private final int[] pinIndex = new int[900_000];
    private final int[] pins;
    private final String version;

    public PromiseMatrix(String version, NetworkSnapshot offices, TransmissionNetwork network, Collection<PickupPoint> pickupPoints,
                         BusinessCalendar calendar, RoutingRules rules, LocalDateTime reference) {
        this.version = version;
        this.rules = rules;
        this.calendar = calendar;
        this.network = network;
        this.hubs = network.hubs().toArray(Hub[]::new);
        for (int i = 0; i < hubs.length; i++) {
            hubIndex.put(hubs[i].code(), i);
        }
        this.lanes = network.lanes().stream().filter(Lane::active).map(this::compile).toArray(CompiledLane[]::new);
        this.outgoing = outgoingLanes();
        for (LocalDate d : calendar.holidayDates()) {
            long i = d.toEpochDay() - EPOCH_BASE_DAY;
            if (i >= 0 && i < CALENDAR_DAYS) {
                holiday[(int) i] = true;
            }
        }
        calendar.closures().forEach(c -> officesWithClosures.add(c.officeId()));
        this.pins = offices.offices().stream().mapToInt(o -> o.pin().value()).distinct().sorted().toArray();
        Arrays.fill(pinIndex, -1);
        for (int i = 0; i < pins.length; i++) {
            destinations[pins[i] - 100_000] = destination(offices.profile(new Pin(pins[i])).orElseThrow());
            pinIndex[pins[i] - 100_000] = i;
        }
        long referenceMinute = minuteOf(reference);
        for (PickupPoint p : pickupPoints) {
            if (p.retiredOn().isEmpty()) {
                origins.put(p.code(), origin(p, offices, referenceMinute));
            }
        }
    }

    public String version() {
        return version;
    }

    public TransmissionNetwork network() {
        return network;
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public Set<String> pickupPoints() {
        return origins.keySet();
    }

    public int[] pins() {
        return pins.clone();
    }

    public Optional<Hub> originHub(String pickupPoint) {
        return Optional.ofNullable(origins.get(pickupPoint)).map(o -> hubs[o.hub()]);
    }

    // ---- building

    private CompiledLane compile(Lane lane) {
        DepartureSchedule s = lane.schedule();
        return new CompiledLane(lane, Optional.of(lane.id()), hubIndex.get(lane.from()), hubIndex.get(lane.to()), s.dayMask(),
                s.departure().toSecondOfDay() / 60, s.cutoffLeadMinutes(), (int) lane.transit().toMinutes(), s.runsOnHolidays());
    }

    private int[][] outgoingLanes() {
        List<List<Integer>> byHub = new ArrayList<>();
        for (int i = 0; i < hubs.length; i++) {
            byHub.add(new ArrayList<>());
        }
        for (int i = 0; i < lanes.length; i++) {
            byHub.get(lanes[i].from()).add(i);
        }
        return byHub.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    private Destination destination(PinProfile profile) {
        PostOffice delivery = profile.deliveryOffice();
        if (!profile.serviceable()) {
            return new Destination(profile, delivery, -1, delivery.id(), Long.toString(delivery.id()), 0,
                    profile.notServiceableReason(), "DOOR-" + profile.pin());
        }
        Optional<OfficeHubAssignment> assignment = network.assignment(profile.pin().value());
        if (assignment.isEmpty()) {
            return new Destination(profile, delivery, -1, delivery.id(), Long.toString(delivery.id()), 0,
                    Optional.of("no hub serves its delivery office " + delivery.id()), "DOOR-" + profile.pin());
        }
        int hub = hubIndex.get(assignment.get().hubCode());
        Optional<Hub> ndc = assignment.get().ndcCode().flatMap(network::hub);
        long placeOffice = ndc.map(Hub::officeId).orElse(delivery.id());
        String placeCode = ndc.map(Hub::code).orElse(Long.toString(delivery.id()));
        GeoPoint place = ndc.map(Hub::location).or(delivery::location).orElse(hubs[hub].location());
        return new Destination(profile, delivery, hub, placeOffice, placeCode,
                rules.localTransitMinutes(hubs[hub].location().distanceKm(place)), Optional.empty(), "DOOR-" + profile.pin());
    }

    private Origin origin(PickupPoint point, NetworkSnapshot offices, long referenceMinute) {
        Hub hub = network.nearestSortingHub(point.location()).orElse(null);
        String district = offices.office(point.officeId()).map(PostOffice::district).orElse("");
        float[] km = new float[pins.length];
        for (int i = 0; i < pins.length; i++) {
            Destination d = destinations[pins[i] - 100_000];
            km[i] = (float) point.location().distanceKm(d.deliveryOffice().location().orElse(point.location()));
        }
        if (hub == null) {
            return new Origin(point, point.officeId(), -1, 0, new int[0][], district, km);
        }
        int h = hubIndex.get(hub.code());
        int transit = rules.localTransitMinutes(point.location().distanceKm(hub.location()));
        long arrival = pickupDeparture(point.officeId(), referenceMinute) + transit;
        return new Origin(point, point.officeId(), h, transit, routesFrom(h, arrival), district, km);
    }

    /** Earliest-arrival search over the lanes from one hub; returns, per hub, the lanes to take (null: unreachable). */
    private int[][] routesFrom(int start, long arrivalAtStart) {
        long[] arrival = new long[hubs.length];
        int[] via = new int[hubs.length];
        Arrays.fill(arrival, Long.MAX_VALUE);
        Arrays.fill(via, -1);
        arrival[start] = arrivalAtStart;
        PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        queue.add(new long[] {arrivalAtStart, start});
        while (!queue.isEmpty()) {
            long[] head = queue.poll();
            int hub = (int) head[1];
            if (head[0] > arrival[hub]) {
                continue;
            }
            long ready = head[0] + rules.hubProcessingMinutes();
            for (int laneIndex : outgoing[hub]) {
                CompiledLane lane = lanes[laneIndex];
                long departure = nextDeparture(lane, ready);
                if (departure < 0) {
                    continue;
                }
                long reached = departure + lane.transit();
                if (reached < arrival[lane.to()]) {
                    arrival[lane.to()] = reached;
                    via[lane.to()] = laneIndex;
                    queue.add(new long[] {reached, lane.to()});
                }
            }
        }
        int[][] routes = new int[hubs.length][];
        for (int target = 0; target < hubs.length; target++) {
            if (arrival[target] == Long.MAX_VALUE) {
                continue;
            }
            List<Integer> path = new ArrayList<>();
            for (int h = target; h != start; h = lanes[via[h]].from()) {
                path.addFirst(via[h]);
            }
            routes[target] = path.stream().mapToInt(Integer::intValue).toArray();
        }
        return routes;
    }

    // ---- the calendar and schedules, in minutes

    private static int dayOfWeekIndex(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7); // 1970-01-01 was a Thursday; 0 = Monday
    }

    private boolean isHoliday(long epochDay) {
        long i = epochDay - EPOCH_BASE_DAY;
        return i >= 0 && i < CALENDAR_DAYS && holiday[(int) i];
    }

    private boolean officeOpen(long officeId, long epochDay) {
        if (dayOfWeekIndex(epochDay) == 6 || isHoliday(epochDay)) {
            return false;
        }
        return !officesWithClosures.contains(officeId) || calendar.isOfficeOpen(officeId, LocalDate.ofEpochDay(epochDay));
    }

    private long nextDeparture(CompiledLane lane, long ready) {
        long firstDay = Math.floorDiv(ready, DAY);
        for (long d = firstDay; d < firstDay + SEARCH_DAYS; d++) {
            if ((lane.dayMask() >> dayOfWeekIndex(d) & 1) == 0 || (!lane.runsOnHolidays() && isHoliday(d))) {
                continue;
            }
            long departure = d * DAY + lane.departure();
            if (ready <= departure - lane.lead()) {
                return departure;
            }
        }
        return -1;
    }

    /** The first run leaving an office's place on a day it is open, whose cut-off the parcel makes. */
    private long runFrom(long officeId, long ready, LocalTime cutoff, LocalTime departure) {
        int cut = cutoff.toSecondOfDay() / 60;
        int dep = departure.toSecondOfDay() / 60;
        long firstDay = Math.floorDiv(ready, DAY);
        for (long d = firstDay; d < firstDay + SEARCH_DAYS; d++) {
            if (officeOpen(officeId, d) && ready <= d * DAY + cut) {
                return d * DAY + dep;
            }
        }
        return -1;
    }

    private long pickupDeparture(long officeId, long handover) {
        return runFrom(officeId, handover, rules.pickupCutoff(), rules.pickupDeparture());
    }

    private long deliveredAt(long officeId, long arrival) {
        int beat = rules.beatStart().toSecondOfDay() / 60;
        int done = rules.deliveredBy().toSecondOfDay() / 60;
        long firstDay = Math.floorDiv(arrival, DAY);
        for (long d = firstDay; d < firstDay + SEARCH_DAYS; d++) {
            if (officeOpen(officeId, d) && arrival <= d * DAY + beat) {
                return d * DAY + done;
            }
        }
        return -1;
    }

    /** An instant as minutes of IST wall-clock time, without building dates (India keeps one offset all year). */
    static long istMinute(OffsetDateTime at) {
        return Math.floorDiv(at.toEpochSecond(), 60) + RoutingRules.IST_OFFSET.getTotalSeconds() / 60;
    }

    static long minuteOf(LocalDateTime istWallClock) {
        return istWallClock.toEpochSecond(ZoneOffset.UTC) / 60;
    }

    static OffsetDateTime timeOf(long minute) {
        return LocalDateTime.ofEpochSecond(minute * 60, 0, ZoneOffset.UTC).atOffset(RoutingRules.IST_OFFSET);
    }

    private final Stamp[] stamps = new Stamp[1 << 14];

    /** {@link #timeOf}, from a small direct-mapped cache; a racing write only costs a recomputation. */
    private OffsetDateTime time(long minute) {
        int slot = (int) (minute ^ (minute >>> 14)) & (stamps.length - 1);
        Stamp stamp = stamps[slot];
        if (stamp == null || stamp.minute() != minute) {
            stamp = new Stamp(minute, timeOf(minute));
            stamps[slot] = stamp;
        }
        return stamp.time();
    }

    // ---- questions

    /** Why this pair cannot be promised, or empty when it can. */
    public Optional<String> unreachable(String pickupPoint, Pin pin) {
        Origin origin = origins.get(pickupPoint);
        Destination destination = destinations[pin.value() - 100_000];
        if (origin == null) {
            return Optional.of("pickup point " + pickupPoint + " is unknown or retired");
        }
        if (destination == null) {
            return Optional.of("no post office has PIN " + pin);
        }
        if (destination.unreachable().isPresent()) {
            return destination.unreachable();
        }
        if (origin.hub() < 0) {
            return Optional.of("the network has no hub to take parcels from " + pickupPoint);
        }
        if (origin.routes()[destination.hub()] == null) {
            return Optional.of("no lane path from hub " + hubs[origin.hub()].code() + " to hub " + hubs[destination.hub()].code());
        }
        return Optional.empty();
    }

    /** Every pair that cannot be promised, with the reason: the matrix has no silent gaps. */
    public List<Unreachable> unreachablePairs(String pickupPoint) {
        List<Unreachable> result = new ArrayList<>();
        for (int pin : pins) {
            unreachable(pickupPoint, new Pin(pin)).ifPresent(r -> result.add(new Unreachable(pickupPoint, pin, r)));
        }
        return result;
    }

    public double distanceKm(String pickupPoint, Pin pin) {
        return distanceKm(origins.get(pickupPoint), destinations[pin.value() - 100_000]);
    }

    /** Precomputed per pickup point and PIN when the matrix is built. */
    private double distanceKm(Origin o, Destination d) {
        return o.distanceKm()[pinIndex[d.profile().pin().value() - 100_000]];
    }

    /**
     * The tariff zone: by the great-circle distance from the pickup point to the PIN's delivery
     * office; local when both are in the same district and no further apart than the local radius.
     */
    public TariffZone zone(String pickupPoint, Pin pin) {
        Origin o = origins.get(pickupPoint);
        Destination d = destinations[pin.value() - 100_000];
        return zone(o, d, distanceKm(o, d));
    }

    private TariffZone zone(Origin o, Destination d, double km) {
        if (km <= rules.localZoneKm() && o.district().equalsIgnoreCase(d.deliveryOffice().district())) {
            return TariffZone.LOCAL;
        }
        return TariffZone.forDistance(km);
    }

    /** The delivery day (epoch day, IST) for a handover, or -1 when no date can be promised; no itinerary is built. */
    public long eddEpochDay(String pickupPoint, Pin pin, OffsetDateTime handoverAt) {
        if (unreachable(pickupPoint, pin).isPresent()) {
            return -1;
        }
        long delivered = walk(origins.get(pickupPoint), destinations[pin.value() - 100_000], istMinute(handoverAt), null);
        return delivered < 0 ? -1 : Math.floorDiv(delivered, DAY);
    }

    /** The full promise with its itinerary; empty when the pair is unreachable (see {@link #unreachable}). */
    public Optional<DeliveryPromise> promise(String pickupPoint, Pin pin, OffsetDateTime handoverAt) {
        if (unreachable(pickupPoint, pin).isPresent()) {
            return Optional.empty();
        }
        Origin origin = origins.get(pickupPoint);
        Destination destination = destinations[pin.value() - 100_000];
        // India keeps one offset all year, so IST is a fixed offset and needs no zone rules.
        OffsetDateTime handover = handoverAt.withOffsetSameInstant(RoutingRules.IST_OFFSET);
        List<Leg> legs = new ArrayList<>(8);
        long delivered = walk(origin, destination, istMinute(handoverAt), legs);
        if (delivered < 0) {
            return Optional.empty();
        }
        LocalDate edd = LocalDate.ofEpochDay(Math.floorDiv(delivered, DAY));
        int transitDays = (int) (edd.toEpochDay() - handover.toLocalDate().toEpochDay());
        double km = distanceKm(origin, destination);
        return Optional.of(new DeliveryPromise(pickupPoint, pin, handover, edd, transitDays, zone(origin, destination, km),
                Math.round(km * 10) / 10.0, hubs[destination.hub()].code(),
                destination.deliveryOffice().id(), new Itinerary(legs)));
    }

    /** Follows the planned legs from the handover; records them when {@code legs} is given. Returns the delivery minute or -1. */
    private long walk(Origin origin, Destination destination, long handover, List<Leg> legs) {
        long departure = pickupDeparture(origin.officeId(), handover);
        if (departure < 0) {
            return -1;
        }
        long arrival = departure + origin.pickupTransit();
        String place = hubs[origin.hub()].code();
        if (legs != null) {
            legs.add(new Leg(LegKind.PICKUP, origin.point().code(), place, Optional.empty(), TransportMode.ROAD,
                    time(departure), time(arrival)));
        }
        for (int laneIndex : origin.routes()[destination.hub()]) {
            CompiledLane lane = lanes[laneIndex];
            departure = nextDeparture(lane, arrival + rules.hubProcessingMinutes());
            if (departure < 0) {
                return -1;
            }
            arrival = departure + lane.transit();
            if (legs != null) {
                legs.add(new Leg(LegKind.TRANSMISSION, lane.lane().from(), lane.lane().to(), lane.id(),
                        lane.lane().mode(), time(departure), time(arrival)));
            }
        }
        departure = runFrom(destination.placeOfficeId(), arrival + rules.hubProcessingMinutes(), rules.dispatchCutoff(),
                rules.dispatchDeparture());
        if (departure < 0) {
            return -1;
        }
        arrival = departure + destination.dispatchTransit();
        if (legs != null) {
            legs.add(new Leg(LegKind.DISPATCH, hubs[destination.hub()].code(), destination.placeCode(), Optional.empty(),
                    TransportMode.ROAD, time(departure), time(arrival)));
        }
        long delivered = deliveredAt(destination.placeOfficeId(), arrival);
        if (delivered < 0) {
            return -1;
        }
        if (legs != null) {
            long beat = Math.floorDiv(delivered, DAY) * DAY + rules.beatStart().toSecondOfDay() / 60;
            legs.add(new Leg(LegKind.DELIVERY, destination.placeCode(), destination.door(), Optional.empty(),
                    TransportMode.BEAT, time(beat), time(delivered)));
        }
        return delivered;
    }
}
