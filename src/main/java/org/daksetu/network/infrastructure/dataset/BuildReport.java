package org.daksetu.network.infrastructure.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a build produced and how well the sources matched: printed by the CLI ({@link #lines()}) and
 * written to dataset.properties ({@link #properties()}). Rates are shares of all offices unless named
 * otherwise.
 *
 * @param version      the dataset version, {@code <series>-<first 12 hex of the rows' SHA-256>}
 * @param rowsSha256   SHA-256 of the uncompressed offices.tsv text, header included
 */
public record BuildReport(String version, String rowsSha256, Sources sources, Offices offices,
                          DivisionJoin divisionJoin, StateSources stateSources, Geo geo, Delivery delivery,
                          Rural rural) {

    /** A raw file read: its SHA-256, the rows used and the rows skipped (no valid PIN, or a bad point). */
    public record SourceFile(String name, String sha256, int rows, int skipped) {
    }

    /**
     * @param duplicatesMerged   2015 rows that repeat an office already read (same PIN, name and tier)
     * @param divisionOnlyRows   2024 rows that no 2015 office matched; they are not in the dataset
     * @param divisionOnlyPins   PINs of the 2024 file absent from the 2015 file, so from the dataset
     * @param circleTyposFolded  2024 rows whose one-off circle name was replaced
     */
    public record Sources(List<SourceFile> files, int duplicatesMerged, int divisionOnlyRows, int divisionOnlyPins,
                          int circleTyposFolded) {
    }

    public record Offices(int total, int headOffices, int subOffices, int branchOffices, int irregularSuffix,
                          int noSuffix, int nonDeliveryMarked, int pins, int states, int circles, int regions,
                          int divisions) {
    }

    /** How each office got division, region and circle. */
    public record DivisionJoin(int exactName, int looseName, int inferredFromPin, int inferredFromSortingDistrict,
                               int unknown) {
        public int matched() {
            return exactName + looseName;
        }
    }

    /** Where each office's state came from, and what the rename rules changed. */
    public record StateSources(int ownRow2024, int samePin2024, int file2015, int telanganaByDistrict,
                               int ladakh) {
    }

    /** How each office got coordinates; {@code pinsWithoutPlace} counts PINs none of whose offices is a PLACE. */
    public record Geo(int placeExactName, int placeLooseName, int pinCentroid, int areaCentroid, int none,
                      int pinsWithoutPlace) {
        public int place() {
            return placeExactName + placeLooseName;
        }
    }

    /** PINs by the tier of their delivery office and by the step of the rule that decided. */
    public record Delivery(int byHeadOffice, int bySubOffice, int byBranchOffice, int oneCandidate,
                           int nearestToPinCentroid, int byName, int nonDeliverySkipped) {
    }

    /** PINs by the share of branch offices among their offices: the raw material of a rural indicator. */
    public record Rural(int pins, int noBranchOffice, int shareBelowQuarter, int shareQuarterToHalf,
                        int shareHalfToThreeQuarters, int shareThreeQuartersToAll, int onlyBranchOffices) {
        public int withBranchOffice() {
            return pins - noBranchOffice;
        }

        public int shareAtLeastHalf() {
            return shareHalfToThreeQuarters + shareThreeQuartersToAll + onlyBranchOffices;
        }
    }

    public List<String> lines() {
        int n = offices.total();
        List<String> lines = new ArrayList<>();
        lines.add("Network dataset " + version);
        for (SourceFile f : sources.files()) {
            lines.add(format("  source %-24s %,9d rows, %,d skipped, sha256 %s",
                    f.name(), f.rows(), f.skipped(), f.sha256().substring(0, 12)));
        }
        lines.add(format("  offices        %,d in %,d PINs: HO %,d, SO %,d, BO %,d",
                n, offices.pins(), offices.headOffices(), offices.subOffices(), offices.branchOffices()));
        lines.add(format("  tier           irregular suffix %,d, no suffix (taken as SO) %,d, non-delivery marked %,d",
                offices.irregularSuffix(), offices.noSuffix(), offices.nonDeliveryMarked()));
        lines.add(format("  left out       %,d duplicate 2015 rows merged, %,d rows and %,d PINs only in the 2024 file",
                sources.duplicatesMerged(), sources.divisionOnlyRows(), sources.divisionOnlyPins()));
        lines.add(format("  hierarchy      %d states/UTs, %d circles (%d typo rows folded), %d regions, %d divisions",
                offices.states(), offices.circles(), sources.circleTyposFolded(), offices.regions(),
                offices.divisions()));
        lines.add(format("  2024 join      %s matched (exact %,d, loose %,d); inferred: from PIN %,d, "
                        + "from sorting district %,d; unknown %,d",
                percent(divisionJoin.matched(), n), divisionJoin.exactName(), divisionJoin.looseName(),
                divisionJoin.inferredFromPin(), divisionJoin.inferredFromSortingDistrict(), divisionJoin.unknown()));
        lines.add(format("  state from     own 2024 row %,d, PIN's 2024 rows %,d, 2015 file %,d; "
                        + "Telangana by district %,d, Ladakh %,d",
                stateSources.ownRow2024(), stateSources.samePin2024(), stateSources.file2015(),
                stateSources.telanganaByDistrict(), stateSources.ladakh()));
        lines.add(format("  coordinates    PLACE %s (exact %,d, loose %,d), PIN_CENTROID %s, AREA_CENTROID %s, "
                        + "NONE %,d; PINs without a PLACE %,d",
                percent(geo.place(), n), geo.placeExactName(), geo.placeLooseName(), percent(geo.pinCentroid(), n),
                percent(geo.areaCentroid(), n), geo.none(), geo.pinsWithoutPlace()));
        lines.add(format("  delivery       PINs delivered by HO %,d, SO %,d, BO %,d; decided: one candidate %,d, "
                        + "nearest to PIN centroid %,d, by name %,d; non-delivery offices skipped in %,d PINs",
                delivery.byHeadOffice(), delivery.bySubOffice(), delivery.byBranchOffice(), delivery.oneCandidate(),
                delivery.nearestToPinCentroid(), delivery.byName(), delivery.nonDeliverySkipped()));
        lines.add(format("  BO share/PIN   none %,d, <25%% %,d, 25-50%% %,d, 50-75%% %,d, 75-<100%% %,d, all %,d "
                        + "(>=50%% %,d, any BO %,d)",
                rural.noBranchOffice(), rural.shareBelowQuarter(), rural.shareQuarterToHalf(),
                rural.shareHalfToThreeQuarters(), rural.shareThreeQuartersToAll(), rural.onlyBranchOffices(),
                rural.shareAtLeastHalf(), rural.withBranchOffice()));
        return lines;
    }

    /** Everything in {@link #lines()}, as stable keys for dataset.properties, in a fixed order. */
    public Map<String, String> properties() {
        int n = offices.total();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("version", version);
        p.put("format", "offices.tsv.gz: gzip, UTF-8, tab-separated, header line, NULL as empty field; "
                + "see docs/NETWORK-DATA.md");
        p.put("rows.sha256", rowsSha256);
        for (SourceFile f : sources.files()) {
            String key = "source." + f.name();
            p.put(key + ".sha256", f.sha256());
            p.put(key + ".rows", Integer.toString(f.rows()));
            p.put(key + ".skipped", Integer.toString(f.skipped()));
        }
        p.put("source.duplicates.merged", Integer.toString(sources.duplicatesMerged()));
        p.put("source.division-only.rows", Integer.toString(sources.divisionOnlyRows()));
        p.put("source.division-only.pins", Integer.toString(sources.divisionOnlyPins()));
        p.put("source.circle-typos.folded", Integer.toString(sources.circleTyposFolded()));
        p.put("offices.total", Integer.toString(n));
        p.put("offices.tier.HO", Integer.toString(offices.headOffices()));
        p.put("offices.tier.SO", Integer.toString(offices.subOffices()));
        p.put("offices.tier.BO", Integer.toString(offices.branchOffices()));
        p.put("offices.tier.irregular-suffix", Integer.toString(offices.irregularSuffix()));
        p.put("offices.tier.no-suffix", Integer.toString(offices.noSuffix()));
        p.put("offices.non-delivery-marked", Integer.toString(offices.nonDeliveryMarked()));
        p.put("pins", Integer.toString(offices.pins()));
        p.put("states", Integer.toString(offices.states()));
        p.put("circles", Integer.toString(offices.circles()));
        p.put("regions", Integer.toString(offices.regions()));
        p.put("divisions", Integer.toString(offices.divisions()));
        p.put("division.match.exact", Integer.toString(divisionJoin.exactName()));
        p.put("division.match.loose", Integer.toString(divisionJoin.looseName()));
        p.put("division.match.rate", rate(divisionJoin.matched(), n));
        p.put("division.inferred.pin", Integer.toString(divisionJoin.inferredFromPin()));
        p.put("division.inferred.sorting-district", Integer.toString(divisionJoin.inferredFromSortingDistrict()));
        p.put("division.inferred.rate",
                rate(divisionJoin.inferredFromPin() + divisionJoin.inferredFromSortingDistrict(), n));
        p.put("division.unknown", Integer.toString(divisionJoin.unknown()));
        p.put("state.source.own-row-2024", Integer.toString(stateSources.ownRow2024()));
        p.put("state.source.same-pin-2024", Integer.toString(stateSources.samePin2024()));
        p.put("state.source.file-2015", Integer.toString(stateSources.file2015()));
        p.put("state.telangana-by-district", Integer.toString(stateSources.telanganaByDistrict()));
        p.put("state.ladakh", Integer.toString(stateSources.ladakh()));
        p.put("geo.place.exact", Integer.toString(geo.placeExactName()));
        p.put("geo.place.loose", Integer.toString(geo.placeLooseName()));
        p.put("geo.place.rate", rate(geo.place(), n));
        p.put("geo.pin-centroid", Integer.toString(geo.pinCentroid()));
        p.put("geo.pin-centroid.rate", rate(geo.pinCentroid(), n));
        p.put("geo.area-centroid", Integer.toString(geo.areaCentroid()));
        p.put("geo.area-centroid.rate", rate(geo.areaCentroid(), n));
        p.put("geo.none", Integer.toString(geo.none()));
        p.put("geo.pins-without-place", Integer.toString(geo.pinsWithoutPlace()));
        p.put("delivery.pins.by-HO", Integer.toString(delivery.byHeadOffice()));
        p.put("delivery.pins.by-SO", Integer.toString(delivery.bySubOffice()));
        p.put("delivery.pins.by-BO", Integer.toString(delivery.byBranchOffice()));
        p.put("delivery.decided.one-candidate", Integer.toString(delivery.oneCandidate()));
        p.put("delivery.decided.nearest-to-pin-centroid", Integer.toString(delivery.nearestToPinCentroid()));
        p.put("delivery.decided.by-name", Integer.toString(delivery.byName()));
        p.put("delivery.non-delivery-skipped", Integer.toString(delivery.nonDeliverySkipped()));
        p.put("rural.pins.no-BO", Integer.toString(rural.noBranchOffice()));
        p.put("rural.pins.bo-share-below-25", Integer.toString(rural.shareBelowQuarter()));
        p.put("rural.pins.bo-share-25-to-50", Integer.toString(rural.shareQuarterToHalf()));
        p.put("rural.pins.bo-share-50-to-75", Integer.toString(rural.shareHalfToThreeQuarters()));
        p.put("rural.pins.bo-share-75-to-below-100", Integer.toString(rural.shareThreeQuartersToAll()));
        p.put("rural.pins.only-BO", Integer.toString(rural.onlyBranchOffices()));
        p.put("rural.pins.bo-share-at-least-50", Integer.toString(rural.shareAtLeastHalf()));
        p.put("rural.pins.with-BO", Integer.toString(rural.withBranchOffice()));
        return p;
    }

    @Override
    public String toString() {
        return String.join(System.lineSeparator(), lines());
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    private static String rate(int part, int whole) {
        return whole == 0 ? "0" : String.format(Locale.ROOT, "%.4f", (double) part / whole);
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "0 %" : String.format(Locale.ROOT, "%.2f %%", 100.0 * part / whole);
    }
}
