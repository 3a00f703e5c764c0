package org.daksetu.review.application;

import java.util.List;
import java.util.Optional;
import org.daksetu.review.domain.ActionItem;
import org.daksetu.review.domain.Quarter;

/**
 * The review's read side: set-based SQL over the report_* views (V9__review.sql) and the day
 * tallies made from them (V12__review_days.sql). Figures come back as tallies per period: {@code m0} to {@code m5} are the six months of the previous quarter
 * and the quarter, {@code q0} the previous quarter and {@code q1} the quarter.
 */
public interface ReviewStore {

    record Tally(String metric, String dimension, String period, double value) {
    }

    record Tallies(List<Tally> tallies, List<ActionItem> actions) {
    }

    Tallies load(Quarter quarter, Optional<String> shipper);

    /**
     * Closes the days of [{@code from}, {@code to}] not closed since they ended, and every day
     * changed since the last refresh (docs/REVIEW.md, "Day close"); returns the days closed.
     */
    List<java.time.LocalDate> refresh(java.time.LocalDate from, java.time.LocalDate to, java.time.Instant now);

    /** The IST day of the first booking on the platform; null before any. */
    java.time.LocalDate firstDay();
}
