package org.daksetu.tracking.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.daksetu.network.domain.routing.Itinerary;
import org.daksetu.network.domain.routing.Leg;
import org.daksetu.network.domain.routing.LegKind;
import org.daksetu.network.domain.routing.TransportMode;
import org.daksetu.tracking.domain.Route;

/**
 * The hand-written route JSON is byte for byte what Jackson writes (a route's digest, and so
 * which stored route an article shares, depends on it), for place codes as they are and for any
 * text at all (which falls back to Jackson).
 */
class RouteJsonProperties {

    @Provide
    Arbitrary<List<String>> places() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.strings().withCharRange('A', 'Z').numeric().withChars('-').ofMinLength(1)
                        .ofMaxLength(12)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMinLength(0).ofMaxLength(8))) // quotes, backslashes, controls, non-ASCII
                .list().ofMinSize(2).ofMaxSize(7);
    }

    @Property(tries = 300)
    void the_itinerary_and_aliases_are_written_as_jackson_writes_them(@ForAll("places") List<String> places,
                                                                       @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        List<String> chain = new ArrayList<>(places);
        while (chain.size() < 2) {
            chain.add("P" + chain.size());
        }
        java.util.Random rng = new java.util.Random(seed);
        OffsetDateTime t = OffsetDateTime.of(2026, 7, 1, 10, 0, 0, rng.nextInt(3) == 0 ? 0 : rng.nextInt(1000) * 1_000_000,
                ZoneOffset.ofHoursMinutes(5, 30));
        List<Leg> legs = new ArrayList<>();
        for (int i = 1; i < chain.size(); i++) {
            OffsetDateTime arrival = t.plusMinutes(rng.nextInt(5000)).plusSeconds(rng.nextInt(2) * rng.nextInt(60));
            Optional<String> lane = rng.nextBoolean() ? Optional.empty() : Optional.of(chain.get(i) + "/" + chain.get(i - 1));
            legs.add(new Leg(LegKind.values()[rng.nextInt(LegKind.values().length)], chain.get(i - 1), chain.get(i), lane,
                    TransportMode.values()[rng.nextInt(TransportMode.values().length)], t, arrival));
            t = arrival.plusMinutes(rng.nextInt(600));
        }
        Itinerary itinerary = new Itinerary(legs);
        assertThat(RouteJson.itinerary(itinerary)).isEqualTo(RouteJson.jacksonItinerary(itinerary));

        Map<String, String> aliases = new java.util.HashMap<>();
        for (int i = 0; i < chain.size(); i++) {
            aliases.put(Integer.toString(1_000_000 + rng.nextInt(1000)) + (i % 3 == 0 ? chain.get(i) : ""), chain.get(i));
        }
        assertThat(RouteJson.aliases(aliases)).isEqualTo(RouteJson.jacksonAliases(aliases));
        assertThat(RouteJson.aliases(Map.of())).isEqualTo(RouteJson.jacksonAliases(Map.of()));
        Route route = new Route(itinerary, t.toLocalDate(), aliases);
        assertThat(RouteJson.digest(route)).isEqualTo(RouteJson.digest(RouteJson.jacksonItinerary(itinerary),
                RouteJson.jacksonAliases(aliases)));
        // What is written reads back as the same itinerary and aliases: registration caches the route
        // it wrote as the route a read from the database gives.
        assertThat(RouteJson.itinerary(RouteJson.itinerary(itinerary))).isEqualTo(itinerary);
        assertThat(RouteJson.aliases(RouteJson.aliases(aliases))).isEqualTo(aliases);
    }
}
