package org.daksetu.network.domain.routing;

import java.time.LocalDate;
import java.util.List;

/**
 * What was planned for a parcel: its legs from the pickup point to the door. A value: stored
 * with the shipment, compared with the scans that arrive, never edited in place.
 */
public record Itinerary(List<Leg> legs) {

    public Itinerary {
        legs = List.copyOf(legs);
        if (legs.isEmpty()) {
            throw new IllegalArgumentException("an itinerary has at least one leg");
        }
        for (int i = 1; i < legs.size(); i++) {
            if (!legs.get(i - 1).to().equals(legs.get(i).from())) {
                throw new IllegalArgumentException("leg " + i + " starts at " + legs.get(i).from()
                        + " but the leg before ends at " + legs.get(i - 1).to());
            }
            if (Leg.before(legs.get(i).plannedDeparture(), legs.get(i - 1).plannedArrival())) {
                throw new IllegalArgumentException("leg " + i + " leaves before the leg before arrives");
            }
        }
    }

    public Leg first() {
        return legs.getFirst();
    }

    public Leg last() {
        return legs.getLast();
    }

    public LocalDate deliveryDate() {
        return last().plannedArrival().toLocalDate();
    }

    /** Whether a handling at this place is foreseen by the plan (dddsample's "expected" question). */
    public boolean passesThrough(String place) {
        for (Leg l : legs) { // a plain loop: tracking asks this for every scan of every history it derives
            if (l.from().equals(place) || l.to().equals(place)) {
                return true;
            }
        }
        return false;
    }
}
