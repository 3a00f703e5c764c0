package org.daksetu.booking.domain;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.shared.ArticleNumber;

/** A booked shipment as stored: the order, its number, its charges and its promise, and where it stands. */
public record Shipment(
        long id,
        String shipper,
        ArticleNumber articleNumber,
        ShipmentOrder order,
        Charges charges,
        DeliveryPromise promise,
        ShipmentStatus status,
        OffsetDateTime bookedAt,
        Optional<Long> pickupId,
        Optional<OffsetDateTime> pickedUpAt,
        Optional<OffsetDateTime> cancelledAt,
        Optional<String> cancelReason) {

    /** Why this shipment cannot be cancelled now, or empty when it can. */
    public Optional<String> cancellationRefusal() {
        return switch (status) {
            case BOOKED, CANCELLED -> Optional.empty();
            case PICKED_UP -> Optional.of("shipment " + articleNumber + " was picked up"
                    + pickedUpAt.map(t -> " at " + t).orElse("") + " and can no longer be cancelled; ask for a return instead");
        };
    }
}
