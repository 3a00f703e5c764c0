package org.daksetu.delivery.application;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.tracking.application.IncomingScan;
import org.daksetu.tracking.application.IntakeReport;
import org.daksetu.tracking.application.ScanIntake;
import org.springframework.stereotype.Component;

/**
 * Every last-mile event becomes a scan in tracking, in the caller's transaction, so it reaches the
 * shipper's feed exactly when the delivery record commits. Event ids are derived from the record
 * (attempt id, run id, ...) so a replay adds nothing.
 */
@Component
public class OutcomeScans {

    static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);

    public record Scan(String eventId, String article, String code, long office, java.time.Instant at, String reason) {
    }

    private final ScanIntake intake;

    public OutcomeScans(ScanIntake intake) {
        this.intake = intake;
    }

    public void record(List<Scan> scans) {
        if (scans.isEmpty()) {
            return;
        }
        IntakeReport report = intake.accept(scans.stream().map(s -> new IncomingScan(s.eventId(), s.article(), null, s.code(),
                Long.toString(s.office()), OffsetDateTime.ofInstant(s.at(), IST).toString(), s.reason())).toList(), "delivery");
        if (report.rejected() > 0) {
            var r = report.rejections().getFirst();
            throw new InvalidValueException("scan", r.eventId(), "tracking refused the scan: " + String.join("; ", r.reasons()));
        }
    }
}
