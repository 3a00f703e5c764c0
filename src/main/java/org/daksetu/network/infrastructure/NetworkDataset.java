package org.daksetu.network.infrastructure;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import org.daksetu.network.application.NetworkSource;
import org.daksetu.network.application.PickupPointDraft;
import org.daksetu.network.application.TransmissionData;
import org.daksetu.network.infrastructure.planning.TransmissionPlanFiles;
import org.daksetu.network.domain.ServiceRestriction;

/**
 * The network dataset the platform imports: the files under {@code data/network/}, read from
 * the application's own classpath (they are packed into the jar) or from a folder given by the
 * operator, for example one just written by {@code ./daksetu network build}.
 */
public final class NetworkDataset implements NetworkSource {

    public static final String OFFICES = "offices.tsv.gz";
    public static final String PROPERTIES = "dataset.properties";
    public static final String RESTRICTIONS = "service-restrictions.csv";
    public static final String PICKUP_POINTS = "pickup-points.csv";

    private final Optional<Path> folder;

    private NetworkDataset(Optional<Path> folder) {
        this.folder = folder;
    }

    public static NetworkDataset bundled() {
        return new NetworkDataset(Optional.empty());
    }

    public static NetworkDataset in(Path folder) {
        if (!Files.isRegularFile(folder.resolve(OFFICES))) {
            throw new IllegalArgumentException("No " + OFFICES + " in " + folder.toAbsolutePath());
        }
        return new NetworkDataset(Optional.of(folder));
    }

    @Override
    public String describe() {
        return folder.map(f -> f.toAbsolutePath().toString()).orElse("bundled data/network");
    }

    public InputStream open(String name) throws IOException {
        if (folder.isPresent()) {
            return new BufferedInputStream(Files.newInputStream(folder.get().resolve(name)), 1 << 16);
        }
        InputStream in = NetworkDataset.class.getClassLoader().getResourceAsStream("data/network/" + name);
        if (in == null) {
            throw new IOException("The application carries no data/network/" + name);
        }
        return new BufferedInputStream(in, 1 << 16);
    }

    /** The offices as tab-separated text, decompressed, header line included. */
    @Override
    public InputStream openOffices() throws IOException {
        return new GZIPInputStream(open(OFFICES), 1 << 16);
    }

    public Properties properties() {
        Properties p = new Properties();
        try (InputStream in = open(PROPERTIES)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + PROPERTIES + " of " + describe(), e);
        }
        return p;
    }

    /**
     * The offices' version from dataset.properties, and a digest of the companion files (hubs,
     * lanes, hub assignments, holidays, restrictions), so that a planner's edit to any of them is a
     * new version too.
     */
    @Override
    public String version() {
        String v = properties().getProperty("version");
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(PROPERTIES + " of " + describe() + " names no version");
        }
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (String file : List.of(RESTRICTIONS, TransmissionPlanFiles.HUBS, TransmissionPlanFiles.LANES,
                    TransmissionPlanFiles.OFFICE_HUBS, TransmissionPlanFiles.HOLIDAYS)) {
                try (InputStream in = open(file)) {
                    sha.update(in.readAllBytes());
                }
            }
            return v + "+" + java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the network dataset " + describe(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public long expectedOffices() {
        Properties p = properties();
        String n = p.getProperty("offices.total", p.getProperty("offices", "-1"));
        try {
            return Long.parseLong(n.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public TransmissionData transmission() {
        try (InputStream hubs = open(TransmissionPlanFiles.HUBS); InputStream lanes = open(TransmissionPlanFiles.LANES);
             InputStream officeHubs = open(TransmissionPlanFiles.OFFICE_HUBS);
             InputStream holidays = open(TransmissionPlanFiles.HOLIDAYS)) {
            return new TransmissionData(TransmissionPlanFiles.readHubs(hubs), TransmissionPlanFiles.readLanes(lanes),
                    TransmissionPlanFiles.readOfficeHubs(officeHubs), TransmissionPlanFiles.readHolidays(holidays));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the transmission network of " + describe(), e);
        }
    }

    /** The sample pickup points that a new installation starts with. */
    public List<PickupPointDraft> pickupPoints() {
        List<PickupPointDraft> result = new ArrayList<>();
        try (InputStream in = open(PICKUP_POINTS)) {
            List<List<String>> rows = Csv.read(in);
            for (List<String> r : rows.subList(1, rows.size())) {
                result.add(new PickupPointDraft(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4),
                        Double.valueOf(r.get(5)), Double.valueOf(r.get(6)), LocalDate.parse(r.get(7))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + PICKUP_POINTS + " of " + describe(), e);
        }
        return result;
    }

    @Override
    public List<ServiceRestriction> restrictions() {
        List<ServiceRestriction> result = new ArrayList<>();
        try (InputStream in = open(RESTRICTIONS)) {
            List<List<String>> rows = Csv.read(in);
            for (List<String> row : rows.subList(1, rows.size())) {
                result.add(new ServiceRestriction(row.get(0), ServiceRestriction.Kind.valueOf(row.get(1)), row.get(2)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESTRICTIONS + " of " + describe(), e);
        }
        return result;
    }
}
