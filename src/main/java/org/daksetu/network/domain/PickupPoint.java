package org.daksetu.network.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.daksetu.shared.GeoPoint;
import org.daksetu.shared.Pin;

/**
 * A shipper's place of handover (a fulfilment centre), tied to the post office nearest to it.
 * Retired pickup points stay on record: shipments booked from them still name them.
 */
public record PickupPoint(
        String code,
        String name,
        String city,
        String address,
        Pin pin,
        GeoPoint location,
        long officeId,
        double officeDistanceKm,
        LocalDate openedOn,
        Optional<LocalDate> retiredOn,
        int version) {

    public boolean activeOn(LocalDate day) {
        return !openedOn.isAfter(day) && retiredOn.map(day::isBefore).orElse(true);
    }
}
