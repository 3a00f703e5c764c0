package org.daksetu.tracking.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One scan of one article, as the post recorded it: appended, never changed. It keeps when it
 * happened ({@code occurredAt}) and when DakSetu heard of it ({@code receivedAt}); a bag scan
 * applied to an article names the bag.
 */
public record ScanEvent(
        String eventId,
        ArticleNumber article,
        ScanCode code,
        String place,
        Instant occurredAt,
        Instant receivedAt,
        Optional<NonDeliveryReason> reason,
        Optional<String> bag) {

    /** The physical order of a parcel's scans: by time, then by stage, then by id (a total order). */
    public static final Comparator<ScanEvent> PHYSICAL_ORDER = Comparator.comparing(ScanEvent::occurredAt)
            .thenComparingInt(e -> e.code().rank())
            .thenComparing(ScanEvent::eventId);

    public ScanEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (code == ScanCode.N && reason.isEmpty()) {
            throw new IllegalArgumentException("a not-delivered scan carries its reason: " + eventId);
        }
    }
}
