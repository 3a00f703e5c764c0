package org.daksetu.network.infrastructure.dataset;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.daksetu.network.infrastructure.dataset.JoinedOffice.HierarchySource;
import org.daksetu.network.infrastructure.dataset.JoinedOffice.StateSource;
import org.daksetu.network.infrastructure.dataset.SourceRecords.DivisionOffice;

/**
 * Joins an office of the 2015 file to its row of the 2024 file on (PIN, name) and takes division,
 * region, circle, district and state from it; an office without a row borrows from its PIN or sorting
 * district. Remembers which 2024 rows were used, to count the ones no office claimed.
 */
final class DivisionJoiner {

    private final DivisionDirectory directory;
    private final StateModernizer states;
    private final Set<DivisionOffice> used = Collections.newSetFromMap(new IdentityHashMap<>());

    DivisionJoiner(DivisionDirectory directory, StateModernizer states) {
        this.directory = directory;
        this.states = states;
    }

    JoinedOffice join(long officeId, ParsedOffice office) {
        Optional<DivisionDirectory.Match> match = directory.find(office.pin(), office.name());
        match.ifPresent(m -> used.add(m.office()));
        if (match.isPresent()) {
            DivisionOffice row = match.get().office();
            String district = row.district().isEmpty() ? office.district() : row.district();
            return new JoinedOffice(officeId, office, match.get().how(), DivisionDirectory.hierarchyOf(row),
                    HierarchySource.OWN_ROW, district, stateOfOwnRow(row, office, district), stateSourceOf(row));
        }
        return joinWithoutRow(officeId, office);
    }

    int unusedRows() {
        return (int) directory.offices().stream().filter(row -> !used.contains(row)).count();
    }

    private JoinedOffice joinWithoutRow(long officeId, ParsedOffice office) {
        int pin = office.pin();
        Optional<PostalHierarchy> ofPin = directory.mostCommonHierarchyOfPin(pin);
        Optional<PostalHierarchy> ofArea = directory.mostCommonHierarchyOfSortingDistrict(pin);
        PostalHierarchy hierarchy = ofPin.or(() -> ofArea).orElse(PostalHierarchy.UNKNOWN);
        HierarchySource source = ofPin.isPresent() ? HierarchySource.SAME_PIN
                : ofArea.isPresent() ? HierarchySource.SAME_SORTING_DISTRICT : HierarchySource.NONE;
        Optional<String> stateOfPin = directory.mostCommonStateOfPin(pin);
        String state = stateOfPin
                .map(s -> states.modernize(s, office.district(), false))
                .orElseGet(() -> states.modernize(office.state(), office.district(), true));
        StateSource stateSource = stateOfPin.isPresent() ? StateSource.SAME_PIN_2024 : StateSource.FILE_2015;
        return new JoinedOffice(officeId, office, null, hierarchy, source, office.district(), state, stateSource);
    }

    private String stateOfOwnRow(DivisionOffice row, ParsedOffice office, String district) {
        return row.state().isEmpty()
                ? states.modernize(office.state(), office.district(), true)
                : states.modernize(row.state(), district, false);
    }

    private static StateSource stateSourceOf(DivisionOffice row) {
        return row.state().isEmpty() ? StateSource.FILE_2015 : StateSource.OWN_ROW_2024;
    }
}
