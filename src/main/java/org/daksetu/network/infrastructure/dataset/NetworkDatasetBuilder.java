package org.daksetu.network.infrastructure.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.daksetu.network.infrastructure.dataset.DeliveryOfficeRule.Candidate;
import org.daksetu.network.infrastructure.dataset.DeliveryOfficeRule.Decision;
import org.daksetu.network.infrastructure.dataset.GeoMatcher.Location;
import org.daksetu.network.infrastructure.dataset.SourceReader.Rows;
import org.daksetu.network.infrastructure.dataset.SourceRecords.DivisionOffice;
import org.daksetu.network.infrastructure.dataset.SourceRecords.GeoPlace;
import org.daksetu.network.infrastructure.dataset.SourceRecords.TalukOffice;

/**
 * Builds the network dataset, data/network/offices.tsv.gz and dataset.properties, from the three raw
 * public files (docs/NETWORK-DATA.md has the rules). The 2015 directory is the spine: it is the only
 * source that gives an office's tier. The 2024 file adds the postal hierarchy and today's states,
 * GeoNames the coordinates.
 *
 * <p>Pure and deterministic: the same raw files give byte-identical output, so a rebuild shows up in
 * version control only when the data changed.
 */
public final class NetworkDatasetBuilder {

    /** The first part of the version; raise it when the rules or the format change. */
    static final String SERIES = "2026.1";

    private final Consumer<String> progress;
    private final SourceReader reader = new SourceReader();
    private final OfficeNameParser nameParser = new OfficeNameParser();
    private final StateModernizer states = new StateModernizer();
    private final DeliveryOfficeRule deliveryRule = new DeliveryOfficeRule();

    public NetworkDatasetBuilder(Consumer<String> progress) {
        this.progress = Objects.requireNonNull(progress);
    }

    /** Reads the three raw files from sourceDir, writes outputDir/offices.tsv.gz and outputDir/dataset.properties. */
    public BuildReport build(Path sourceDir, Path outputDir) throws IOException {
        long started = System.nanoTime();
        progress.accept("Reading raw files from " + sourceDir);
        Rows<TalukOffice> taluk = reader.talukOffices(sourceDir);
        Rows<DivisionOffice> division = reader.divisionOffices(sourceDir);
        Rows<GeoPlace> places = reader.geoPlaces(sourceDir);
        List<BuildReport.SourceFile> files = List.of(
                sourceFile(sourceDir, SourceReader.TALUK_FILE, taluk),
                sourceFile(sourceDir, SourceReader.DIVISION_FILE, division),
                sourceFile(sourceDir, SourceReader.GEONAMES_FILE, places));

        progress.accept(format("Parsing %,d office names", taluk.rows().size()));
        List<ParsedOffice> parsed = taluk.rows().stream().map(row -> ParsedOffice.of(row, nameParser)).toList();
        List<ParsedOffice> offices = mergeDuplicates(parsed);
        Map<Long, ParsedOffice> byId = assignIds(offices);

        progress.accept("Joining with the 2024 division file");
        DivisionDirectory directory = new DivisionDirectory(division.rows());
        DivisionJoiner joiner = new DivisionJoiner(directory, states);
        List<JoinedOffice> joined = byId.entrySet().stream().map(e -> joiner.join(e.getKey(), e.getValue())).toList();

        progress.accept(format("Locating offices among %,d GeoNames places", places.rows().size()));
        GeoMatcher geo = new GeoMatcher(places.rows());
        List<Location> locations = geo.locate(joined.stream()
                .map(o -> new GeoMatcher.Query(o.pin(), o.source().name())).toList());

        progress.accept("Choosing the delivery office of each PIN");
        Map<Integer, Decision> decisions = chooseDeliveryOffices(joined, locations, geo);
        List<NetworkOffice> rows = rows(joined, locations, decisions);

        progress.accept("Writing " + outputDir.resolve(OfficesTsvWriter.FILE));
        OfficesTsvWriter.Written written = new OfficesTsvWriter().write(rows, outputDir);
        String version = SERIES + "-" + written.sha256().substring(0, 12);
        BuildReport report = new ReportTally(files, parsed.size() - offices.size(), joiner.unusedRows(),
                directory.pins(), directory.circleTyposFolded(), joined, locations, decisions, rows)
                .report(version, written.sha256());
        new DatasetPropertiesWriter().write(report, outputDir);
        progress.accept(format("Built network %s: %,d offices in %,d PINs in %.1f s", version, rows.size(),
                decisions.size(), (System.nanoTime() - started) / 1e9));
        return report;
    }

