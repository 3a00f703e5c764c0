package org.daksetu.review.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daksetu.review.application.QuarterlyReviews;
import org.daksetu.review.application.ReviewDocuments;
import org.daksetu.review.domain.ActionItem;
import org.daksetu.review.domain.Figure;
import org.daksetu.review.domain.Quarter;
import org.daksetu.review.domain.Review;
import org.daksetu.shared.InvalidValueException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = "Review")
class ReviewController {

    private final QuarterlyReviews reviews;
    private final ReviewDocuments documents;

    ReviewController(QuarterlyReviews reviews, ReviewDocuments documents) {
        this.reviews = reviews;
        this.documents = documents;
    }

    record FigureView(String group, String kpi, String dimension, String unit, Map<String, Double> values) {
        static FigureView of(Figure f) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (int c = 0; c < Figure.COLUMNS.size(); c++) {
                values.put(Figure.COLUMNS.get(c), f.values().get(c).orElse(null));
            }
            return new FigureView(f.group(), f.kpi(), f.dimension(), f.unit().label(), values);
        }
    }

    record ReviewView(String quarter, String previousQuarter, String shipper, List<String> columns, List<String> columnLabels,
                      List<FigureView> figures, List<ActionItem> actionItems, List<String> notes) {
        static ReviewView of(Review r) {
            return new ReviewView(r.quarter().toString(), r.quarter().previous().toString(), r.shipper().orElse(null),
                    Figure.COLUMNS, r.columnLabels(), r.figures().stream().map(FigureView::of).toList(), r.actions(), r.notes());
        }
    }

    @GetMapping("/{quarter}")
    @Operation(summary = "The quarterly joint review: every KPI for the quarter, its months and the previous quarter, and the "
            + "action items; as JSON (default), or format=html, pdf or csv", security = @SecurityRequirement(name = "apiKey"))
    ResponseEntity<?> review(@PathVariable String quarter,
                             @Parameter(description = "only this shipper's parcels (default: the whole platform)")
                             @RequestParam Optional<String> shipper,
                             @Parameter(description = "json (default), html, pdf or csv") @RequestParam(defaultValue = "json") String format) {
        Quarter q = Quarter.parse(quarter);
        String f = format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!List.of("json", "html", "pdf", "csv").contains(f)) {
            throw new InvalidValueException("format", format, "is one of json, html, pdf, csv");
        }
        Review review = reviews.review(q, shipper.filter(s -> !s.isBlank()).map(String::strip));
        String file = "review-" + q + review.shipper().map(s -> "-" + s).orElse("");
        return switch (f) {
            case "html" -> ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(documents.html(review));
            case "pdf" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + file + ".pdf\"").body(documents.pdf(review));
            case "csv" -> ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".csv\"").body(documents.csv(review));
            default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ReviewView.of(review));
        };
    }
}
