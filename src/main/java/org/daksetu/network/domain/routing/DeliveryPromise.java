package org.daksetu.network.domain.routing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.daksetu.shared.Pin;

/**
 * The estimated delivery date (EDD) for a parcel handed over at a pickup point at a time, with
 * the itinerary that explains it and the tariff zone of the pair.
 */
public record DeliveryPromise(
        String pickupPoint,
        Pin destination,
        OffsetDateTime handoverAt,
        LocalDate edd,
        int transitDays,
        TariffZone zone,
        double distanceKm,
        String destinationHub,
        long deliveryOfficeId,
        Itinerary itinerary) {
}