    /** Keeps one row of each (PIN, name, tier): the first in {@link ParsedOffice#ORDER}, which prefers a known taluk. */
    private static List<ParsedOffice> mergeDuplicates(List<ParsedOffice> offices) {
        Map<ParsedOffice.Identity, ParsedOffice> unique = new LinkedHashMap<>();
        offices.stream().sorted(ParsedOffice.ORDER).forEach(o -> unique.putIfAbsent(o.identity(), o));
        return List.copyOf(unique.values());
    }

    /** Office id → office, in id order. {@code offices} must be in {@link ParsedOffice#ORDER}. */
    private static Map<Long, ParsedOffice> assignIds(List<ParsedOffice> offices) {
        Map<Integer, List<ParsedOffice>> byPin = new TreeMap<>();
        offices.forEach(o -> byPin.computeIfAbsent(o.pin(), p -> new ArrayList<>()).add(o));
        Map<Long, ParsedOffice> byId = new TreeMap<>();
        byPin.forEach((pin, ofPin) -> {
            List<Long> ids = OfficeIds.assign(pin, ofPin.stream().map(ParsedOffice::nameKey).toList());
            for (int i = 0; i < ids.size(); i++) {
                byId.put(ids.get(i), ofPin.get(i));
            }
        });
        return byId;
    }

    private Map<Integer, Decision> chooseDeliveryOffices(List<JoinedOffice> joined, List<Location> locations,
                                                         GeoMatcher geo) {
        Map<Integer, List<Candidate>> candidatesByPin = new TreeMap<>();
        for (int i = 0; i < joined.size(); i++) {
            JoinedOffice office = joined.get(i);
            Location location = locations.get(i);
            Coordinates ownPlace = location.match() == GeoMatch.PLACE ? location.coordinates() : null;
            candidatesByPin.computeIfAbsent(office.pin(), p -> new ArrayList<>()).add(new Candidate(
                    office.officeId(), office.source().tier(), office.source().parsed().nonDelivery(),
                    office.source().nameKey(), ownPlace));
        }
        Map<Integer, Decision> decisions = new TreeMap<>();
        candidatesByPin.forEach((pin, candidates) ->
                decisions.put(pin, deliveryRule.choose(candidates, geo.pinCentroid(pin))));
        return decisions;
    }

    private static List<NetworkOffice> rows(List<JoinedOffice> joined, List<Location> locations,
                                            Map<Integer, Decision> decisions) {
        List<NetworkOffice> rows = new ArrayList<>(joined.size());
        for (int i = 0; i < joined.size(); i++) {
            JoinedOffice o = joined.get(i);
            Location location = locations.get(i);
            rows.add(new NetworkOffice(o.officeId(), o.source().name(), o.source().tier(), o.pin(),
                    decisions.get(o.pin()).officeId(), o.source().taluk(), o.district(), o.state(), o.hierarchy(),
                    location.coordinates(), location.match()));
        }
        rows.sort(Comparator.comparingLong(NetworkOffice::officeId));
        return rows;
    }

    private static BuildReport.SourceFile sourceFile(Path sourceDir, String name, Rows<?> rows) throws IOException {
        return new BuildReport.SourceFile(name, sha256(sourceDir.resolve(name)), rows.rows().size(), rows.skipped());
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = OfficeIds.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
