package org.daksetu.tracking.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.daksetu.network.domain.routing.Itinerary;
import org.daksetu.network.domain.routing.Leg;

/**
 * What was planned for an article: the itinerary and its EDD, and the names scanners use for the
 * itinerary's places. Scanners name the office where they stand (an office id), the itinerary names
 * hubs by code; {@code aliases} maps an office id to the itinerary place it stands for (a hub's
 * office, the pickup point's office).
 */
public record Route(Itinerary itinerary, LocalDate edd, Map<String, String> aliases) {

    public Route {
        aliases = Map.copyOf(aliases);
    }

    /** The itinerary place a scanned place stands for, if the plan foresees it. */
    public Optional<String> placeOf(String scanned) {
        if (itinerary.passesThrough(scanned)) {
            return Optional.of(scanned);
        }
        return Optional.ofNullable(aliases.get(scanned)).filter(itinerary::passesThrough);
    }

    public boolean expects(String scanned) {
        return placeOf(scanned).isPresent();
    }

    /** When the plan has the parcel at a place: the planned arrival there (the departure for the origin). */
    public Optional<OffsetDateTime> plannedAt(String place) {
        for (Leg leg : itinerary.legs()) {
            if (leg.from().equals(place)) {
                return Optional.of(leg.plannedDeparture());
            }
            if (leg.to().equals(place)) {
                return Optional.of(leg.plannedArrival());
            }
        }
        return Optional.empty();
    }

    /** The leg that leaves a place, if any. */
    public Optional<Leg> legFrom(String place) {
        return itinerary.legs().stream().filter(l -> l.from().equals(place)).findFirst();
    }
}
