package org.daksetu.tracking.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Webhook subscriptions, their cursors and leases, and the dead letters. Times of leases are the database's. */
public interface WebhookStore {

    WebhookSubscription create(String shipperId, String url, String secret);

    List<WebhookSubscription> list(Optional<String> shipperId);

    Optional<WebhookSubscription> get(long id);

    void deactivate(long id);

    /** Takes the lease of one active subscription that is due and has entries after its cursor. */
    Optional<WebhookSubscription> leaseDue(Duration lease);

    /** Moves the cursor on after a delivery, if no other node moved it meanwhile; frees the lease. */
    boolean advance(long id, long fromCursor, long toCursor);

    /** Records a failure: the batch waits {@code backoff} before it is tried again; frees the lease. */
    void retryLater(long id, long fromCursor, int attempts, Duration backoff, String error);

    /** Gives up on a batch: keeps it as a dead letter and moves the cursor past it. */
    void deadLetter(long id, long fromCursor, long firstSeq, long lastSeq, int attempts, String error);

    /** Sets the cursor back so that every entry published from {@code from} on is delivered again. */
    long rewind(long id, Instant from);

    List<DeadLetter> deadLetters(long subscriptionId);
}
