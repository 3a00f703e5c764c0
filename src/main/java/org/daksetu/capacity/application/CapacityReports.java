package org.daksetu.capacity.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.daksetu.capacity.domain.Room;
import org.daksetu.network.domain.routing.Lane;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.tracking.application.Delays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What capacity shows the partners (docs/CAPACITY.md): utilisation per lane and day, capacity
 * offered against used per partner, overflows and the delay they caused, and a seven-day forecast
 * of lane load from the parcels booked. Every report is a list of flat rows, so the API serves it
 * as JSON or as CSV alike.
 */
@Service
public class CapacityReports {

    /** Parcels in an average bag when the forecast turns parcels into bags (docs/CAPACITY.md). */
    public static final int PARCELS_PER_BAG = 30;
    /** Kilograms per parcel when the forecast turns parcels into weight. */
    public static final double KG_PER_PARCEL = 0.8;
    public static final int MAX_DAYS = 92;

    private final CapacityStore store;
    private final LaneDepartures departures;
    private final Delays delays;

    public CapacityReports(CapacityStore store, LaneDepartures departures, Delays delays) {
        this.store = store;
        this.departures = departures;
        this.delays = delays;
    }

    public record Utilisation(String lane, LocalDate day, int departures, int capacityBags, int capacityKg, int usedOwnBags,
                              int usedOwnKg, int offeredBags, int offeredKg, int usedOfferedBags, int usedOfferedKg,
                              int parcels, double ownUtilisation) {
    }

