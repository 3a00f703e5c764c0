package org.daksetu.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.daksetu.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void a_quarter_knows_its_days_months_and_the_quarter_before() {
        Quarter q = Quarter.parse("2026-Q3");
        assertThat(q.start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(q.end()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(q.days()).isEqualTo(92);
        assertThat(q.months()).containsExactly(YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9));
        assertThat(q.previous()).isEqualTo(Quarter.parse("2026-q2"));
        assertThat(Quarter.parse("2026-Q1").previous()).hasToString("2025-Q4");
        assertThat(Quarter.of(LocalDate.of(2026, 12, 31))).hasToString("2026-Q4");
    }

    @Test
    void a_badly_written_quarter_is_refused_with_its_value() {
        for (String bad : new String[] {"2026-Q5", "2026Q3", "Q3-2026", "", "2026-Q0"}) {
            assertThatThrownBy(() -> Quarter.parse(bad)).isInstanceOf(InvalidValueException.class).hasMessageContaining("2026-Q3");
        }
    }
}
