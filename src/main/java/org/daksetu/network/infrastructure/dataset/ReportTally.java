package org.daksetu.network.infrastructure.dataset;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.daksetu.network.infrastructure.dataset.DeliveryOfficeRule.Decision;
import org.daksetu.network.infrastructure.dataset.GeoMatcher.Location;
import org.daksetu.network.infrastructure.dataset.JoinedOffice.HierarchySource;
import org.daksetu.network.infrastructure.dataset.JoinedOffice.StateSource;

/**
 * Counts what a build did. {@code joined}, {@code locations} and {@code rows} are parallel lists in
 * office-id order.
 */
record ReportTally(List<BuildReport.SourceFile> files, int duplicatesMerged, int divisionOnlyRows,
                   Set<Integer> divisionPins, int circleTyposFolded, List<JoinedOffice> joined,
                   List<Location> locations, Map<Integer, Decision> decisions, List<NetworkOffice> rows) {

    BuildReport report(String version, String rowsSha256) {
        return new BuildReport(version, rowsSha256, sources(), offices(), divisionJoin(), stateSources(), geo(),
                delivery(), rural());
    }

    private BuildReport.Sources sources() {
        Set<Integer> onlyInDivisionFile = new HashSet<>(divisionPins);
        onlyInDivisionFile.removeAll(decisions.keySet());
        return new BuildReport.Sources(files, duplicatesMerged, divisionOnlyRows, onlyInDivisionFile.size(),
                circleTyposFolded);
    }

    private BuildReport.Offices offices() {
        return new BuildReport.Offices(rows.size(),
                count(rows, o -> o.tier() == Tier.HO), count(rows, o -> o.tier() == Tier.SO),
                count(rows, o -> o.tier() == Tier.BO),
                count(joined, o -> o.source().parsed().evidence() == ParsedOfficeName.Evidence.IRREGULAR_SUFFIX),
                count(joined, o -> o.source().parsed().evidence() == ParsedOfficeName.Evidence.NO_SUFFIX),
                count(joined, o -> o.source().parsed().nonDelivery()),
                decisions.size(), distinct(NetworkOffice::state), distinct(o -> o.hierarchy().circle()),
                distinct(o -> o.hierarchy().region()), distinct(o -> o.hierarchy().division()));
    }

    private BuildReport.DivisionJoin divisionJoin() {
        return new BuildReport.DivisionJoin(
                count(joined, o -> o.divisionMatch() == NameMatch.EXACT),
                count(joined, o -> o.divisionMatch() == NameMatch.LOOSE),
                count(joined, o -> o.hierarchySource() == HierarchySource.SAME_PIN),
                count(joined, o -> o.hierarchySource() == HierarchySource.SAME_SORTING_DISTRICT),
                count(joined, o -> o.hierarchySource() == HierarchySource.NONE));
    }

    private BuildReport.StateSources stateSources() {
        return new BuildReport.StateSources(
                count(joined, o -> o.stateSource() == StateSource.OWN_ROW_2024),
                count(joined, o -> o.stateSource() == StateSource.SAME_PIN_2024),
                count(joined, o -> o.stateSource() == StateSource.FILE_2015),
                count(joined, o -> o.stateSource() == StateSource.FILE_2015
                        && o.state().equals(StateModernizer.TELANGANA)),
                count(joined, o -> o.state().equals(StateModernizer.LADAKH)));
    }

    private BuildReport.Geo geo() {
        Set<Integer> pinsWithPlace = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (locations.get(i).match() == GeoMatch.PLACE) {
                pinsWithPlace.add(rows.get(i).pin());
            }
        }
        return new BuildReport.Geo(
                count(locations, l -> l.placeMatch() == NameMatch.EXACT),
                count(locations, l -> l.placeMatch() == NameMatch.LOOSE),
                count(locations, l -> l.match() == GeoMatch.PIN_CENTROID),
                count(locations, l -> l.match() == GeoMatch.AREA_CENTROID),
                count(locations, l -> l.match() == GeoMatch.NONE),
                decisions.size() - pinsWithPlace.size());
    }

    private BuildReport.Delivery delivery() {
        List<Decision> all = List.copyOf(decisions.values());
        return new BuildReport.Delivery(
                count(all, d -> d.tier() == Tier.HO), count(all, d -> d.tier() == Tier.SO),
                count(all, d -> d.tier() == Tier.BO),
                count(all, d -> d.reason() == DeliveryOfficeRule.Reason.ONE_CANDIDATE),
                count(all, d -> d.reason() == DeliveryOfficeRule.Reason.NEAREST_TO_PIN_CENTROID),
                count(all, d -> d.reason() == DeliveryOfficeRule.Reason.BY_NAME),
                count(all, Decision::nonDeliveryOfficesSkipped));
    }

    /** Buckets of the share of branch offices among a PIN's offices; the lower bound of each is inclusive. */
    private BuildReport.Rural rural() {
        Map<Integer, int[]> officesAndBranches = new TreeMap<>();
        for (NetworkOffice office : rows) {
            int[] counts = officesAndBranches.computeIfAbsent(office.pin(), p -> new int[2]);
            counts[0]++;
            if (office.tier() == Tier.BO) {
                counts[1]++;
            }
        }
        int[] buckets = new int[6];
        for (int[] counts : officesAndBranches.values()) {
            buckets[bucket(counts[1], counts[0])]++;
        }
        return new BuildReport.Rural(officesAndBranches.size(), buckets[0], buckets[1], buckets[2], buckets[3],
                buckets[4], buckets[5]);
    }

    private static int bucket(int branches, int offices) {
        if (branches == 0) {
            return 0;
        }
        if (branches == offices) {
            return 5;
        }
        // Integer arithmetic, so that exactly a half lands in "50-75" on every platform.
        int quarters = 4 * branches / offices;
        return 1 + quarters;
    }

    private int distinct(Function<NetworkOffice, String> field) {
        return (int) rows.stream().map(field).filter(s -> !s.isEmpty()).distinct().count();
    }

    private static <T> int count(List<T> items, Predicate<T> which) {
        return (int) items.stream().filter(which).count();
    }
}
