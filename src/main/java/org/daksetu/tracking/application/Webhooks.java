package org.daksetu.tracking.application;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks: each subscription pushes its shipper's feed in order, a batch at a time, signed with
 * HMAC-SHA256. The cursor moves on only after the receiver answered 2xx, so a delivery cut short
 * (a timeout, a crash, a SIGKILL) is sent again: at least once, with the cursor as idempotency key.
 * A failing batch is retried with exponential backoff and dead-lettered after
 * {@code daksetu.webhooks.max-attempts} failures, so one broken receiver cannot stop for ever.
 */
@Service
public class Webhooks {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final WebhookStore store;
    private final TrackingStore feed;
    private final WebhookSender sender;
    private final int maxAttempts;
    private final Duration baseBackoff;
    private final int batchSize;
    private final Duration lease;
    private final SecureRandom random = new SecureRandom();

    public Webhooks(WebhookStore store, TrackingStore feed, WebhookSender sender,
                    @Value("${daksetu.webhooks.max-attempts:8}") int maxAttempts,
                    @Value("${daksetu.webhooks.base-backoff:PT1S}") Duration baseBackoff,
                    @Value("${daksetu.webhooks.batch-size:2000}") int batchSize,
                    @Value("${daksetu.webhooks.lease:PT30S}") Duration lease) {
        this.store = store;
        this.feed = feed;
        this.sender = sender;
        this.maxAttempts = maxAttempts;
        this.baseBackoff = baseBackoff;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    public WebhookSubscription subscribe(String shipperId, String url, Optional<String> secret) {
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            throw new InvalidValueException("url", String.valueOf(url), "a webhook URL is http:// or https://");
        }
        String s = secret.filter(x -> !x.isBlank()).orElseGet(() -> {
            byte[] b = new byte[24];
            random.nextBytes(b);
            return "whsec_" + HexFormat.of().formatHex(b);
        });
        if (s.length() < 16) {
            throw new InvalidValueException("secret", "(hidden)", "a webhook secret has at least 16 characters");
        }
        return store.create(shipperId, url, s);
    }

    public List<WebhookSubscription> list(Optional<String> shipperId) {
        return store.list(shipperId);
    }

    public WebhookSubscription get(long id, Optional<String> ownShipper) {
        return store.get(id).filter(w -> ownShipper.map(s -> s.equals(w.shipperId())).orElse(true))
                .orElseThrow(() -> new NotFoundException("id", Long.toString(id), "no webhook " + id));
    }

    public void unsubscribe(long id, Optional<String> ownShipper) {
        store.deactivate(get(id, ownShipper).id());
    }

    /** Sends again everything published from a point in time on (dead-lettered batches included). */
    public long replay(long id, Instant from, Optional<String> ownShipper) {
        return store.rewind(get(id, ownShipper).id(), from);
    }

    public List<DeadLetter> deadLetters(long id, Optional<String> ownShipper) {
        return store.deadLetters(get(id, ownShipper).id());
    }

    /** Delivers one batch to every subscription that is due; returns how many batches were attempted. */
    public int deliverDue() {
        int attempted = 0;
        for (Optional<WebhookSubscription> due = store.leaseDue(lease); due.isPresent(); due = store.leaseDue(lease)) {
            deliver(due.get());
            attempted++;
        }
        return attempted;
    }

    private void deliver(WebhookSubscription w) {
        List<FeedEntry> batch = feed.feed(w.shipperId(), w.cursor(), batchSize);
        if (batch.isEmpty()) {
            store.advance(w.id(), w.cursor(), w.cursor());
            return;
        }
        long first = batch.getFirst().seq(), last = batch.getLast().seq();
        String body = JSON.writeValueAsString(new Payload(w.id(), w.shipperId(), batch.stream().map(FeedMessage::of).toList()));
        WebhookSender.Outcome outcome = sender.post(w.url(), w.secret(), w.id() + "-" + first + "-" + last, body);
        if (outcome.delivered()) {
            store.advance(w.id(), w.cursor(), last);
            return;
        }
        int attempts = w.attempts() + 1;
        if (attempts >= maxAttempts) {
            store.deadLetter(w.id(), w.cursor(), first, last, attempts, outcome.error());
        } else {
            store.retryLater(w.id(), w.cursor(), attempts, backoff(attempts), outcome.error());
        }
    }

    /** base, 2 base, 4 base, ... at most an hour. */
    Duration backoff(int attempts) {
        Duration d = baseBackoff.multipliedBy(1L << Math.min(20, attempts - 1));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    public record Payload(long subscription, String shipper, List<FeedMessage> entries) {
    }
}
