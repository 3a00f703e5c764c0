package org.daksetu.tracking.api;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code perSecond} requests a second on average, bursts up to
 * {@code burst}. Buckets live in memory on each node (a client spread over n nodes gets n times
 * the rate, which is acceptable for a courtesy limit); the map is emptied when it grows past
 * {@code MAX_CLIENTS} so an address scan cannot exhaust memory.
 */
final class RateLimiter {

    static final int MAX_CLIENTS = 100_000;

    private final double perSecond;
    private final double burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    RateLimiter(double perSecond, double burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** Takes a token for the client; false when it has none left. */
    boolean tryAcquire(String client, long nanoTime) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(burst, nanoTime));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (nanoTime - b.at) / 1e9 * perSecond);
            b.at = nanoTime;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return true;
            }
            return false;
        }
    }

    /** Seconds until the client has a token again. */
    long retryAfterSeconds() {
        return Math.max(1, (long) Math.ceil(1 / perSecond));
    }
}
