package org.daksetu.booking.application;

import java.util.Optional;

/**
 * Whose shipments a caller may see: one shipper's own, or (for the postal operator and admins)
 * every shipper's. Every query of the booking context takes one, so no code path can forget it.
 */
public record Scope(Optional<String> shipper) {

    public static Scope of(String shipper) {
        return new Scope(Optional.of(shipper));
    }

    public static Scope everyone() {
        return new Scope(Optional.empty());
    }

    public boolean covers(String shipperCode) {
        return shipper.map(shipperCode::equals).orElse(true);
    }
}
