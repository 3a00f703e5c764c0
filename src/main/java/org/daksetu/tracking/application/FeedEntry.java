package org.daksetu.tracking.application;

import java.time.Instant;
import java.util.Optional;
import org.daksetu.tracking.domain.ArticleNumber;
import org.daksetu.tracking.domain.NonDeliveryReason;
import org.daksetu.tracking.domain.ScanCode;
import org.daksetu.tracking.domain.ShipperVocabulary;
import org.daksetu.tracking.domain.TrackingStatus;

/** One change a shipper must hear of: a scan applied to one of its articles, with the state it led to. */
public record FeedEntry(
        long seq,
        String shipperId,
        ArticleNumber article,
        String eventId,
        ScanCode code,
        String place,
        Instant occurredAt,
        Optional<NonDeliveryReason> reason,
        TrackingStatus status,
        Instant createdAt) {

    public ShipperVocabulary vocabulary() {
        return ShipperVocabulary.of(code, reason, status == TrackingStatus.RETURNED_TO_SHIPPER);
    }
}
