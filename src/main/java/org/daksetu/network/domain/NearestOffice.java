package org.daksetu.network.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.daksetu.shared.GeoPoint;

/**
 * The office a place is tied to: the nearest sub or head office that has coordinates. Branch
 * offices are left out because a shipper's bulk handover is booked at a departmental office.
 */
public final class NearestOffice {

    private NearestOffice() {
    }

    public record Match(PostOffice office, double distanceKm) {
    }

    public static Optional<Match> to(GeoPoint place, Collection<PostOffice> offices) {
        return offices.stream()
                .filter(o -> o.tier() != OfficeTier.BO && o.location().isPresent())
                .map(o -> new Match(o, place.distanceKm(o.location().orElseThrow())))
                .min(Comparator.comparingDouble(Match::distanceKm).thenComparingLong(m -> m.office().id()));
    }
}
