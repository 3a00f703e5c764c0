package org.daksetu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.daksetu.platform.db.EmbeddedDatabase;

/**
 * One PostgreSQL for the whole test JVM: the server named by {@code DAKSETU_TEST_DB_URL} (or
 * {@code DAKSETU_DB_URL}) when set, else an embedded one in a temporary folder, stopped when the
 * JVM exits. Spring contexts and plain JDBC tests all share it.
 */
public final class TestDatabase {

    private static String url;

    private TestDatabase() {
    }

    public static synchronized String url() {
        if (url == null) {
            String configured = firstNonBlank(System.getenv("DAKSETU_TEST_DB_URL"), System.getenv("DAKSETU_DB_URL"));
            url = configured != null ? configured : startEmbedded();
        }
        return url;
    }

    public static String username() {
        return firstNonBlank(System.getenv("DAKSETU_DB_USERNAME"), "postgres");
    }

    public static String password() {
        return firstNonBlank(System.getenv("DAKSETU_DB_PASSWORD"), "");
    }

    private static String startEmbedded() {
        try {
            Path dir = Files.createTempDirectory("daksetu-test-pg");
            EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("data"), 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.close();
                    Directories.deleteTree(dir);
                } catch (IOException e) {
                    System.err.println("Could not stop the test database: " + e.getMessage());
                }
            }));
            return db.jdbcUrl();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }
}
