package org.daksetu.tracking.infrastructure;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daksetu.network.domain.routing.Itinerary;
import org.daksetu.network.domain.routing.Leg;
import org.daksetu.network.domain.routing.LegKind;
import org.daksetu.network.domain.routing.TransportMode;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Itineraries and place aliases as JSON in tracked_article: a stable shape of our own, not the record's. */
final class RouteJson {

    static final JsonMapper JSON = JsonMapper.builder().build();

    record LegJson(String kind, String from, String to, String lane, String mode, String departure, String arrival) {
    }

    private RouteJson() {
    }

    static String itinerary(Itinerary itinerary) {
        return JSON.writeValueAsString(itinerary.legs().stream().map(l -> new LegJson(l.kind().name(), l.from(), l.to(),
                l.laneId().orElse(null), l.mode().name(), l.plannedDeparture().toString(), l.plannedArrival().toString()))
                .toList());
    }

    static Itinerary itinerary(String json) {
        List<LegJson> legs = JSON.readValue(json, new TypeReference<List<LegJson>>() { });
        return new Itinerary(legs.stream().map(l -> new Leg(LegKind.valueOf(l.kind()), l.from(), l.to(),
                Optional.ofNullable(l.lane()), TransportMode.valueOf(l.mode()), OffsetDateTime.parse(l.departure()),
                OffsetDateTime.parse(l.arrival()))).toList());
    }

    static String aliases(Map<String, String> aliases) {
        return JSON.writeValueAsString(new java.util.TreeMap<>(aliases));
    }

    /** A route as stored: parsed once, shared by every article that has it. */
    record Stored(Itinerary itinerary, Map<String, String> aliases) {
    }

    /** Identifies a route by its content, so that equal routes are stored once. */
    static String digest(org.daksetu.tracking.domain.Route route) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            md.update(itinerary(route.itinerary()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(aliases(route.aliases()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> aliases(String json) {
        return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
    }
}
