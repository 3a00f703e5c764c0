package org.daksetu.tracking.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.tracking.application.BulkFeedFile;
import org.daksetu.tracking.application.IncomingScan;
import org.daksetu.tracking.application.IntakeReport;
import org.daksetu.tracking.application.QuarantinedScan;
import org.daksetu.tracking.application.Rejection;
import org.daksetu.tracking.application.ScanIntake;
import org.daksetu.tracking.application.TrackingStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Scan intake from the post (POSTAL_OPS or ADMIN keys), and the quarantine an operator works through. */
@RestController
@RequestMapping("/api/v1/scans")
@Tag(name = "Scan intake", description = "India Post article and bag scans in bulk; quarantine and replay")
class ScanController {

    private final ScanIntake intake;
    private final TrackingStore store;
    private final org.daksetu.tracking.application.BulkFeedIntake bulk;

    ScanController(ScanIntake intake, TrackingStore store, org.daksetu.tracking.application.BulkFeedIntake bulk) {
        this.intake = intake;
        this.bulk = bulk;
        this.store = store;
    }

    record ScanJson(String eventId, String article, String bag, String code, String office, String occurredAt,
                    String reason) {
        IncomingScan incoming() {
            return new IncomingScan(eventId, article, bag, code, office, occurredAt, reason);
        }
    }

    record ScanBatch(List<ScanJson> events) {
    }

    record ReportView(int received, int accepted, int duplicates, int rejected, int appliedToArticles,
                      List<Rejection> rejections) {
        static ReportView of(IntakeReport r) {
            return new ReportView(r.received(), r.accepted(), r.duplicates(), r.rejected(), r.appliedToArticles(),
                    r.rejections());
        }
    }

    @PostMapping
    @Operation(summary = "Take in up to 50,000 scans",
            description = "Each scan has an eventId; one seen before is counted as a duplicate and ignored. A scan "
                    + "that fails a check, or names an article that is not registered, is kept in quarantine and "
                    + "listed under rejections with every reason; the others are applied in one transaction.")
    ReportView scans(@RequestBody ScanBatch batch) {
        if (batch == null || batch.events() == null) {
            throw new InvalidValueException("events", "null", "the body is {\"events\": [...]}");
        }
        return ReportView.of(intake.accept(batch.events().stream()
                .map(s -> s == null ? new IncomingScan(null, null, null, null, null, null, null) : s.incoming()).toList(),
                "http"));
    }

    @PostMapping(path = "/file", consumes = "multipart/form-data")
    @Operation(summary = "Upload a bulk customer event feed file (CSV)",
            description = "Columns: article, booking_pin, destination_pin, cod_amount, event_code, office_id, "
                    + "event_date, event_time, non_delivery_reason. Applied in chunks of 50,000 rows, each atomic. "
                    + "A line whose booking PIN, destination PIN or COD amount contradicts the article's registration "
                    + "is quarantined with a reason naming the field and both values.")
    ReportView file(@RequestPart("file") MultipartFile file) throws IOException {
        return ReportView.of(applyFile(BulkFeedFile.readRows(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))));
    }

    @PostMapping(path = "/file", consumes = "text/csv")
    ReportView csv(@RequestBody String body) {
        return ReportView.of(applyFile(BulkFeedFile.readRows(new StringReader(body))));
    }

    private IntakeReport applyFile(List<BulkFeedFile.Row> scans) {
        int received = 0, accepted = 0, duplicates = 0, applied = 0;
        List<Rejection> rejections = new ArrayList<>();
        for (int from = 0; from < scans.size() || from == 0; from += ScanIntake.MAX_EVENTS) {
            List<BulkFeedFile.Row> chunk = scans.subList(from, Math.min(scans.size(), from + ScanIntake.MAX_EVENTS));
            IntakeReport r = bulk.accept(chunk, "file");
            received += r.received();
            accepted += r.accepted();
            duplicates += r.duplicates();
            applied += r.appliedToArticles();
            int offset = from;
            r.rejections().forEach(x -> rejections.add(new Rejection(x.index() + offset, x.eventId(), x.reasons())));
            if (scans.isEmpty()) {
                break;
            }
        }
        return new IntakeReport(received, accepted, duplicates, applied, rejections);
    }

    record QuarantineView(long id, String source, IncomingScan scan, List<String> reasons, Instant receivedAt) {
        static QuarantineView of(QuarantinedScan q) {
            return new QuarantineView(q.id(), q.source(), q.scan(), q.reasons(), q.receivedAt());
        }
    }

    record QuarantinePage(List<QuarantineView> scans, Long nextAfter) {
    }

    @GetMapping("/quarantine")
    @Operation(summary = "Scans waiting in quarantine, oldest first; page on with after=nextAfter")
    QuarantinePage quarantine(@RequestParam(defaultValue = "0") long after,
                              @RequestParam(defaultValue = "500") int limit) {
        if (limit < 1 || limit > 5000) {
            throw new InvalidValueException("limit", Integer.toString(limit), "between 1 and 5000");
        }
        List<QuarantineView> page = store.openQuarantine(after, limit).stream().map(QuarantineView::of).toList();
        return new QuarantinePage(page, page.size() == limit ? page.getLast().id() : null);
    }

    record Ids(List<Long> ids) {
    }

    @PostMapping("/quarantine/replay")
    @Operation(summary = "Apply quarantined scans again",
            description = "Those that now pass are applied and leave the quarantine; the others stay with their new reasons.")
    ReportView replay(@RequestBody Ids ids) {
        return ReportView.of(intake.replay(checked(ids)));
    }

    record Discarded(int discarded) {
    }

    @PostMapping("/quarantine/discard")
    @Operation(summary = "Close quarantined scans without applying them (kept for the record)")
    Discarded discard(@RequestBody Ids ids) {
        return new Discarded(intake.discard(checked(ids)));
    }

    private static List<Long> checked(Ids ids) {
        if (ids == null || ids.ids() == null || ids.ids().isEmpty() || ids.ids().size() > ScanIntake.MAX_EVENTS) {
            throw new InvalidValueException("ids", ids == null ? "null" : String.valueOf(ids.ids()),
                    "1 to " + ScanIntake.MAX_EVENTS + " quarantine ids");
        }
        return ids.ids();
    }
}
