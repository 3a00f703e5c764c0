package org.daksetu.booking.domain;

import org.daksetu.shared.ArticleNumber;
import org.daksetu.shared.Pin;
import org.daksetu.shared.Weight;

/** One parcel on a manifest. A parcel cancelled after the manifest was closed stays listed as cancelled. */
public record ManifestLine(ArticleNumber articleNumber, String orderReference, Service service, String consigneeName,
                           String city, Pin pin, Weight weight, Weight chargeableWeight, Payment payment,
                           ShipmentStatus status) {

    public boolean live() {
        return status != ShipmentStatus.CANCELLED;
    }
}
