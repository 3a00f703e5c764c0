package org.daksetu.delivery.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A return to origin: why, its own itinerary back to the pickup point, its charge, and when it reached the shipper. */
public record ReturnTrip(String article, String shipper, String reason, Instant startedAt, long fromOffice, String toPickupPoint,
                         List<Leg> legs, LocalDate edd, String tariffVersion, int rtoBasisPoints, long freightPaise, long gstPaise,
                         long totalPaise, Optional<Instant> deliveredAt) {

    /** A leg back: places as the forward itinerary named them, with the office ids scanners use there. */
    public record Leg(String from, String to, long fromOffice, long toOffice, OffsetDateTime departure, OffsetDateTime arrival) {
    }
}