    /** Each lane that runs (or carried bags) on each day of [from, to]; one lane when given. */
    @Transactional(readOnly = true)
    public List<Utilisation> utilisation(LocalDate from, LocalDate to, Optional<String> laneId) {
        checkRange(from, to);
        laneId.ifPresent(departures::lane);
        Map<String, Map<LocalDate, int[]>> use = new HashMap<>();
        for (CapacityStore.LaneDayUse u : store.laneDayUse(from, to, laneId)) {
            int[] a = use.computeIfAbsent(u.laneId(), k -> new HashMap<>()).computeIfAbsent(u.day(), k -> new int[5]);
            int base = u.own() ? 0 : 2;
            a[base] += u.bags();
            a[base + 1] += u.kg();
            a[4] += u.parcels();
        }
        Map<String, Map<LocalDate, Room>> offered = new HashMap<>();
        for (CapacityStore.Offer o : store.offers(Optional.empty(), laneId, from.atStartOfDay(), to.plusDays(1).atStartOfDay())) {
            if (o.open()) {
                offered.computeIfAbsent(o.laneId(), k -> new HashMap<>()).merge(o.departsAt().toLocalDate(), o.room(), Room::plus);
            }
        }
        List<Lane> lanes = laneId.map(id -> List.of(departures.lane(id))).orElseGet(departures::lanes);
        List<Utilisation> out = new ArrayList<>();
        for (Lane lane : lanes.stream().sorted(Comparator.comparing(Lane::id)).toList()) {
            Map<LocalDate, int[]> laneUse = use.getOrDefault(lane.id(), Map.of());
            Map<LocalDate, Room> laneOffers = offered.getOrDefault(lane.id(), Map.of());
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                int runs = departures.between(lane, d.atStartOfDay(), d.plusDays(1).atStartOfDay()).size();
                int[] a = laneUse.getOrDefault(d, new int[5]);
                Room offer = laneOffers.getOrDefault(d, Room.NONE);
                if (runs == 0 && a[0] + a[2] == 0 && offer.bags() == 0) {
                    continue;
                }
                int capBags = runs * lane.capacityBags(), capKg = runs * lane.capacityKg();
                double utilisation = capBags == 0 ? 0 : Math.round(1000.0 * Math.max((double) a[0] / capBags,
                        capKg == 0 ? 0 : (double) a[1] / capKg)) / 10.0;
                out.add(new Utilisation(lane.id(), d, runs, capBags, capKg, a[0], a[1], offer.bags(), offer.kg(), a[2], a[3],
                        a[4], utilisation));
            }
        }
        return out;
    }

    public record PartnerUse(String party, int offers, int withdrawn, int offeredBags, int offeredKg, int usedBags, int usedKg,
                             int parcelsCarried) {
    }

    /** Per partner: offers made in [from, to] (by departure day), the room offered and what was used of it. */
    @Transactional(readOnly = true)
    public List<PartnerUse> partners(LocalDate from, LocalDate to) {
        checkRange(from, to);
        Map<String, long[]> byParty = new TreeMap<>();
        for (CapacityStore.Offer o : store.offers(Optional.empty(), Optional.empty(), from.atStartOfDay(), to.plusDays(1).atStartOfDay())) {
            long[] a = byParty.computeIfAbsent(o.party(), k -> new long[7]);
            a[0]++;
            if (!o.open()) {
                a[1]++;
                continue;
            }
            a[2] += o.room().bags();
            a[3] += o.room().kg();
            for (CapacityStore.OfferUse u : store.uses(o.id())) {
                a[6] += u.shipperParcels();
            }
            LocalDateTime t = o.departsAt();
            for (CapacityStore.Used u : store.used(List.of(o.laneId()), t, t.plusMinutes(1))) {
                if (u.offerId().equals(Optional.of(o.id()))) {
                    a[4] += u.bags();
                    a[5] += u.kg();
                }
            }
        }
        List<PartnerUse> out = new ArrayList<>();
        byParty.forEach((p, a) -> out.add(new PartnerUse(p, (int) a[0], (int) a[1], (int) a[2], (int) a[3], (int) a[4],
                (int) a[5], (int) a[6])));
        return out;
    }

    public record OverflowRow(String lane, LocalDate day, String cause, int bags, int parcels, long parcelDelayDays,
                              double averageDelayDays) {
    }

    /** Bags that missed their planned departure, per lane, planned day and cause, with the delay they caused. */
    @Transactional(readOnly = true)
    public List<OverflowRow> overflow(LocalDate from, LocalDate to) {
        checkRange(from, to);
        return store.overflows(from, to).stream().map(o -> new OverflowRow(o.laneId(), o.day(), o.cause(), o.bags(), o.parcels(),
                o.parcelDelayDays(), o.parcels() == 0 ? 0 : Math.round(100.0 * o.parcelDelayDays() / o.parcels()) / 100.0)).toList();
    }

    public record ForecastRow(String lane, LocalDate day, long parcels, int bags, int kg, int capacityBags, int capacityKg,
                              int offeredBags, double loadPercent, boolean overCapacity) {
    }

    /**
     * The next {@code days} days from {@code from}: parcels booked and not yet delivered whose
     * planned itinerary takes a lane that day, as bags and kg, against the lane's capacity that
     * day (own departures plus open offers).
     */
    @Transactional(readOnly = true)
    public List<ForecastRow> forecast(LocalDate from, int days) {
        return forecast(from, days, Map.of());
    }

    /** The forecast with some lanes' capacity per departure replaced (what-if). */
    public List<ForecastRow> forecast(LocalDate from, int days, Map<String, Room> capacityOverride) {
        if (days < 1 || days > 14) {
            throw new InvalidValueException("days", Integer.toString(days), "a forecast covers 1 to 14 days");
        }
        LocalDate to = from.plusDays(days - 1);
        Map<String, Map<LocalDate, Room>> offered = new HashMap<>();
        for (CapacityStore.Offer o : store.offers(Optional.empty(), Optional.empty(), from.atStartOfDay(), to.plusDays(1).atStartOfDay())) {
            if (o.open()) {
                offered.computeIfAbsent(o.laneId(), k -> new HashMap<>()).merge(o.departsAt().toLocalDate(), o.room(), Room::plus);
            }
        }
        List<ForecastRow> out = new ArrayList<>();
        for (Delays.LaneLoad load : delays.plannedLaneLoads(from, to)) {
            Optional<Lane> lane = departures.find(load.laneId());
            if (lane.isEmpty()) {
                continue;
            }
            int runs = departures.between(lane.get(), load.day().atStartOfDay(), load.day().plusDays(1).atStartOfDay()).size();
            Room perDeparture = capacityOverride.getOrDefault(lane.get().id(),
                    new Room(lane.get().capacityBags(), lane.get().capacityKg()));
            Room offer = offered.getOrDefault(lane.get().id(), Map.of()).getOrDefault(load.day(), Room.NONE);
            int bags = (int) Math.ceil((double) load.parcels() / PARCELS_PER_BAG);
            int kg = (int) Math.ceil(load.parcels() * KG_PER_PARCEL);
            int capBags = runs * perDeparture.bags() + offer.bags();
            int capKg = runs * perDeparture.kg() + offer.kg();
            double percent = capBags == 0 ? 100.0 : Math.round(1000.0 * Math.max((double) bags / capBags,
                    capKg == 0 ? 1 : (double) kg / capKg)) / 10.0;
            out.add(new ForecastRow(load.laneId(), load.day(), load.parcels(), bags, kg, runs * perDeparture.bags(),
                    runs * perDeparture.kg(), offer.bags(), percent, bags > capBags || kg > capKg));
        }
        return out;
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidValueException(from == null ? "from" : "to", "null", "a date like 2026-11-24 is required");
        }
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidValueException("to", to.toString(), "on or after from and within " + MAX_DAYS + " days of it");
        }
    }
}
