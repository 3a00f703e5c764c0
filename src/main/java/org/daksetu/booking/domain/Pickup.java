package org.daksetu.booking.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A shipper's appointment to hand parcels to India Post at a pickup point on a date. */
public record Pickup(
        long id,
        String shipper,
        String pickupPoint,
        LocalDate date,
        PickupStatus status,
        OffsetDateTime scheduledAt,
        Optional<OffsetDateTime> manifestedAt,
        Optional<OffsetDateTime> handedOverAt,
        Optional<String> confirmedBy) {

    /** The manifest's number as printed: the pickup date and id, e.g. {@code MF-20261121-000042}. */
    public String manifestNumber() {
        return "MF-" + date.toString().replace("-", "") + "-" + String.format("%06d", id);
    }
}
