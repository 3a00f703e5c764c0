package org.daksetu.network.domain.routing;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a lane leaves: on some days of the week at a time, taking bags closed by the cut-off. A
 * cut-off later in the day than the departure belongs to the day before (a 02:00 flight whose
 * bags close at 23:00). Lanes that do not run on holidays skip the business calendar's holidays.
 */
public record DepartureSchedule(Set<DayOfWeek> days, LocalTime departure, LocalTime cutoff, boolean runsOnHolidays) {

    public DepartureSchedule {
        days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a schedule runs on at least one day");
        }
        if (departure == null || cutoff == null) {
            throw new IllegalArgumentException("a schedule has a departure time and a cut-off");
        }
    }

    /** Minutes between the cut-off and the departure it closes for. */
    public int cutoffLeadMinutes() {
        int lead = departure.toSecondOfDay() / 60 - cutoff.toSecondOfDay() / 60;
        return lead >= 0 ? lead : lead + 24 * 60;
    }

    public int dayMask() {
        int mask = 0;
        for (DayOfWeek d : days) {
            mask |= 1 << (d.getValue() - 1);
        }
        return mask;
    }

    /** Parses {@code DAILY}, a range {@code MON-SAT}, or a list {@code MON+WED+FRI} (commas also separate). */
    public static Set<DayOfWeek> parseDays(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.equals("DAILY")) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        if (t.matches("[A-Z]{3}-[A-Z]{3}")) {
            DayOfWeek from = day(t.substring(0, 3));
            DayOfWeek to = day(t.substring(4));
            EnumSet<DayOfWeek> range = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                range.add(d);
                if (d == to) {
                    return range;
                }
            }
        }
        EnumSet<DayOfWeek> list = EnumSet.noneOf(DayOfWeek.class);
        for (String part : t.split("[,+]")) {
            list.add(day(part.trim()));
        }
        return list;
    }

    /** {@code DAILY}, a range such as {@code MON-SAT} when the days run on, else a list such as {@code MON+WED+FRI}. */
    public String daysText() {
        if (days.size() == 7) {
            return "DAILY";
        }
        for (DayOfWeek start : DayOfWeek.values()) {
            DayOfWeek end = start.plus(days.size() - 1);
            boolean run = true;
            for (int i = 0; i < days.size(); i++) {
                run &= days.contains(start.plus(i));
            }
            if (run && days.size() > 1 && !days.contains(start.minus(1))) {
                return abbreviation(start) + "-" + abbreviation(end);
            }
        }
        return days.stream().map(DepartureSchedule::abbreviation).collect(Collectors.joining("+"));
    }

    private static String abbreviation(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(abbreviation) && abbreviation.length() == 3) {
                return d;
            }
        }
        throw new IllegalArgumentException("'" + abbreviation + "' is not a day (MON, TUE, ... SUN)");
    }
}
