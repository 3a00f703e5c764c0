package org.daksetu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.daksetu.platform.db.CopyBinary;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Values written in binary COPY come back from PostgreSQL exactly as given, over random values of every type. */
@IntegrationTest
class CopyBinaryIT {

    @Autowired
    DataSource dataSource;

    record Row(String text, Instant at, LocalDate day, int count, long big, boolean flag, String json) {
    }

    @Test
    void every_type_round_trips_through_the_server() throws Exception {
        Random random = new Random(2026);
        String[] samples = {"", "plain", "tab\\tand\\\\back", "नई दिल्ली", "emoji \uD83D\uDCE6", "quote ' \"", "line\nbreak"};
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L), random.nextInt(1_000_000_000))
                    .truncatedTo(ChronoUnit.MICROS);
            rows.add(new Row(random.nextInt(10) == 0 ? null : samples[random.nextInt(samples.length)] + i,
                    random.nextInt(10) == 0 ? null : at,
                    random.nextInt(10) == 0 ? null : LocalDate.ofEpochDay(random.nextLong(-40_000, 40_000)),
                    random.nextInt(), random.nextLong(), random.nextBoolean(),
                    random.nextBoolean() ? "[]" : "{\"k\": " + i + ", \"name\": \"" + samples[3] + "\"}"));
        }
        CopyBinary copy = new CopyBinary(16);
        for (int n = 0; n < rows.size(); n++) {
            Row r = rows.get(n);
            copy.row(8).int4(n).text(r.text()).timestamp(r.at()).date(r.day()).int4(r.count()).int8(r.big())
                    .bool(r.flag()).jsonb(r.json());
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE copy_binary_check (n int, t text, at timestamptz, day date, count int, big bigint, "
                    + "flag boolean, doc jsonb)");
            assertThat(copy.copyInto(c, "copy_binary_check", "n, t, at, day, count, big, flag, doc")).isEqualTo(rows.size());
            try (ResultSet rs = st.executeQuery("SELECT n, t, at, day, count, big, flag, doc::text FROM copy_binary_check ORDER BY n")) {
                int n = 0;
                while (rs.next()) {
                    Row r = rows.get(n);
                    assertThat(rs.getInt(1)).isEqualTo(n);
                    assertThat(rs.getString(2)).isEqualTo(r.text());
                    OffsetDateTime at = rs.getObject(3, OffsetDateTime.class);
                    assertThat(at == null ? null : at.toInstant()).isEqualTo(r.at());
                    assertThat(rs.getObject(4, LocalDate.class)).isEqualTo(r.day());
                    assertThat(rs.getInt(5)).isEqualTo(r.count());
                    assertThat(rs.getLong(6)).isEqualTo(r.big());
                    assertThat(rs.getBoolean(7)).isEqualTo(r.flag());
                    assertThat(rs.getString(8).replace(" ", "")).isEqualTo(r.json().replace(" ", ""));
                    n++;
                }
                assertThat(n).isEqualTo(rows.size());
            }
        }
    }

    @Test
    void a_row_with_fewer_values_than_declared_is_refused_before_anything_is_sent() {
        CopyBinary copy = new CopyBinary(16);
        copy.row(2).text("only one");
        assertThatThrownBy(() -> copy.row(2)).hasMessageContaining("has 1 values, declared 2");
        CopyBinary more = new CopyBinary(16);
        more.row(1).text("one");
        assertThatThrownBy(() -> more.text("two")).hasMessageContaining("more values");
    }

    @Test
    void a_streaming_copy_sends_its_rows_in_chunks_and_an_abandoned_one_stores_nothing() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE copy_stream_check (n bigint, t text)");
            CopyBinary copy = CopyBinary.streaming(c, "copy_stream_check", "n, t", 1024);
            String filler = "x".repeat(200);
            for (int n = 0; n < 20_000; n++) { // about 4.6 MB: many chunks
                copy.row(2).int8(n).text(filler + n);
            }
            assertThat(copy.finish()).isEqualTo(20_000);
            try (ResultSet rs = st.executeQuery("SELECT count(*), sum(n), min(t), max(length(t)) FROM copy_stream_check")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(20_000);
                assertThat(rs.getLong(2)).isEqualTo(19_999L * 20_000 / 2);
                assertThat(rs.getString(3)).isEqualTo(filler + 0);
                assertThat(rs.getInt(4)).isEqualTo(205);
            }
            CopyBinary abandoned = CopyBinary.streaming(c, "copy_stream_check", "n, t", 1024);
            for (int n = 0; n < 5_000; n++) {
                abandoned.row(2).int8(-n).text(filler);
            }
            abandoned.flush();
            abandoned.abandon();
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM copy_stream_check WHERE n < 0 OR (n = 0 AND t = '" + filler + "')")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }
}
