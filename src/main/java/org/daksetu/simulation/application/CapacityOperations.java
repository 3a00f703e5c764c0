package org.daksetu.simulation.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.daksetu.capacity.application.BagAllocation;
import org.daksetu.capacity.application.CapacityOffers;
import org.daksetu.simulation.domain.Journey;
import org.daksetu.simulation.domain.PlannedLeg;
import org.daksetu.simulation.domain.SimulationSettings;

/**
 * Shared capacity in a simulation, through the capacity context's services: at noon of every day
 * the hubs close the bags of the departures of the next 24 hours (parcels of one lane departure,
 * up to 50 kg and 1,000 parcels a bag), the shipper offers room on its own trucks on the three
 * lanes that carry most of its bags that day (a quarter of their bags), and the allocation run
 * puts every waiting bag on a departure: the lane's own capacity, an offer, or a later one (overflow,
 * with the parcels' promises revised by the capacity context).
 */
final class CapacityOperations {

    static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    static final int MAX_BAG_GRAMS = BagAllocation.MAX_BAG_KG * 1000;
    static final double OFFERED_SHARE = 0.25;
    static final int OFFERED_LANES = 3;

    record Carried(String article, int grams) {
    }

    private final BagAllocation allocation;
    private final CapacityOffers offers;
    private final SimulationSettings s;
    /** Parcels to bag, by IST day of the departure, then by lane, hub and departure time. */
    private final TreeMap<Long, TreeMap<String, List<Carried>>> toBag = new TreeMap<>();
    long bags, offered, allocatedOnOffers, overflowed, nanos;

    CapacityOperations(BagAllocation allocation, CapacityOffers offers, SimulationSettings s) {
        this.allocation = allocation;
        this.offers = offers;
        this.s = s;
    }

    /** Files the lane legs of a booked parcel under the days of their departures. */
    void booked(String article, int grams, List<PlannedLeg> legs) {
        for (PlannedLeg leg : legs) {
            if (leg.kind().equals("TRANSMISSION") && leg.lane() != null) {
                String key = leg.lane() + "|" + leg.from() + "|" + leg.departure();
                toBag.computeIfAbsent(Journey.istDay(leg.departure()), d -> new TreeMap<>())
                        .computeIfAbsent(key, k -> new ArrayList<>()).add(new Carried(article, grams));
            }
        }
    }

    /** Noon of {@code day}: bags of the departures from then to noon the next day, offers, allocation. */
    void run(LocalDate day) {
        long t = System.nanoTime();
        OffsetDateTime noon = day.atTime(LocalTime.NOON).atZone(IST).toOffsetDateTime();
        TreeMap<String, List<Carried>> due = new TreeMap<>();
        for (long d : new long[] {day.toEpochDay(), day.toEpochDay() + 1}) {
            TreeMap<String, List<Carried>> byDeparture = toBag.get(d);
            if (byDeparture == null) {
                continue;
            }
            for (var it = byDeparture.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                long departure = Long.parseLong(e.getKey().substring(e.getKey().lastIndexOf('|') + 1));
                if (departure >= noon.toEpochSecond() && departure < noon.toEpochSecond() + Journey.DAY_SECONDS) {
                    due.put(e.getKey(), e.getValue());
                    it.remove();
                }
            }
            if (byDeparture.isEmpty()) {
                toBag.remove(d);
            }
        }
        toBag.headMap(day.toEpochDay()).clear(); // departures before this noon were not bagged in time: left out
        if (due.isEmpty()) {
            nanos += System.nanoTime() - t;
            return;
        }
        List<BagAllocation.BagClosing> closing = new ArrayList<>();
        Map<String, Integer> bagsPerLane = new TreeMap<>();
        Map<String, Long> firstDeparture = new TreeMap<>();
        String prefix = "S" + s.seed() + "-" + s.shipper().hashCode() % 1000 + "-" + day.toString().replace("-", "") + "-";
        due.forEach((key, parcels) -> {
            String[] parts = key.split("\\|");
            String lane = parts[0];
            long departure = Long.parseLong(parts[2]);
            firstDeparture.merge(lane, departure, Math::min);
            List<String> articles = new ArrayList<>();
            int grams = 0;
            for (Carried c : parcels) {
                if (!articles.isEmpty() && (grams + c.grams() > MAX_BAG_GRAMS || articles.size() >= BagAllocation.MAX_ARTICLES_PER_BAG)) {
                    closing.add(bag(prefix + closing.size(), parts[1], lane, noon, grams, articles));
                    bagsPerLane.merge(lane, 1, Integer::sum);
                    articles = new ArrayList<>();
                    grams = 0;
                }
                articles.add(c.article());
                grams += c.grams();
            }
            closing.add(bag(prefix + closing.size(), parts[1], lane, noon, grams, articles));
            bagsPerLane.merge(lane, 1, Integer::sum);
        });
        // The shipper's own trucks: room on the lanes it fills most today, on their first departure.
        List<CapacityOffers.OfferDraft> drafts = bagsPerLane.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(OFFERED_LANES)
                .filter(e -> e.getValue() >= 2)
                .map(e -> new CapacityOffers.OfferDraft(e.getKey(),
                        OffsetDateTime.ofInstant(Instant.ofEpochSecond(firstDeparture.get(e.getKey())), IST),
                        "SIM-TRUCK-" + Math.abs(e.getKey().hashCode() % 100), Math.max(1, (int) (e.getValue() * OFFERED_SHARE)),
                        Math.max(1, (int) (e.getValue() * OFFERED_SHARE)) * BagAllocation.MAX_BAG_KG, "simulated return leg"))
                .toList();
        if (!drafts.isEmpty()) {
            offers.offerAll(s.shipper(), drafts, noon);
            offered += drafts.size();
        }
        for (int i = 0; i < closing.size(); i += BagAllocation.MAX_BAGS) {
            allocation.close(closing.subList(i, Math.min(closing.size(), i + BagAllocation.MAX_BAGS)), noon);
        }
        bags += closing.size();
        BagAllocation.AllocationReport report = allocation.allocate(noon, Optional.empty());
        allocatedOnOffers += report.onOfferedCapacity();
        overflowed += report.overflowed();
        nanos += System.nanoTime() - t;
    }

    private static BagAllocation.BagClosing bag(String id, String hub, String lane, OffsetDateTime at, int grams, List<String> articles) {
        return new BagAllocation.BagClosing(id, hub, lane, null, at, Math.max(1, Math.min(BagAllocation.MAX_BAG_KG, (grams + 999) / 1000)),
                List.copyOf(articles));
    }

}
