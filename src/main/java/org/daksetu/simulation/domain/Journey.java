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
    static final double MAX_FAILURE = 0.9;
    /** Re-attempts fail less: the addressee was told the parcel is coming. */
    static final double REATTEMPT_FACTOR = 0.8;
    static final double COD_FAILURE_FACTOR = 1.25;

    private Journey() {
    }

    public record Fate(boolean rural, boolean cod, double officeFactor) {
    }

    public static List<SimScan> plan(List<PlannedLeg> legs, Fate fate, SimulationSettings s, LaneDelays delays,
                                     SplittableRandom rng) {
        List<SimScan> out = new ArrayList<>(12);
        String pickupPoint = legs.getFirst().from();
        long shift = 0;
        long firstDeparture = legs.getFirst().departure();
        out.add(new SimScan(out.size(), "IB", pickupPoint, firstDeparture - 1200, null));
        PlannedLeg delivery = null;
        for (PlannedLeg leg : legs) {
            if (leg.kind().equals("DELIVERY")) {
                delivery = leg;
                break;
            }
            shift += DAY * delays.daysLate(leg.lane(), istDay(leg.departure() + shift));
            out.add(new SimScan(out.size(), "ID", leg.from(), leg.departure() + shift, null));
            out.add(new SimScan(out.size(), "IR", leg.to(), leg.arrival() + shift, null));
        }
        if (delivery == null) {
            return out;
        }
        long beat = delivery.departure() + shift;
        long walk = Math.max(600, delivery.arrival() - delivery.departure());
        double failure = Math.min(MAX_FAILURE, (fate.rural() ? s.failureRural() : s.failureUrban()) * fate.officeFactor()
                * (fate.cod() ? COD_FAILURE_FACTOR : 1));
        for (int attempt = 0; attempt < s.maxAttempts(); attempt++) {
            out.add(new SimScan(out.size(), "BD", delivery.from(), beat, null));
            long at = beat + walk + rng.nextLong(1800);
            if (rng.nextDouble() >= failure) {
                out.add(new SimScan(out.size(), "D", delivery.from(), at, null));
                return out;
            }
            String reason = NonDeliveryModel.draw(rng, fate.cod());
            out.add(new SimScan(out.size(), "N", delivery.from(), at, reason));
            if (NonDeliveryModel.endsDelivery(reason) || attempt == s.maxAttempts() - 1) {
                long returned = nextWorkingDay(at);
                out.add(new SimScan(out.size(), "RN", delivery.from(), returned, null));
                long transitDays = Math.max(1, (delivery.departure() - firstDeparture + DAY - 1) / DAY);
                out.add(new SimScan(out.size(), "D", pickupPoint, returned + transitDays * DAY, null));
                return out;
            }
            failure *= REATTEMPT_FACTOR;
            beat = nextWorkingDay(beat) - 3600 + rng.nextLong(3600);
        }
        return out;
    }

    /** The same time of day on the next day that is not a Sunday (India Post's beats do not run on Sundays). */
    static long nextWorkingDay(long at) {
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
