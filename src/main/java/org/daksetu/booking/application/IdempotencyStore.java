package org.daksetu.booking.application;

import java.time.Instant;
import java.util.Optional;

public interface IdempotencyStore {

    /** The first request with a key, as recorded. */
    record Recorded(byte[] requestHash, boolean done, int status, String contentType, byte[] body, Instant createdAt) {
    }

    /**
     * Records that a request with this key is in progress, unless one is recorded already (then
     * that one is returned). An in-progress record older than {@code staleBefore} (its node died)
     * is taken over.
     */
    Optional<Recorded> claim(String party, String key, byte[] requestHash, Instant now, Instant staleBefore);

    void complete(String party, String key, int status, String contentType, byte[] body);

    void abandon(String party, String key);

    int purgeBefore(Instant before);
}
