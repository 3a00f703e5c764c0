package org.daksetu.booking.domain;

import java.util.Optional;
import org.daksetu.shared.ArticleNumber;

/** A shipment that passed every booking rule: what will be priced, promised and stored. */
public record ShipmentOrder(
        String orderReference,
        String pickupPoint,
        Service service,
        Consignee consignee,
        Parcel parcel,
        Payment payment,
        boolean otpDelivery,
        Optional<ArticleNumber> ownArticleNumber) {
}
