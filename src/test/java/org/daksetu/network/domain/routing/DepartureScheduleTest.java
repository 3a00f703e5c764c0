package org.daksetu.network.domain.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class DepartureScheduleTest {

    @Test
    void days_are_read_as_daily_a_range_or_a_list() {
        assertThat(DepartureSchedule.parseDays("DAILY")).hasSize(7);
        assertThat(DepartureSchedule.parseDays("mon-sat")).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
        assertThat(DepartureSchedule.parseDays("FRI-MON")).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY,
                DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
        assertThat(DepartureSchedule.parseDays("MON,WED,FRI")).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(DepartureSchedule.parseDays("MON+WED+FRI")).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThatThrownBy(() -> DepartureSchedule.parseDays("FUNDAY")).hasMessageContaining("not a day");
    }

    @Test
    void a_cut_off_after_the_departure_time_belongs_to_the_evening_before() {
        var flight = new DepartureSchedule(EnumSet.allOf(DayOfWeek.class), LocalTime.of(2, 0), LocalTime.of(23, 0), true);
        assertThat(flight.cutoffLeadMinutes()).isEqualTo(180);
        var truck = new DepartureSchedule(EnumSet.allOf(DayOfWeek.class), LocalTime.of(22, 0), LocalTime.of(21, 0), true);
        assertThat(truck.cutoffLeadMinutes()).isEqualTo(60);
    }

    @Test
    void days_print_back_as_they_parse() {
        for (String days : new String[] {"DAILY", "MON,TUE,WED,THU,FRI,SAT", "MON,WED,FRI", "FRI-MON", "SUN"}) {
            var s = new DepartureSchedule(DepartureSchedule.parseDays(days), LocalTime.NOON, LocalTime.NOON, false);
            assertThat(DepartureSchedule.parseDays(s.daysText())).isEqualTo(s.days());
            assertThat(s.daysText()).doesNotContain(",");
        }
        var weekdays = new DepartureSchedule(DepartureSchedule.parseDays("MON,TUE,WED,THU,FRI,SAT"), LocalTime.NOON, LocalTime.NOON, false);
        assertThat(weekdays.daysText()).isEqualTo("MON-SAT");
    }
}
