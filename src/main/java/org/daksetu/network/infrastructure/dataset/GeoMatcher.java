package org.daksetu.network.infrastructure.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daksetu.network.infrastructure.dataset.SourceRecords.GeoPlace;

/**
 * Gives offices coordinates from GeoNames. GeoNames' Indian postal file is itself drawn from the post
 * office directory, so most offices appear in it by name; the others fall back to coarser points
 * (see {@link GeoMatch}). Points outside India were already dropped by the reader.
 */
final class GeoMatcher {

    /** Where an office was placed; {@code coordinates} is null only for {@link GeoMatch#NONE}. */
    record Location(Coordinates coordinates, GeoMatch match, NameMatch placeMatch) {

        static final Location NOWHERE = new Location(null, GeoMatch.NONE, null);

        boolean isKnown() {
            return coordinates != null;
        }
    }

    /** What the matcher needs of an office. */
    record Query(int pin, String name) {
    }

    private record PinName(int pin, String key) {
    }

    private final Map<Integer, List<Coordinates>> pointsByPin = new LinkedHashMap<>();
    private final Map<PinName, Coordinates> byExactName = new HashMap<>();
    private final Map<PinName, List<Coordinates>> byLooseName = new HashMap<>();
    private final Map<Integer, Coordinates> pinCentroids = new HashMap<>();

    GeoMatcher(List<GeoPlace> places) {
        for (GeoPlace place : places) {
            pointsByPin.computeIfAbsent(place.pin(), p -> new ArrayList<>()).add(place.coordinates());
            // The first of a repeated (PIN, name) wins, as the file lists it.
            byExactName.putIfAbsent(new PinName(place.pin(), NameKeys.exact(place.name())), place.coordinates());
            byLooseName.computeIfAbsent(new PinName(place.pin(), NameKeys.loose(place.name())), k -> new ArrayList<>())
                    .add(place.coordinates());
        }
        pointsByPin.forEach((pin, points) -> Coordinates.centroid(points).ifPresent(c -> pinCentroids.put(pin, c)));
    }

    Optional<Coordinates> pinCentroid(int pin) {
        return Optional.ofNullable(pinCentroids.get(pin));
    }

    /**
     * Places every office. Two passes, because the area centroid of a PIN missing from GeoNames is
     * the mean of the offices located in the first pass; the result follows the order of the queries,
     * and that order fixes the order of summation.
     */
    List<Location> locate(List<Query> offices) {
        List<Location> located = new ArrayList<>(offices.size());
        Map<Integer, List<Coordinates>> locatedBySortingDistrict = new HashMap<>();
        for (Query office : offices) {
            Location location = byPlaceOrPin(office);
            located.add(location);
            if (location.isKnown()) {
                locatedBySortingDistrict.computeIfAbsent(Pins.sortingDistrict(office.pin()),
                        k -> new ArrayList<>()).add(location.coordinates());
            }
        }
        Map<Integer, Optional<Coordinates>> areaCentroids = new HashMap<>();
        for (int i = 0; i < located.size(); i++) {
            if (located.get(i).isKnown()) {
                continue;
            }
            int district = Pins.sortingDistrict(offices.get(i).pin());
            Optional<Coordinates> area = areaCentroids.computeIfAbsent(district,
                    d -> Coordinates.centroid(locatedBySortingDistrict.getOrDefault(d, List.of())));
            located.set(i, area.map(c -> new Location(c, GeoMatch.AREA_CENTROID, null)).orElse(Location.NOWHERE));
        }
        return located;
    }

    private Location byPlaceOrPin(Query office) {
        Coordinates exact = byExactName.get(new PinName(office.pin(), NameKeys.exact(office.name())));
        if (exact != null) {
            return new Location(exact, GeoMatch.PLACE, NameMatch.EXACT);
        }
        List<Coordinates> loose = byLooseName.getOrDefault(new PinName(office.pin(), NameKeys.loose(office.name())),
                List.of());
        if (loose.size() == 1) {
            return new Location(loose.get(0), GeoMatch.PLACE, NameMatch.LOOSE);
        }
        return pinCentroid(office.pin())
                .map(c -> new Location(c, GeoMatch.PIN_CENTROID, null))
                .orElse(Location.NOWHERE);
    }
}
