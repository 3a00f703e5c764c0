package org.daksetu.network.domain.routing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which days the post works. Sundays and the listed national holidays are closed for pickups
 * and deliveries; an office may also be closed on its own dates (a local holiday, a flood).
 */
public final class BusinessCalendar {

    public record Holiday(LocalDate date, String name) {
    }

    public record Closure(long officeId, LocalDate from, LocalDate to, String reason) {
        public Closure {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("a closure ends on or after it starts: " + from + " to " + to);
            }
        }

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    private final Map<LocalDate, Holiday> holidays;
    private final Map<Long, List<Closure>> closures;

    public BusinessCalendar(List<Holiday> holidays, List<Closure> closures) {
        this.holidays = holidays.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Holiday::date, h -> h, (a, b) -> a));
        this.closures = closures.stream().collect(java.util.stream.Collectors.groupingBy(Closure::officeId));
    }

    public boolean isHoliday(LocalDate day) {
        return holidays.containsKey(day);
    }

    /** A day the post books, picks up and delivers: not a Sunday, not a national holiday. */
    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    public boolean isOfficeOpen(long officeId, LocalDate day) {
        if (!isWorkingDay(day)) {
            return false;
        }
        List<Closure> own = closures.get(officeId);
        return own == null || own.stream().noneMatch(c -> c.covers(day));
    }

    public Set<LocalDate> holidayDates() {
        return holidays.keySet();
    }

    public List<Holiday> holidays() {
        return holidays.values().stream().sorted(java.util.Comparator.comparing(Holiday::date)).toList();
    }

    public List<Closure> closures() {
        return closures.values().stream().flatMap(List::stream)
                .sorted(java.util.Comparator.comparing(Closure::from).thenComparing(Closure::officeId)).toList();
    }
}
