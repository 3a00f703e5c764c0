package org.daksetu.review.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.daksetu.review.domain.Quarter;
import org.daksetu.review.domain.Review;
import org.springframework.stereotype.Service;

/** The review in its three forms, and written to a folder: HTML with charts, the same as PDF, the KPIs as CSV. */
@Service
public class ReviewDocuments {

    private final QuarterlyReviews reviews;
    private final ReviewPdf pdf;
    private final Clock clock;

    public ReviewDocuments(QuarterlyReviews reviews, ReviewPdf pdf, Clock clock) {
        this.reviews = reviews;
        this.pdf = pdf;
        this.clock = clock;
    }

    public String html(Review review) {
        return ReviewHtml.write(review, ZonedDateTime.now(clock.withZone(ZoneId.of("Asia/Kolkata")))
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'IST'")));
    }

    public byte[] pdf(Review review) {
        return pdf.render(html(review));
    }

    public String csv(Review review) {
        return ReviewCsv.write(review);
    }

    /** Writes review-&lt;quarter&gt;.html, .pdf and .csv into the folder; returns the three files. */
    public List<Path> write(Quarter quarter, Optional<String> shipper, Path folder) {
        Review review = reviews.review(quarter, shipper);
        String base = "review-" + quarter + shipper.map(s -> "-" + s).orElse("");
        try {
            Files.createDirectories(folder);
            Path html = folder.resolve(base + ".html");
            Path pdfFile = folder.resolve(base + ".pdf");
            Path csv = folder.resolve(base + ".csv");
            String page = html(review);
            Files.writeString(html, page, StandardCharsets.UTF_8);
            Files.write(pdfFile, pdf.render(page));
            Files.writeString(csv, csv(review), StandardCharsets.UTF_8);
            return List.of(html, pdfFile, csv);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the review into " + folder.toAbsolutePath(), e);
        }
    }
}
