package org.daksetu.cod.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The remittance cycle over working days: due dates and the cut-off of a run agree for every day and cycle. */
class RemittanceCycleProperties {

    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 1, 26), LocalDate.of(2026, 8, 15), LocalDate.of(2026, 10, 2));
    static final Predicate<LocalDate> WORKING = d -> d.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(d);
    static final LocalDate BASE = LocalDate.of(2026, 1, 1);

    @Property
    void the_due_date_is_a_working_day_exactly_n_working_days_after_collection(@ForAll @IntRange(min = 0, max = 364) int offset,
                                                                              @ForAll @IntRange(min = 0, max = 10) int days) {
        LocalDate collected = BASE.plusDays(offset);
        LocalDate due = new RemittanceCycle(days, false).dueDate(collected, WORKING);
        assertThat(WORKING.test(due)).isTrue();
        long between = collected.plusDays(1).datesUntil(due.plusDays(1)).filter(WORKING).count();
        // Money collected on a closed day counts from the next working day.
        assertThat(between).isEqualTo(days == 0 && !WORKING.test(collected) ? 1 : days);
    }

    @Property
    void a_run_remits_exactly_the_collection_days_that_are_due(@ForAll @IntRange(min = 20, max = 364) int offset,
                                                              @ForAll @IntRange(min = 0, max = 10) int days) {
        RemittanceCycle cycle = new RemittanceCycle(days, false);
        LocalDate run = BASE.plusDays(offset);
        LocalDate cutoff = cycle.lastCollectionDayDueBy(run, WORKING);
        assertThat(cycle.dueDate(cutoff, WORKING)).isBeforeOrEqualTo(run);
        assertThat(cycle.dueDate(cutoff.plusDays(1), WORKING)).isAfter(run);
        // Due dates never go back in time as the collection day moves on.
        assertThat(cycle.dueDate(cutoff.minusDays(1), WORKING)).isBeforeOrEqualTo(cycle.dueDate(cutoff, WORKING));
    }
}
