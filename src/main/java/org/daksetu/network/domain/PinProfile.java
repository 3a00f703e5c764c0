package org.daksetu.network.domain;

import java.util.List;
import java.util.Optional;
import org.daksetu.shared.Pin;

/**
 * Everything the platform knows about one PIN: its offices, the office that delivers there and
 * the answers of the serviceability rules.
 */
public record PinProfile(
        Pin pin,
        List<PostOffice> offices,
        PostOffice deliveryOffice,
        boolean rural,
        boolean codAvailable,
        Optional<String> notServiceableReason) {

    public PinProfile {
        offices = List.copyOf(offices);
        if (offices.isEmpty()) {
            throw new IllegalArgumentException("PIN " + pin + " has no office");
        }
    }

    public boolean serviceable() {
        return notServiceableReason.isEmpty();
    }

    public long branchOffices() {
        return offices.stream().filter(o -> o.tier() == OfficeTier.BO).count();
    }
}
