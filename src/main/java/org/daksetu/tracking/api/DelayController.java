package org.daksetu.tracking.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.platform.security.ApiKeys;
import org.daksetu.tracking.application.Delays;
import org.daksetu.tracking.domain.ArticleNumber;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The revised promises of an article that came from capacity overflow (docs/CAPACITY.md); a shipper sees its own. */
@RestController
@Tag(name = "Shipper tracking")
class DelayController {

    private final Delays delays;

    DelayController(Delays delays) {
        this.delays = delays;
    }

    record RevisionView(String eventId, String place, LocalDate previousEdd, LocalDate revisedEdd, String cause,
                        OffsetDateTime recordedAt) {
    }

    record DelaysView(String article, LocalDate revisedEdd, List<RevisionView> revisions) {
    }

    @GetMapping("/api/v1/tracking/{article}/delays")
    @Operation(summary = "Revised EDDs of one of the caller's articles caused by capacity (bags rolled to a later departure)")
    DelaysView delays(@PathVariable String article, @AuthenticationPrincipal ApiKeys.Principal who) {
        ArticleNumber n = Callers.article(article);
        Optional<String> own = Callers.ownShipper(who);
        List<Delays.Recorded> all = delays.revisions(n).stream()
                .filter(r -> own.map(s -> s.equals(r.shipperId())).orElse(true)).toList();
        return new DelaysView(n.value(), all.isEmpty() ? null : all.getLast().revisedEdd(), all.stream()
                .map(r -> new RevisionView(r.eventId(), r.place(), r.previousEdd(), r.revisedEdd(), r.cause(),
                        r.recordedAt().atOffset(RoutingRules.IST_OFFSET))).toList());
    }
}
