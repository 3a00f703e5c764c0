package org.daksetu.tracking.application;

import java.time.OffsetDateTime;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.tracking.domain.ShipperVocabulary;

/**
 * A feed entry as the shipper receives it, the same on every channel (pull feed, webhook, Kafka):
 * India Post's code and the shipper's vocabulary side by side. {@code cursor} orders and
 * identifies it: a receiver that sees a cursor twice has seen the same change twice.
 */
public record FeedMessage(long cursor, String article, String eventId, String code, String description, String office,
                          OffsetDateTime occurredAt, String reasonCode, String reason, String status, String shippingV2,
                          String at7Status, String at7Reason, OffsetDateTime publishedAt) {

    public static FeedMessage of(FeedEntry e) {
        ShipperVocabulary v = e.vocabulary();
        return new FeedMessage(e.seq(), e.article().value(), e.eventId(), e.code().name(), e.code().description(),
                e.place(), e.occurredAt().atOffset(RoutingRules.IST_OFFSET), e.reason().map(r -> r.code()).orElse(null),
                e.reason().map(r -> r.description()).orElse(null), e.status().name(), v.shippingV2(), v.at7Status(),
                v.at7Reason(), e.createdAt().atOffset(RoutingRules.IST_OFFSET));
    }
}
