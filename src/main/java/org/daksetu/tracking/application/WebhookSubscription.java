package org.daksetu.tracking.application;

import java.time.Instant;
import java.util.Optional;

/** A shipper's webhook: where its feed is pushed, how far it has got, and how it is doing. */
public record WebhookSubscription(long id, String shipperId, String url, String secret, boolean active, long cursor,
                                  int attempts, Instant nextAttemptAt, Optional<String> lastError) {
}
