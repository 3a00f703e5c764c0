package org.daksetu.tracking.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.daksetu.network.application.DeliveryPromises;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.platform.security.ApiKeys;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.NotFoundException;
import org.daksetu.shared.Pin;
import org.daksetu.shared.Violations;
import org.daksetu.tracking.application.ArticleRegistration;
import org.daksetu.tracking.application.Articles;
import org.daksetu.tracking.application.Delays;
import org.daksetu.tracking.application.FeedMessage;
import org.daksetu.tracking.application.StatusDocuments;
import org.daksetu.tracking.application.TrackedArticle;
import org.daksetu.tracking.application.TrackingStore;
import org.daksetu.tracking.domain.ArticleNumber;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A shipper's view of its own shipments, the pull feed, and article registration by operators. */
@RestController
@Tag(name = "Shipment tracking", description = "Full histories for a shipper's own articles; the pull feed")
class ShipperTrackingController {

    static final int MAX_ARTICLES = 500, MAX_FEED = 5000;

    private final TrackingStore store;
    private final Articles articles;
    private final DeliveryPromises promises;
    private final StatusDocuments documents;
    private final Clock clock;
    private final Delays delays;

    ShipperTrackingController(TrackingStore store, Articles articles, DeliveryPromises promises, StatusDocuments documents,
                              Clock clock, Delays delays) {
        this.store = store;
        this.delays = delays;
        this.articles = articles;
        this.promises = promises;
        this.documents = documents;
        this.clock = clock;
    }

    record Query(List<String> articles) {
    }

    record QueryAnswer(List<TrackingViews.ShipperTracking> shipments, List<String> notFound) {
    }

    @PostMapping("/api/v1/tracking/query")
    @Operation(summary = "Full tracking of up to 500 of the caller's articles",
            description = "An article that is not the caller's is reported as not found, like one that does not exist.")
    QueryAnswer query(@RequestBody Query query, @AuthenticationPrincipal ApiKeys.Principal who) {
        if (query == null || query.articles() == null || query.articles().isEmpty()
                || query.articles().size() > MAX_ARTICLES) {
            throw new InvalidValueException("articles", query == null ? "null" : String.valueOf(
                    query.articles() == null ? null : query.articles().size()), "1 to " + MAX_ARTICLES + " article numbers");
        }
        Violations v = new Violations();
        Set<ArticleNumber> numbers = new LinkedHashSet<>();
        for (int i = 0; i < query.articles().size(); i++) {
            int at = i;
            ArticleNumber n = v.check(() -> {
                try {
                    return ArticleNumber.parse(query.articles().get(at));
                } catch (InvalidValueException e) {
                    throw e.at("articles[" + at + "]");
                }
            });
            if (n != null) {
                numbers.add(n);
            }
        }
        v.throwIfAny();
        Optional<String> own = Callers.ownShipper(who);
        List<TrackedArticle> theirs = store.find(numbers).stream()
                .filter(a -> own.map(s -> s.equals(a.article().registration().shipperId())).orElse(true)).toList();
        Map<ArticleNumber, LocalDate> delayed = delays.delayedTo(theirs.stream().map(a -> a.article().registration().article()).toList());
        List<TrackingViews.ShipperTracking> found = theirs.stream()
                .map(a -> TrackingViews.ShipperTracking.of(a, Optional.ofNullable(delayed.get(a.article().registration().article()))))
                .toList();
        Set<String> seen = new LinkedHashSet<>(found.stream().map(TrackingViews.ShipperTracking::article).toList());
        List<String> missing = new ArrayList<>();
        numbers.forEach(n -> {
            if (!seen.contains(n.value())) {
                missing.add(n.value());
            }
        });
        return new QueryAnswer(found, missing);
    }

    @GetMapping("/api/v1/tracking/{article}")
    @Operation(summary = "Full tracking of one of the caller's articles")
    TrackingViews.ShipperTracking one(@PathVariable String article, @AuthenticationPrincipal ApiKeys.Principal who) {
        ArticleNumber n = Callers.article(article);
        Optional<String> own = Callers.ownShipper(who);
        return store.find(n).filter(a -> own.map(s -> s.equals(a.article().registration().shipperId())).orElse(true))
                .map(a -> TrackingViews.ShipperTracking.of(a, Optional.ofNullable(delays.delayedTo(List.of(n)).get(n))))
                .orElseThrow(() -> new NotFoundException("article", n.value(), "you have no article " + n));
    }

