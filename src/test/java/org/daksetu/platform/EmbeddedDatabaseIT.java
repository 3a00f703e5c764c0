package org.daksetu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.daksetu.platform.db.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseIT {

    @TempDir
    Path work;

    @Test
    void data_written_before_a_restart_is_there_after_it() throws Exception {
        Path dir = work.resolve("var/postgres");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0);
             Connection c = DriverManager.getConnection(db.jdbcUrl());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v text)");
            s.execute("INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0);
             Connection c = DriverManager.getConnection(db.jdbcUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void a_new_data_directory_compares_text_byte_by_byte_in_utf8() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(work.resolve("collation"), 0);
             Connection c = DriverManager.getConnection(db.jdbcUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT datcollate, pg_encoding_to_char(encoding),
                            array(SELECT v FROM unnest(ARRAY['b', 'B', 'a', 'A', 'a b', 'ab', 'é', 'z']) AS v ORDER BY v)::text
                       FROM pg_database WHERE datname = current_database()""")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("C");
            assertThat(rs.getString(2)).isEqualTo("UTF8");
            // Code-point order: upper case before lower, a space before a letter, accents after z.
            assertThat(rs.getString(3)).isEqualTo("{A,B,a,\"a b\",ab,b,z,é}");
        }
    }

    @Test
    void a_data_directory_in_use_by_another_live_process_is_refused_with_a_clear_message() throws Exception {
        Path dir = work.resolve("shared");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dir, 0)) {
            assertThat(first.jdbcUrl()).startsWith("jdbc:postgresql://");
            Process other = new ProcessBuilder("sleep", "30").start();
            try {
                java.nio.file.Files.writeString(dir.resolveSibling("shared.owner"), other.pid() + "\n");
                assertThatThrownBy(() -> EmbeddedDatabase.start(dir, 0))
                        .hasMessageContaining("in use by another DakSetu process (pid " + other.pid() + ")");
            } finally {
                other.destroy();
            }
        }
    }

    @Test
    void a_postgres_left_running_by_a_process_that_was_killed_is_stopped_and_the_data_is_used_again() throws Exception {
        Path dir = work.resolve("orphan");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process owner = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                org.daksetu.support.StartDatabaseAndDie.class.getName(), dir.toString()).redirectErrorStream(true).start();
        String output = new String(owner.getInputStream().readAllBytes());
        assertThat(owner.waitFor()).isZero();
        assertThat(output).contains("postgres up");
        long orphan = Long.parseLong(java.nio.file.Files.readAllLines(dir.resolve("postmaster.pid")).getFirst().trim());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedDatabase second = EmbeddedDatabase.start(dir, 0);
             Connection c = DriverManager.getConnection(second.jdbcUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("survived");
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        }
    }
}
