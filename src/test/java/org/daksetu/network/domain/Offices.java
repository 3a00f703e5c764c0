package org.daksetu.network.domain;

import java.util.Optional;
import org.daksetu.shared.GeoPoint;
import org.daksetu.shared.Pin;

/** Test fixtures: offices with intent-revealing names. */
final class Offices {

    private Offices() {
    }

    static PostOffice anOffice(long id, OfficeTier tier, int pin, long deliveryOfficeId) {
        return new PostOffice(id, "Office " + id, tier, new Pin(pin), deliveryOfficeId, "Taluk", "District", "State",
                "Division", "Region", "Circle", Optional.of(new GeoPoint(10 + id % 10 * 0.01, 76)), GeoMatch.PLACE);
    }

    static PostOffice aSubOffice(long id, int pin) {
        return anOffice(id, OfficeTier.SO, pin, id);
    }

    static PostOffice aBranchOfficeDeliveredBy(long id, int pin, long deliveryOfficeId) {
        return anOffice(id, OfficeTier.BO, pin, deliveryOfficeId);
    }

    static PostOffice at(PostOffice o, double lat, double lon) {
        return new PostOffice(o.id(), o.name(), o.tier(), o.pin(), o.deliveryOfficeId(), o.taluk(), o.district(),
                o.state(), o.division(), o.region(), o.circle(), Optional.of(new GeoPoint(lat, lon)), o.geoMatch());
    }
}
