package org.daksetu.tracking.application;

import java.time.Instant;

/** A batch of feed entries a webhook gave up on after the configured number of failures. */
public record DeadLetter(long id, long subscriptionId, long fromCursor, long toCursor, int attempts, String lastError,
                         Instant deadAt) {
}
