package org.daksetu.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform's logs are vacuumed after a fixed number of new rows, while their pages are still
 * in memory (V19), and that rests on their being written once: no statement of the platform
 * updates or deletes their rows.
 */
@IntegrationTest
class AppendOnlyLogsIT {

    static final List<String> LOGS = List.of("scan_event", "feed_entry", "shipment_itinerary", "tracking_route",
            "capacity_bag_article", "delivery_attempt", "delivery_run_article", "cod_journal", "cod_posting");

    @Autowired
    DataSource dataSource;

    @Test
    void every_log_is_vacuumed_after_a_fixed_number_of_new_rows() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        for (String log : LOGS) {
            List<String> options = jdbc.sql("SELECT unnest(reloptions) FROM pg_class WHERE oid = CAST(? AS regclass)")
                    .param(log).query(String.class).list();
            assertThat(options).as(log).contains("autovacuum_vacuum_insert_scale_factor=0")
                    .anyMatch(o -> o.matches("autovacuum_vacuum_insert_threshold=[1-9][0-9]{5,}"));
        }
    }

    @Test
    void no_statement_of_the_platform_changes_a_log_row() throws IOException {
        Pattern change = Pattern.compile("\\b(UPDATE|DELETE\\s+FROM|TRUNCATE)\\s+(" + String.join("|", LOGS) + ")\\b",
                Pattern.CASE_INSENSITIVE);
        List<String> found;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/resources/db")))) {
            found = files.filter(Files::isRegularFile).flatMap(f -> {
                try {
                    return change.matcher(Files.readString(f)).results().map(m -> f + ": " + m.group());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(found).isEmpty();
        // The pattern finds what it is meant to find.
        assertThat(change.matcher("UPDATE feed_entry SET").find()).isTrue();
        assertThat(change.matcher("delete from scan_event where").find()).isTrue();
    }
}
