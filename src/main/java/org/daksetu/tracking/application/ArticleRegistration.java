package org.daksetu.tracking.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.daksetu.network.domain.routing.Itinerary;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.Pin;
import org.daksetu.tracking.domain.ArticleNumber;

/**
 * What booking tells tracking about a parcel it booked: whose it is, where it goes, what was
 * planned. Booking calls {@link Articles#register} inside its booking transaction.
 */
public record ArticleRegistration(
        ArticleNumber article,
        String shipperId,
        String pickupPoint,
        Pin destination,
        long codPaise,
        OffsetDateTime bookedAt,
        Itinerary itinerary,
        LocalDate edd) {

    public ArticleRegistration {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(bookedAt, "bookedAt");
        Objects.requireNonNull(itinerary, "itinerary");
        Objects.requireNonNull(edd, "edd");
        if (shipperId == null || shipperId.isBlank()) {
            throw new InvalidValueException("shipperId", String.valueOf(shipperId), "a shipper id is required");
        }
        if (pickupPoint == null || pickupPoint.isBlank()) {
            throw new InvalidValueException("pickupPoint", String.valueOf(pickupPoint), "a pickup point is required");
        }
        if (codPaise < 0) {
            throw new InvalidValueException("codPaise", Long.toString(codPaise), "a COD amount is not negative");
        }
    }
}
