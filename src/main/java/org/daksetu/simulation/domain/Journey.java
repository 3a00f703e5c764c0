package org.daksetu.simulation.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The scans one parcel will get, planned at booking from its itinerary and its fate: booked at the
 * pickup point, dispatched and received along every leg (a day later wherever a lane runs late),
 * out for delivery, then delivered or not delivered with a reason; re-attempted on the next working
 * day up to the limit, or returned to the shipper when the reason ends the delivery or the attempts
 * run out (item returned at the office, delivered back at the pickup point after the same transit).
 */
public final class Journey {

    static final long IST_OFFSET = 19_800;
    static final long DAY = 86_400;
    public static final long DAY_SECONDS = DAY;
    static final double MAX_FAILURE = 0.9;
    /** Re-attempts fail less: the addressee was told the parcel is coming. */
    static final double REATTEMPT_FACTOR = 0.8;
    static final double COD_FAILURE_FACTOR = 1.25;

    private Journey() {
    }

    public record Fate(boolean rural, boolean cod, double officeFactor) {
    }

    /**
     * The way to the delivery office: the scans up to and including the arrival there, the time of
     * that arrival (shifted by late lanes), and the delivery leg (absent for an itinerary without one).
     */
    public record Transit(List<SimScan> scans, long arrival, long shift, java.util.Optional<PlannedLeg> delivery) {
    }

    public static Transit transit(List<PlannedLeg> legs, LaneDelays delays) {
        List<SimScan> out = new ArrayList<>(10);
        String pickupPoint = legs.getFirst().from();
        long shift = 0;
        out.add(new SimScan(out.size(), "IB", pickupPoint, legs.getFirst().departure() - 1200, null));
        long arrival = legs.getFirst().departure();
        for (PlannedLeg leg : legs) {
            if (leg.kind().equals("DELIVERY")) {
                return new Transit(out, arrival, shift, java.util.Optional.of(leg));
            }
            shift += DAY * delays.daysLate(leg.lane(), istDay(leg.departure() + shift));
            out.add(new SimScan(out.size(), "ID", leg.from(), leg.departure() + shift, null));
            out.add(new SimScan(out.size(), "IR", leg.to(), leg.arrival() + shift, null));
            arrival = leg.arrival() + shift;
        }
        return new Transit(out, arrival, shift, java.util.Optional.empty());
    }

    /**
     * The outcome of a parcel's attempt number {@code attempt} (0 for the first): empty when it is
     * delivered, else the non-delivery reason. Draws from {@code rng} (one generator per parcel, used
     * attempt after attempt).
     */
    public static java.util.Optional<String> attempt(Fate fate, SimulationSettings s, int attempt, SplittableRandom rng) {
        double failure = Math.min(MAX_FAILURE, (fate.rural() ? s.failureRural() : s.failureUrban()) * fate.officeFactor()
                * (fate.cod() ? COD_FAILURE_FACTOR : 1)) * Math.pow(REATTEMPT_FACTOR, attempt);
        if (rng.nextDouble() >= failure) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(NonDeliveryModel.draw(rng, fate.cod()));
    }

    public static List<SimScan> plan(List<PlannedLeg> legs, Fate fate, SimulationSettings s, LaneDelays delays,
                                     SplittableRandom rng) {
        Transit transit = transit(legs, delays);
        List<SimScan> out = new ArrayList<>(transit.scans());
        if (transit.delivery().isEmpty()) {
            return out;
        }
        PlannedLeg delivery = transit.delivery().get();
        String pickupPoint = legs.getFirst().from();
        long beat = delivery.departure() + transit.shift();
        long walk = Math.max(600, delivery.arrival() - delivery.departure());
        for (int attempt = 0; attempt < s.maxAttempts(); attempt++) {
            out.add(new SimScan(out.size(), "BD", delivery.from(), beat, null));
            long at = beat + walk + rng.nextLong(1800);
            java.util.Optional<String> failed = attempt(fate, s, attempt, rng);
            if (failed.isEmpty()) {
                out.add(new SimScan(out.size(), "D", delivery.from(), at, null));
                return out;
            }
            String reason = failed.get();
            out.add(new SimScan(out.size(), "N", delivery.from(), at, reason));
            if (NonDeliveryModel.endsDelivery(reason) || attempt == s.maxAttempts() - 1) {
                long returned = nextWorkingDay(at);
                out.add(new SimScan(out.size(), "RN", delivery.from(), returned, null));
                out.add(new SimScan(out.size(), "D", pickupPoint, returned + returnDays(legs, delivery) * DAY, null));
                return out;
            }
            beat = nextWorkingDay(beat) - 3600 + rng.nextLong(3600);
        }
        return out;
    }

    /** Days a return takes back to the pickup point: as many as the way out, at least one. */
    public static long returnDays(List<PlannedLeg> legs, PlannedLeg delivery) {
        return Math.max(1, (delivery.departure() - legs.getFirst().departure() + DAY - 1) / DAY);
    }

    /** The same time of day on the next day that is not a Sunday (India Post's beats do not run on Sundays). */
    public static long nextWorkingDay(long at) {
        long next = at + DAY;
        if (LocalDate.ofEpochDay(istDay(next)).getDayOfWeek() == DayOfWeek.SUNDAY) {
            next += DAY;
        }
        return next;
    }

    public static long istDay(long epochSecond) {
        return Math.floorDiv(epochSecond + IST_OFFSET, DAY);
    }
}
