package org.daksetu.network.domain.routing;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One planned stage of an itinerary: from a place to a place, leaving and arriving at planned
 * times. Places are named by code: a pickup point code, a hub code, or an office id.
 */
public record Leg(
        LegKind kind,
        String from,
        String to,
        Optional<String> laneId,
        TransportMode mode,
        OffsetDateTime plannedDeparture,
        OffsetDateTime plannedArrival) {

    public Leg {
        if (before(plannedArrival, plannedDeparture)) {
            throw new IllegalArgumentException("leg " + from + "->" + to + " arrives before it leaves");
        }
    }

    /**
     * {@code a.isBefore(b)}, without converting to epoch seconds when both carry the same offset
     * (all planned times are IST): itineraries are checked on every promise.
     */
    static boolean before(OffsetDateTime a, OffsetDateTime b) {
        if (a.getOffset().equals(b.getOffset())) {
            return a.toLocalDateTime().isBefore(b.toLocalDateTime());
        }
        return a.isBefore(b);
    }
}
