package org.daksetu.booking.domain;

import java.time.OffsetDateTime;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.shared.ArticleNumber;

/**
 * A shipment ready to be stored: validated, numbered, priced and promised. The fingerprint is a
 * hash of the order as validated; a retry with the same order reference and the same fingerprint
 * is the same shipment, one with another fingerprint is a clash.
 */
public record NewShipment(
        String shipper,
        ArticleNumber articleNumber,
        int articleCycle,
        ShipmentOrder order,
        Charges charges,
        DeliveryPromise promise,
        OffsetDateTime bookedAt,
        byte[] fingerprint) {
}
