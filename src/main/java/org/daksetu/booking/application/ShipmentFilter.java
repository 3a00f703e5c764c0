package org.daksetu.booking.application;

import java.time.LocalDate;
import java.util.Optional;
import org.daksetu.booking.domain.ShipmentStatus;

/** What a shipment list is narrowed to: status, pickup point, order reference, booking date (IST). */
public record ShipmentFilter(Optional<ShipmentStatus> status, Optional<String> pickupPoint,
                             Optional<String> orderReference, Optional<LocalDate> bookedOn) {
}
