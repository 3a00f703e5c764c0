package org.daksetu.tracking.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.concurrent.ConcurrentHashMap;
import org.daksetu.shared.NotFoundException;
import org.daksetu.tracking.application.TrackedArticle;
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
import tools.jackson.databind.json.JsonMapper;

/** Public tracking: anyone with an article number, no key, no personal data, a per-client rate limit. */
@RestController
@Tag(name = "Public tracking", description = "Where is my parcel: no key needed, no personal data shown")
class PublicTrackingController {

    private final TrackingStore store;
    private final RateLimiter limiter;
    private final JsonMapper json;
    /**
     * The serialized answer per article, with the tracked article it was made from. The store
     * hands out the same object for an article until an intake changes it (its cache), so an
     * answer is reused exactly as long as the article is unchanged, and made again after.
     */
    private final ConcurrentHashMap<String, Answer> answers = new ConcurrentHashMap<>();
    private final int maxAnswers;

    private record Answer(TrackedArticle source, byte[] json) {
    }

    PublicTrackingController(TrackingStore store, JsonMapper json,
                             @Value("${daksetu.tracking.public-rate.per-second:10}") double perSecond,
                             @Value("${daksetu.tracking.public-rate.burst:30}") double burst,
                             @Value("${daksetu.tracking.public-cache.max-articles:50000}") int maxAnswers) {
        this.store = store;
        this.json = json;
        this.limiter = new RateLimiter(perSecond, burst);
        this.maxAnswers = maxAnswers;
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
        ArticleNumber number = Callers.article(article);
        TrackedArticle found = store.find(number)
                .orElseThrow(() -> new NotFoundException("article", number.value(), "no article " + number + " is tracked"));
        Answer answer = answers.get(number.value());
        if (answer == null || answer.source() != found) {
            answer = new Answer(found, json.writeValueAsBytes(TrackingViews.PublicTracking.of(found)));
            if (answers.size() >= maxAnswers) {
                answers.clear();
            }
            if (maxAnswers > 0) {
                answers.put(number.value(), answer);
            }
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer.json());
    }
}
