package org.daksetu.simulation.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.daksetu.simulation.domain.SimScan;
import org.junit.jupiter.api.Test;

class ScanAgendaTest {

    @Property
    void an_article_number_survives_packing(@ForAll @IntRange(min = 0, max = 25) int a, @ForAll @IntRange(min = 0, max = 25) int b,
                                            @ForAll @IntRange(min = 0, max = 999_999_999) int digits) {
        String number = "" + (char) ('A' + a) + (char) ('A' + b) + String.format("%09d", digits) + "IN";
        assertThat(ScanAgenda.unpack(ScanAgenda.pack(number))).isEqualTo(number);
    }

    @Property
    void zero_padding_is_string_formats(@ForAll long value, @ForAll @IntRange(min = 1, max = 19) int width) {
        assertThat(ScanAgenda.zeroPadded(value, width)).isEqualTo(String.format("%0" + width + "d", value));
    }

    @Test
    void a_day_gives_back_its_scans_grouped_by_article_and_drops_those_after_the_last_day() {
        ScanAgenda agenda = new ScanAgenda();
        long day = OffsetDateTime.parse("2026-07-06T00:00+05:30").toEpochSecond();
        long lastDay = Math.floorDiv(day + 19_800, 86_400) + 1;
        agenda.add("EB000000002IN", List.of(new SimScan(0, "IB", "DEL-FC1", day + 3600, null),
                new SimScan(1, "N", "1234", day + 7200, "08"), new SimScan(2, "D", "1234", day + 3 * 86_400, null)), lastDay);
        agenda.add("EA000000001IN", List.of(new SimScan(0, "IB", "DEL-FC1", day + 60, null),
                new SimScan(1, "ID", "DEL-FC1", day + 86_400 + 60, null)), lastDay);
        assertThat(agenda.pending()).isEqualTo(4);
        ScanAgenda.Day first = agenda.take(lastDay - 1);
        assertThat(first.size()).isEqualTo(3);
        assertThat(List.of(first.article(0), first.article(1), first.article(2)))
                .containsExactly("EA000000001IN", "EB000000002IN", "EB000000002IN");
        assertThat(first.code(2)).isEqualTo("N");
        assertThat(first.reason(2)).isEqualTo("08");
        assertThat(first.reason(1)).isNull();
        assertThat(first.place(2)).isEqualTo("1234");
        assertThat(first.seq(2)).isEqualTo(1);
        assertThat(agenda.take(lastDay).size()).isEqualTo(1);
        assertThat(agenda.pending()).isZero();
        assertThat(agenda.take(lastDay + 2).size()).isZero();
    }
}
