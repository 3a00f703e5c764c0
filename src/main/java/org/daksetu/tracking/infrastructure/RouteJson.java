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

    /**
     * The itinerary as JSON: written by hand (bulk booking registers thousands of routes a call),
     * byte for byte what Jackson writes for the {@link LegJson} list (the digest depends on it);
     * a text with a character that Jackson would escape goes through Jackson itself.
     */
    static String itinerary(Itinerary itinerary) {
        StringBuilder out = new StringBuilder(160 * itinerary.legs().size());
        out.append('[');
        for (Leg l : itinerary.legs()) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append("{\"kind\":\"").append(l.kind().name()).append("\",\"from\":");
            if (!plain(out, l.from())) {
                return jacksonItinerary(itinerary);
            }
            out.append(",\"to\":");
            if (!plain(out, l.to())) {
                return jacksonItinerary(itinerary);
            }
            out.append(",\"lane\":");
            if (l.laneId().isEmpty()) {
                out.append("null");
            } else if (!plain(out, l.laneId().get())) {
                return jacksonItinerary(itinerary);
            }
            out.append(",\"mode\":\"").append(l.mode().name()).append("\",\"departure\":\"").append(l.plannedDeparture())
                    .append("\",\"arrival\":\"").append(l.plannedArrival()).append("\"}");
        }
        return out.append(']').toString();
    }

    /** As Jackson writes it: the reference for {@link #itinerary(Itinerary)}. */
    static String jacksonItinerary(Itinerary itinerary) {
        return JSON.writeValueAsString(itinerary.legs().stream().map(l -> new LegJson(l.kind().name(), l.from(), l.to(),
                l.laneId().orElse(null), l.mode().name(), l.plannedDeparture().toString(), l.plannedArrival().toString()))
                .toList());
    }

    /** Appends a JSON string that needs no escaping (printable ASCII, no quote or backslash); false if it would. */
    private static boolean plain(StringBuilder out, String text) {
        if (text == null) {
            out.append("null");
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
                return false;
            }
        }
        out.append('"').append(text).append('"');
        return true;
    }

    static Itinerary itinerary(String json) {
        List<LegJson> legs = JSON.readValue(json, new TypeReference<List<LegJson>>() { });
        return new Itinerary(legs.stream().map(l -> new Leg(LegKind.valueOf(l.kind()), l.from(), l.to(),
                Optional.ofNullable(l.lane()), TransportMode.valueOf(l.mode()), OffsetDateTime.parse(l.departure()),
                OffsetDateTime.parse(l.arrival()))).toList());
    }

    /** The aliases as JSON, sorted by key: by hand as {@link #itinerary(Itinerary)}, else through Jackson. */
    static String aliases(Map<String, String> aliases) {
        java.util.TreeMap<String, String> sorted = new java.util.TreeMap<>(aliases);
        StringBuilder out = new StringBuilder(40 * sorted.size() + 2).append('{');
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            if (e.getKey() == null || !plain(out, e.getKey())) {
                return jacksonAliases(aliases);
            }
            out.append(':');
            if (!plain(out, e.getValue())) {
                return jacksonAliases(aliases);
            }
        }
        return out.append('}').toString();
    }

    /** As Jackson writes it: the reference for {@link #aliases(Map)}. */
    static String jacksonAliases(Map<String, String> aliases) {
        return JSON.writeValueAsString(new java.util.TreeMap<>(aliases));
    }

    /** A route as stored: parsed once, shared by every article that has it. */
    record Stored(Itinerary itinerary, Map<String, String> aliases) {
    }

    /** Identifies a route by its content, so that equal routes are stored once. */
    static String digest(org.daksetu.tracking.domain.Route route) {
        return digest(itinerary(route.itinerary()), aliases(route.aliases()));
    }

    /** The digest of a route from its itinerary and aliases as JSON (as {@link #itinerary} and {@link #aliases} write them). */
    static String digest(String itineraryJson, String aliasesJson) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            md.update(itineraryJson.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(aliasesJson.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> aliases(String json) {
        return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
    }
}
