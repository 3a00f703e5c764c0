package org.daksetu.booking.infrastructure;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.daksetu.network.domain.routing.Itinerary;
import org.daksetu.network.domain.routing.Leg;
import org.daksetu.network.domain.routing.LegKind;
import org.daksetu.network.domain.routing.TransportMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The itinerary as stored in the shipment's JSONB column: an array of legs. Written by hand
 * because bulk booking writes ten thousand of them per request.
 */
final class ItineraryJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ItineraryJson() {
    }

    static String write(Itinerary itinerary) {
        StringBuilder out = new StringBuilder(96 * itinerary.legs().size());
        out.append('[');
        boolean first = true;
        for (Leg leg : itinerary.legs()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            out.append("{\"kind\":\"").append(leg.kind().name()).append("\",\"from\":");
            string(out, leg.from());
            out.append(",\"to\":");
            string(out, leg.to());
            if (leg.laneId().isPresent()) {
                out.append(",\"lane\":");
                string(out, leg.laneId().get());
            }
            out.append(",\"mode\":\"").append(leg.mode().name())
                    .append("\",\"departure\":\"").append(leg.plannedDeparture())
                    .append("\",\"arrival\":\"").append(leg.plannedArrival()).append("\"}");
        }
        return out.append(']').toString();
    }

    static Itinerary read(String json) {
        JsonNode legs = JSON.readTree(json);
        List<Leg> out = new ArrayList<>(legs.size());
        for (JsonNode leg : legs) {
            out.add(new Leg(LegKind.valueOf(leg.get("kind").asString()), leg.get("from").asString(), leg.get("to").asString(),
                    Optional.ofNullable(leg.get("lane")).map(JsonNode::asString), TransportMode.valueOf(leg.get("mode").asString()),
                    OffsetDateTime.parse(leg.get("departure").asString()), OffsetDateTime.parse(leg.get("arrival").asString())));
        }
        return new Itinerary(out);
    }

    static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
