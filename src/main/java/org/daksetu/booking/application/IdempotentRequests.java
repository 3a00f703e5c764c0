package org.daksetu.booking.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.daksetu.shared.ConflictException;
import org.daksetu.shared.InvalidValueException;
import org.springframework.stereotype.Service;

/**
 * Requests sent with an {@code Idempotency-Key}: the first successful answer is kept for 24 hours
 * and replayed, byte for byte, to every retry with the same key and the same request. The same key
 * with another request, or while the first is still running, is a conflict. A request that fails
 * is not kept: its retry runs again (booking's order references make that safe).
 */
@Service
public class IdempotentRequests {

    public static final Duration KEPT = Duration.ofHours(24);
    static final Duration STALE = Duration.ofMinutes(5);

    /** Go ahead and run the request, or send this recorded answer. */
    public sealed interface Outcome {
        record Proceed() implements Outcome {
        }

        record Replay(int status, String contentType, byte[] body) implements Outcome {
        }
    }

    private final IdempotencyStore store;
    private final Clock clock;

    public IdempotentRequests(IdempotencyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Outcome begin(String party, String key, byte[] requestHash) {
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw new InvalidValueException("Idempotency-Key", key, "is 1 to 255 printable ASCII characters without spaces (a UUID is best)");
        }
        Optional<IdempotencyStore.Recorded> recorded = store.claim(party, key, requestHash, clock.instant(), clock.instant().minus(STALE));
        if (recorded.isEmpty()) {
            return new Outcome.Proceed();
        }
        IdempotencyStore.Recorded r = recorded.get();
        if (!Arrays.equals(r.requestHash(), requestHash)) {
            throw new ConflictException("Idempotency-Key", key, "this key was used with another request at " + r.createdAt()
                    + "; use a new key for a new request");
        }
        if (!r.done()) {
            throw new ConflictException("Idempotency-Key", key, "the first request with this key is still running; retry in a few seconds");
        }
        return new Outcome.Replay(r.status(), r.contentType(), r.body());
    }

    public void complete(String party, String key, int status, String contentType, byte[] body) {
        store.complete(party, key, status, contentType, body);
    }

    public void abandon(String party, String key) {
        store.abandon(party, key);
    }

    public int purgeExpired() {
        return store.purgeBefore(clock.instant().minus(KEPT));
    }
}
