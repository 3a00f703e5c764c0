package org.daksetu.network.infrastructure;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.daksetu.network.application.NetworkImportResult;
import org.daksetu.network.application.NetworkSource;
import org.daksetu.network.application.NetworkStore;
import org.daksetu.network.application.TransmissionData;
import org.daksetu.network.domain.GeoMatch;
import org.daksetu.network.domain.OfficeTier;
import org.daksetu.network.domain.PostOffice;
import org.daksetu.network.domain.ServiceRestriction;
import org.daksetu.shared.GeoPoint;
import org.daksetu.shared.Pin;
import org.daksetu.shared.Progress;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcNetworkStore implements NetworkStore {

    static final String COPY_OFFICES = """
            COPY post_office (office_id, name, tier, pin, delivery_office_id, taluk, district, state,
                              division, region, circle, latitude, longitude, geo_match)
            FROM STDIN WITH (FORMAT text, NULL '')""";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    JdbcNetworkStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public NetworkImportResult replace(NetworkSource source, Progress progress) {
        long started = System.nanoTime();
        List<ServiceRestriction> restrictions = source.restrictions();
        TransmissionData transmission = source.transmission();
        try (Connection c = dataSource.getConnection(); InputStream officesTsv = source.openOffices()) {
            c.setAutoCommit(false);
            try {
                List<String> indexes = secondaryIndexes(c);
                try (Statement s = c.createStatement()) {
                    // TRUNCATE in the same transaction as COPY: readers see the old network until commit.
                    s.execute("TRUNCATE post_office");
                    s.execute("DELETE FROM service_restriction");
                    s.execute("SET LOCAL maintenance_work_mem = '256MB'");
                    for (String index : indexes) {
                        s.execute("DROP INDEX " + index.split(" ")[2]);
                    }
                }
                skipHeader(officesTsv);
                long rows = c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn(COPY_OFFICES, new LineCounter(officesTsv, source.expectedOffices(), progress), 1 << 16);
                try (Statement s = c.createStatement()) {
                    // Building an index once over all rows is several times faster than growing it row by row.
                    for (String index : indexes) {
                        s.execute(index);
                    }
                }
                insertRestrictions(c, restrictions);
                TransmissionTables.replace(c, transmission);
                int pins = countPins(c);
                long ms = Duration.ofNanos(System.nanoTime() - started).toMillis();
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO network_version (version, office_count, pin_count, duration_ms, source)
                        VALUES (?, ?, ?, ?, ?)""")) {
                    ps.setString(1, source.version());
                    ps.setLong(2, rows);
                    ps.setInt(3, pins);
                    ps.setLong(4, ms);
                    ps.setString(5, source.describe());
                    ps.executeUpdate();
                }
                c.commit();
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE post_office");
                }
                return new NetworkImportResult(source.version(), (int) rows, pins, restrictions.size(),
                        Duration.ofNanos(System.nanoTime() - started));
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Network import failed and was rolled back: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Network import failed and was rolled back", e);
        }
    }

    /** The CREATE INDEX statements of the table's indexes other than its primary key, as PostgreSQL has them. */
    private static List<String> secondaryIndexes(Connection c) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT indexdef FROM pg_indexes
                WHERE schemaname = current_schema() AND tablename = 'post_office' AND indexname <> 'post_office_pkey'
                ORDER BY indexname""")) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    private static void skipHeader(InputStream in) throws IOException {
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            // the header line names the columns; COPY gets the rows only
        }
    }

    private static void insertRestrictions(Connection c, List<ServiceRestriction> restrictions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO service_restriction (pin_prefix, kind, reason) VALUES (?, ?, ?)")) {
            for (ServiceRestriction r : restrictions) {
                ps.setString(1, r.pinPrefix());
                ps.setString(2, r.kind().name());
                ps.setString(3, r.reason());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static int countPins(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(DISTINCT pin) FROM post_office")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public Optional<String> currentVersion() {
        return jdbc.sql("SELECT version FROM network_version ORDER BY id DESC LIMIT 1").query(String.class).optional();
    }

    @Override
    public Optional<ImportedVersion> current() {
        return jdbc.sql("SELECT version, source FROM network_version ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> new ImportedVersion(rs.getString(1), rs.getString(2))).optional();
    }

    @Override
    public List<PostOffice> loadOffices() {
        List<PostOffice> offices = new ArrayList<>(160_000);
        Interner names = new Interner();
        jdbc.sql("""
                SELECT office_id, name, tier, pin, delivery_office_id, taluk, district, state, division,
                       region, circle, latitude, longitude, geo_match
                FROM post_office""").query(rs -> {
            offices.add(officeFrom(rs, names));
        });
        return offices;
    }

    private static PostOffice officeFrom(ResultSet rs, Interner names) throws SQLException {
        double lat = rs.getDouble("latitude");
        boolean hasLocation = !rs.wasNull();
        double lon = rs.getDouble("longitude");
        hasLocation &= !rs.wasNull();
        return new PostOffice(
                rs.getLong("office_id"),
                rs.getString("name"),
                OfficeTier.valueOf(rs.getString("tier")),
                new Pin(rs.getInt("pin")),
                rs.getLong("delivery_office_id"),
                names.of(rs.getString("taluk")),
                names.of(rs.getString("district")),
                names.of(rs.getString("state")),
                names.of(rs.getString("division")),
                names.of(rs.getString("region")),
                names.of(rs.getString("circle")),
                hasLocation ? Optional.of(new GeoPoint(lat, lon)) : Optional.empty(),
                GeoMatch.valueOf(rs.getString("geo_match")));
    }

    @Override
    public List<ServiceRestriction> loadRestrictions() {
        return jdbc.sql("SELECT pin_prefix, kind, reason FROM service_restriction ORDER BY pin_prefix")
                .query((rs, n) -> new ServiceRestriction(rs.getString(1),
                        ServiceRestriction.Kind.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    /** Reports rows as they stream into COPY, by counting line ends in the bytes that pass. */
    private static final class LineCounter extends FilterInputStream {
        private final Progress progress;
        private final long total;
        private long lines;
        private long reported;

        LineCounter(InputStream in, long total, Progress progress) {
            super(in);
            this.total = total;
            this.progress = progress;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            for (int i = off; i < off + n; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
            if (n < 0 || lines - reported >= 5_000) {
                reported = lines;
                progress.update("offices", lines, total);
            }
            return n;
        }
    }

    /** Districts, states and circles repeat thousands of times: keep one copy of each. */
    private static final class Interner {
        private final java.util.HashMap<String, String> seen = new java.util.HashMap<>();

        String of(String s) {
            return s == null ? "" : seen.computeIfAbsent(s, k -> k);
        }
    }
}
