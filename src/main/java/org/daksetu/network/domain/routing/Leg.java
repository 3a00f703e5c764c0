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
        if (plannedArrival.isBefore(plannedDeparture)) {
            throw new IllegalArgumentException("leg " + from + "->" + to + " arrives before it leaves");
        }
    }
}