    record FeedPage(List<FeedMessage> entries, long nextCursor) {
    }

    @GetMapping("/api/v1/feed")
    @Operation(summary = "The pull feed: every change to the caller's articles after a cursor, in order",
            description = "Start with after=0 and pass nextCursor back. Entries are numbered in commit order, so a "
                    + "reader that keeps its cursor never misses one, whatever happened to webhooks.")
    FeedPage feed(@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "1000") int limit,
                  @RequestParam(required = false) String shipper, @AuthenticationPrincipal ApiKeys.Principal who) {
        if (limit < 1 || limit > MAX_FEED) {
            throw new InvalidValueException("limit", Integer.toString(limit), "between 1 and " + MAX_FEED);
        }
        if (after < 0) {
            throw new InvalidValueException("after", Long.toString(after), "a cursor is 0 or more");
        }
        List<FeedMessage> items = store.feed(Callers.feedShipper(who, shipper), after, limit).stream().map(FeedMessage::of).toList();
        return new FeedPage(items, items.isEmpty() ? after : items.getLast().cursor());
    }

    @GetMapping(path = "/api/v1/feed/x12", produces = "application/edi-x12")
    @Operation(summary = "The pull feed as an ANSI X12 214 (004010) interchange",
            description = "The same entries as /api/v1/feed; one 214 transaction set per article, one LX/AT7 per change. "
                    + "The interchange control number is the last cursor; X-DakSetu-Next-Cursor says where to go on.")
    ResponseEntity<String> x12(@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "1000") int limit,
                               @RequestParam(required = false) String shipper,
                               @AuthenticationPrincipal ApiKeys.Principal who) {
        if (limit < 1 || limit > MAX_FEED) {
            throw new InvalidValueException("limit", Integer.toString(limit), "between 1 and " + MAX_FEED);
        }
        String shipperId = Callers.feedShipper(who, shipper);
        var entries = store.feed(shipperId, after, limit);
        long next = entries.isEmpty() ? after : entries.getLast().seq();
        if (entries.isEmpty()) {
            return ResponseEntity.noContent().header("X-DakSetu-Next-Cursor", Long.toString(next)).build();
        }
        return ResponseEntity.ok().header("X-DakSetu-Next-Cursor", Long.toString(next))
                .body(documents.x12(entries, shipperId, next, clock.instant()));
    }

    record Registration(String article, String shipperId, String pickupPoint, String destinationPin, Long codPaise,
                        OffsetDateTime bookedAt) {
    }

    record Registered(String article, boolean created, String edd) {
    }

    @PostMapping("/api/v1/tracking/articles")
    @Operation(summary = "Register an article for tracking (operators; booking registers its own in-process)",
            description = "The itinerary and EDD are planned by the delivery promise for the pickup point, the PIN and "
                    + "the booking time. Registering an article again changes nothing (200 instead of 201).")
    ResponseEntity<Registered> register(@RequestBody Registration body) {
        Violations v = new Violations();
        ArticleNumber n = v.check(() -> ArticleNumber.parse(body.article()));
        Pin pin = v.check(() -> Pin.parse(body.destinationPin()));
        if (body.bookedAt() == null) {
            v.add("bookedAt", null, "the booking time is required");
        }
        if (body.shipperId() == null || body.shipperId().isBlank()) {
            v.add("shipperId", body.shipperId(), "a shipper id is required");
        }
        v.throwIfAny();
        DeliveryPromise p = promises.promise(body.pickupPoint(), pin, body.bookedAt());
        boolean created = articles.register(new ArticleRegistration(n, body.shipperId(), body.pickupPoint(), pin,
                body.codPaise() == null ? 0 : body.codPaise(), body.bookedAt(), p.itinerary(), p.edd()));
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new Registered(n.value(), created, p.edd().toString()));
    }
}
