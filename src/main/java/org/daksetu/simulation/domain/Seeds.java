package org.daksetu.simulation.domain;

/**
 * Reproducible randomness: every decision of the simulator draws from a generator seeded by the
 * run's seed mixed with what the decision is about (a day and a parcel's index, a lane and a day,
 * an office), never from a generator shared across decisions. The same seed therefore gives the
 * same parcels and the same fates whatever the order of the work.
 */
public final class Seeds {

    private Seeds() {
    }

    /** A well-spread 64-bit value of the parts (the finaliser of SplitMix64 applied in a chain). */
    public static long mix(long... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (long p : parts) {
            h = fin(h ^ fin(p + 0x632BE59BD9B4E019L));
        }
        return h;
    }

    public static long mix(long seed, String text, long value) {
        return mix(seed, text.hashCode(), text.length(), value);
    }

    /** A uniform double in [0, 1) from a mixed value. */
    public static double unit(long mixed) {
        return (mixed >>> 11) * 0x1.0p-53;
    }

    private static long fin(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
