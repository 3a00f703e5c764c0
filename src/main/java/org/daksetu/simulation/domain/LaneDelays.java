package org.daksetu.simulation.domain;

/**
 * Late departures: whether a lane's departure on a day runs a day late. One answer per lane and
 * day, shared by every parcel on it (a truck or a flight is late for all it carries). A few lanes
 * (one in twelve, fixed by the seed) are four times as prone to it: the review's worst lanes.
 */
public record LaneDelays(long seed, double probability) {

    static final double TROUBLED_LANES = 1.0 / 12;
    static final double TROUBLED_FACTOR = 4;

    public int daysLate(String lane, long epochDay) {
        if (lane == null || probability <= 0) {
            return 0;
        }
        double p = Seeds.unit(Seeds.mix(seed, lane, -1)) < TROUBLED_LANES ? Math.min(0.9, probability * TROUBLED_FACTOR) : probability;
        return Seeds.unit(Seeds.mix(seed, lane, epochDay)) < p ? 1 : 0;
    }

    /** How prone an office is to failed attempts, 0.6 to 1.8, and 2.5 for one office in twenty (fixed by the seed). */
    public static double officeFactor(long seed, String office) {
        double u = Seeds.unit(Seeds.mix(seed, office, -2));
        return u < 0.05 ? 2.5 : 0.6 + 1.2 * Seeds.unit(Seeds.mix(seed, office, -3));
    }
}
