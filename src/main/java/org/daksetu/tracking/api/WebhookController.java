package org.daksetu.tracking.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.daksetu.platform.security.ApiKeys;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.tracking.application.DeadLetter;
import org.daksetu.tracking.application.WebhookSubscription;
import org.daksetu.tracking.application.Webhooks;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A shipper's webhooks: subscribe, see the state, replay from a point in time, read the dead letters. */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "The tracking feed pushed to the shipper, signed with HMAC-SHA256")
class WebhookController {

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    record Subscribe(String url, String secret, String shipperId) {
    }

    record SubscriptionView(long id, String shipperId, String url, long cursor, int failedAttempts, Instant nextAttemptAt,
                            String lastError) {
        static SubscriptionView of(WebhookSubscription w) {
            return new SubscriptionView(w.id(), w.shipperId(), w.url(), w.cursor(), w.attempts(), w.nextAttemptAt(),
                    w.lastError().orElse(null));
        }
    }

    record Created(SubscriptionView subscription, String secret) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Subscribe a URL to the caller's feed",
            description = "Delivery starts with changes published after the subscription. The secret (generated if not "
                    + "given) is shown once; every POST carries X-DakSetu-Signature: t=<unix>,v1=hex(HMAC-SHA256(secret, "
                    + "t + '.' + body)) and X-DakSetu-Delivery, the same for every retry of the same batch.")
    Created subscribe(@RequestBody Subscribe body, @AuthenticationPrincipal ApiKeys.Principal who) {
        String shipper = Callers.feedShipper(who, body.shipperId());
        WebhookSubscription w = webhooks.subscribe(shipper, body.url(), Optional.ofNullable(body.secret()));
        return new Created(SubscriptionView.of(w), w.secret());
    }

    @GetMapping
    List<SubscriptionView> list(@AuthenticationPrincipal ApiKeys.Principal who) {
        return webhooks.list(Callers.ownShipper(who)).stream().map(SubscriptionView::of).toList();
    }

    @GetMapping("/{id}")
    SubscriptionView one(@PathVariable long id, @AuthenticationPrincipal ApiKeys.Principal who) {
        return SubscriptionView.of(webhooks.get(id, Callers.ownShipper(who)));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unsubscribe(@PathVariable long id, @AuthenticationPrincipal ApiKeys.Principal who) {
        webhooks.unsubscribe(id, Callers.ownShipper(who));
    }

    record Replay(OffsetDateTime from) {
    }

    record Rewound(long cursor) {
    }

    @PostMapping("/{id}/replay")
    @Operation(summary = "Deliver again every change published from a point in time on (dead letters included)")
    Rewound replay(@PathVariable long id, @RequestBody Replay body, @AuthenticationPrincipal ApiKeys.Principal who) {
        if (body == null || body.from() == null) {
            throw new InvalidValueException("from", "null", "the point in time to replay from is required");
        }
        return new Rewound(webhooks.replay(id, body.from().toInstant(), Callers.ownShipper(who)));
    }

    @GetMapping("/{id}/dead-letters")
    List<DeadLetter> deadLetters(@PathVariable long id, @AuthenticationPrincipal ApiKeys.Principal who) {
        return webhooks.deadLetters(id, Callers.ownShipper(who));
    }
}
