package org.daksetu.cod.domain;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * When collected money goes to a shipper: T+n working days after the day of collection (default
 * T+2), and whether the COD fee is deducted from the remittance (default: not; the fee is billed
 * with the freight at booking).
 */
public record RemittanceCycle(int businessDays, boolean deductFee) {

    public static final RemittanceCycle DEFAULT = new RemittanceCycle(2, false);
    public static final int MAX_DAYS = 30;

    public RemittanceCycle {
        if (businessDays < 0 || businessDays > MAX_DAYS) {
            throw new org.daksetu.shared.InvalidValueException("cycleDays", Integer.toString(businessDays),
                    "a remittance cycle is 0 to " + MAX_DAYS + " working days after collection");
        }
    }

    /** The working day on which money collected on {@code collectedOn} is due to the shipper. */
    public LocalDate dueDate(LocalDate collectedOn, Predicate<LocalDate> workingDay) {
        LocalDate d = collectedOn;
        int left = businessDays;
        while (left > 0 || !workingDay.test(d)) {
            d = d.plusDays(1);
            if (workingDay.test(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The last collection day whose money is due on or before {@code runDate}: a run on that date
     * remits everything collected up to and including it.
     */
    public LocalDate lastCollectionDayDueBy(LocalDate runDate, Predicate<LocalDate> workingDay) {
        LocalDate c = runDate;
        // dueDate is monotone in the collection day, so walk back to the first day that is due.
        for (int i = 0; i < 400; i++) {
            if (!dueDate(c, workingDay).isAfter(runDate)) {
                return c;
            }
            c = c.minusDays(1);
        }
        throw new IllegalStateException("no working day within 400 days before " + runDate);
    }
}
