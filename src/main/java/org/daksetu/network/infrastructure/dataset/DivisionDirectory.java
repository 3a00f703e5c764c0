package org.daksetu.network.infrastructure.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.daksetu.network.infrastructure.dataset.SourceRecords.DivisionOffice;

/**
 * The 2024 file, indexed for the join: by (PIN, name), and by PIN and by sorting district
 * (first three digits of the PIN) for offices that have no row of their own.
 *
 * <p>Circle names are cleaned on the way in. A circle value carried by at most
 * {@value #MAX_ROWS_OF_A_TYPO} rows is a typo (the file has "Thane" and "Goa", one row each, in a
 * Maharashtra and a Tamil Nadu PIN): it is replaced by the most common of the other circles of the
 * same sorting district, since India Post assigns whole sorting districts to a circle. Three circles
 * are spelled as India Post's own pages do: Tamilnadu → Tamil Nadu, Jammukashmir → Jammu and
 * Kashmir, Chattisgarh → Chhattisgarh.
 */
final class DivisionDirectory {

    static final int MAX_ROWS_OF_A_TYPO = 2;

    private static final Map<String, String> CIRCLE_SPELLING = Map.of(
            "Tamilnadu", "Tamil Nadu",
            "Jammukashmir", "Jammu and Kashmir",
            "Chattisgarh", "Chhattisgarh");

    /** A row of the file found for an office, and how. */
    record Match(DivisionOffice office, NameMatch how) {
    }

    private record PinName(int pin, String key) {
    }

    private final Map<Integer, List<DivisionOffice>> byPin = new LinkedHashMap<>();
    private final Map<Integer, List<DivisionOffice>> bySortingDistrict = new HashMap<>();
    private final Map<PinName, DivisionOffice> byExactName = new HashMap<>();
    private final Map<PinName, List<DivisionOffice>> byLooseName = new HashMap<>();
    private final int circleTyposFolded;

    DivisionDirectory(List<DivisionOffice> rows) {
        List<DivisionOffice> spelled = rows.stream().map(DivisionDirectory::withCircleSpelled).toList();
        Map<String, Integer> rowsPerCircle = new HashMap<>();
        spelled.forEach(r -> rowsPerCircle.merge(r.circle(), 1, Integer::sum));
        Map<Integer, String> circleOfSortingDistrict = circleOfEachSortingDistrict(spelled, rowsPerCircle);
        int folded = 0;
        for (DivisionOffice row : spelled) {
            DivisionOffice office = row;
            String circle = circleOfSortingDistrict.get(Pins.sortingDistrict(row.pin()));
            if (isTypo(row.circle(), rowsPerCircle) && circle != null && !circle.equals(row.circle())) {
                office = new DivisionOffice(row.pin(), row.name(), circle, row.region(), row.division(),
                        row.district(), row.state());
                folded++;
            }
            index(office);
        }
        this.circleTyposFolded = folded;
    }

    Optional<Match> find(int pin, String name) {
        DivisionOffice exact = byExactName.get(new PinName(pin, NameKeys.exact(name)));
        if (exact != null) {
            return Optional.of(new Match(exact, NameMatch.EXACT));
        }
        List<DivisionOffice> loose = byLooseName.getOrDefault(new PinName(pin, NameKeys.loose(name)), List.of());
        return loose.size() == 1 ? Optional.of(new Match(loose.get(0), NameMatch.LOOSE)) : Optional.empty();
    }

    Optional<PostalHierarchy> mostCommonHierarchyOfPin(int pin) {
        return MostCommon.of(hierarchies(byPin.getOrDefault(pin, List.of())), PostalHierarchy.ORDER);
    }

    Optional<PostalHierarchy> mostCommonHierarchyOfSortingDistrict(int pin) {
        return MostCommon.of(hierarchies(bySortingDistrict.getOrDefault(Pins.sortingDistrict(pin), List.of())),
                PostalHierarchy.ORDER);
    }

    Optional<String> mostCommonStateOfPin(int pin) {
        List<String> states = byPin.getOrDefault(pin, List.of()).stream()
                .map(DivisionOffice::state).filter(s -> !s.isEmpty()).toList();
        return MostCommon.of(states, Comparator.naturalOrder());
    }

    List<DivisionOffice> offices() {
        return byPin.values().stream().flatMap(List::stream).toList();
    }

    Set<Integer> pins() {
        return new TreeSet<>(byPin.keySet());
    }

    int circleTyposFolded() {
        return circleTyposFolded;
    }

    static PostalHierarchy hierarchyOf(DivisionOffice office) {
        return new PostalHierarchy(office.division(), office.region(), office.circle());
    }

    private void index(DivisionOffice office) {
        byPin.computeIfAbsent(office.pin(), p -> new ArrayList<>()).add(office);
        bySortingDistrict.computeIfAbsent(Pins.sortingDistrict(office.pin()), p -> new ArrayList<>()).add(office);
        // The first row wins: the file's two duplicate keys are the same office written twice.
        byExactName.putIfAbsent(new PinName(office.pin(), NameKeys.exact(office.name())), office);
        byLooseName.computeIfAbsent(new PinName(office.pin(), NameKeys.loose(office.name())), k -> new ArrayList<>())
                .add(office);
    }

    private static List<PostalHierarchy> hierarchies(List<DivisionOffice> offices) {
        return offices.stream().map(DivisionDirectory::hierarchyOf).toList();
    }

    private static Map<Integer, String> circleOfEachSortingDistrict(List<DivisionOffice> rows,
                                                                    Map<String, Integer> rowsPerCircle) {
        Map<Integer, List<String>> circles = new HashMap<>();
        for (DivisionOffice row : rows) {
            if (!isTypo(row.circle(), rowsPerCircle)) {
                circles.computeIfAbsent(Pins.sortingDistrict(row.pin()), k -> new ArrayList<>()).add(row.circle());
            }
        }
        Map<Integer, String> result = new HashMap<>();
        circles.forEach((district, names) ->
                MostCommon.of(names, Comparator.<String>naturalOrder()).ifPresent(c -> result.put(district, c)));
        return result;
    }

    private static boolean isTypo(String circle, Map<String, Integer> rowsPerCircle) {
        return rowsPerCircle.get(circle) <= MAX_ROWS_OF_A_TYPO;
    }

    private static DivisionOffice withCircleSpelled(DivisionOffice row) {
        String circle = CIRCLE_SPELLING.getOrDefault(row.circle(), row.circle());
        return new DivisionOffice(row.pin(), row.name(), circle, row.region(), row.division(), row.district(),
                row.state());
    }
}
