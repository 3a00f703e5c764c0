package org.daksetu.tracking.application;

import java.time.Instant;
import java.util.Optional;
import org.daksetu.tracking.domain.ArticleNumber;
import org.daksetu.tracking.domain.NonDeliveryReason;
import org.daksetu.tracking.domain.ScanCode;

/**
 * A scan that passed every check that needs no database: an article scan (with the bag it was
 * put in, for item-bagged) or a bag scan. {@code index} is its place in the request.
 */
public record ParsedScan(
        int index,
        String eventId,
        Optional<ArticleNumber> article,
        Optional<String> bag,
        ScanCode code,
        String place,
        Instant occurredAt,
        Optional<NonDeliveryReason> reason,
        IncomingScan raw) {
}
