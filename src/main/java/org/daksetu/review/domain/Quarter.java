package org.daksetu.review.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.daksetu.shared.InvalidValueException;

/** A calendar quarter, written as India Post and the partners write it in reviews: {@code 2026-Q3}. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (year < 2000 || year > 2999 || number < 1 || number > 4) {
            throw new InvalidValueException("quarter", year + "-Q" + number, "a quarter is written like 2026-Q3");
        }
    }

    public static Quarter parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (m == null || !m.matches()) {
            throw new InvalidValueException("quarter", String.valueOf(text), "a quarter is written like 2026-Q3 (year, -Q, 1 to 4)");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate start() {
        return LocalDate.of(year, 3 * (number - 1) + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public int days() {
        return (int) (end().toEpochDay() - start().toEpochDay() + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public List<YearMonth> months() {
        YearMonth first = YearMonth.from(start());
        return List.of(first, first.plusMonths(1), first.plusMonths(2));
    }

    @Override
    public int compareTo(Quarter o) {
        return Integer.compare(year * 4 + number, o.year * 4 + o.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
