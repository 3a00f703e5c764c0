package org.daksetu.network.domain;

import java.util.Optional;
import org.daksetu.shared.GeoPoint;
import org.daksetu.shared.Pin;

/** One office of the India Post directory, as the network dataset describes it. */
public record PostOffice(
        long id,
        String name,
        OfficeTier tier,
        Pin pin,
        long deliveryOfficeId,
        String taluk,
        String district,
        String state,
        String division,
        String region,
        String circle,
        Optional<GeoPoint> location,
        GeoMatch geoMatch) {

    public PostOffice {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("office " + id + " has no name");
        }
        if (tier == null || pin == null || location == null || geoMatch == null) {
            throw new IllegalArgumentException("office " + id + " is incomplete");
        }
    }

    public boolean deliversItsPin() {
        return deliveryOfficeId == id;
    }
}
