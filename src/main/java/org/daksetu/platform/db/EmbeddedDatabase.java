package org.daksetu.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A real PostgreSQL server started from the binaries on the classpath. The data directory is
 * kept between runs; a second process that tries to open the same directory gets a clear error
 * instead of a corrupted cluster.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";

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
        Path dir = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(dir.getParent());
        refuseIfInUse(dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                // Generous enough for bulk COPY and benchmarks; small enough for a laptop.
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("max_wal_size", "2GB")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("listen_addresses", "127.0.0.1");
        if (port > 0) {
            builder.setPort(port);
        }
        try {
            return new EmbeddedDatabase(Optional.of(builder.start()), dir);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** PostgreSQL would refuse too, but only after a long wait and with a less helpful message. */
    private static void refuseIfInUse(Path dir) {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            long pid = Long.parseLong(first);
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                throw new IllegalStateException("The embedded database in " + dir
                        + " is in use by another DakSetu process (postgres pid " + pid
                        + "). Stop it first, or point this one at another --data-dir.");
            }
        } catch (NumberFormatException ignored) {
            // An unreadable pid file is stale; PostgreSQL replaces it on start.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
