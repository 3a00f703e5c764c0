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
    void a_second_process_on_the_same_data_directory_is_refused_with_a_clear_message() throws Exception {
        Path dir = work.resolve("shared");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dir, 0)) {
            assertThat(first.jdbcUrl()).startsWith("jdbc:postgresql://");
            assertThatThrownBy(() -> EmbeddedDatabase.start(dir, 0))
                    .hasMessageContaining("in use by another DakSetu process");
        }
    }
}
