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
    public static final Comparator<ScanEvent> PHYSICAL_ORDER = ScanEvent::physicalOrder;

    /** {@link #PHYSICAL_ORDER} written out: every state of every intake sorts its article's history by it. */
    private static int physicalOrder(ScanEvent a, ScanEvent b) {
        int c = a.occurredAt.compareTo(b.occurredAt);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.code.rank(), b.code.rank());
        return c != 0 ? c : a.eventId.compareTo(b.eventId);
    }

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
