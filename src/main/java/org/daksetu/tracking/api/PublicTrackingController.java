package org.daksetu.tracking.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.NotFoundException;
import org.daksetu.tracking.application.TrackingStore;
import org.daksetu.tracking.domain.ArticleNumber;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Public tracking: anyone with an article number, no key, no personal data, a per-client rate limit. */
@RestController
@Tag(name = "Public tracking", description = "Where is my parcel: no key needed, no personal data shown")
class PublicTrackingController {

    private final TrackingStore store;
    private final RateLimiter limiter;

    PublicTrackingController(TrackingStore store,
                             @Value("${daksetu.tracking.public-rate.per-second:10}") double perSecond,
                             @Value("${daksetu.tracking.public-rate.burst:30}") double burst) {
        this.store = store;
        this.limiter = new RateLimiter(perSecond, burst);
    }

    @GetMapping("/api/v1/track/{article}")
    @Operation(summary = "Track one article by its S10 number",
            description = "Status, current office, last event, next step, EDD and revised EDD, and every scan. "
                    + "Limited per client address; over the limit the answer is 429 with Retry-After.")
    ResponseEntity<?> track(@PathVariable String article, HttpServletRequest request) {
        if (!limiter.tryAcquire(request.getRemoteAddr(), System.nanoTime())) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many tracking requests from this address; try again shortly");
            p.setType(URI.create("urn:daksetu:problem:rate-limited"));
            p.setTitle("Too many requests");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header("Retry-After", Long.toString(limiter.retryAfterSeconds())).body(p);
        }
        ArticleNumber number;
        try {
            number = ArticleNumber.parse(article);
        } catch (InvalidValueException e) {
            throw e.at("article");
        }
        return ResponseEntity.ok(store.find(number).map(TrackingViews.PublicTracking::of)
                .orElseThrow(() -> new NotFoundException("article", number.value(), "no article " + number + " is tracked")));
    }
}
