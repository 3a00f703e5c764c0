package org.daksetu.review.application;

import java.util.List;
import java.util.Optional;
import org.daksetu.review.domain.ActionItem;
import org.daksetu.review.domain.Quarter;

/**
 * The review's read side: set-based SQL over the report_* views (V9__review.sql). Figures come
 * back as tallies per period: {@code m0} to {@code m5} are the six months of the previous quarter
 * and the quarter, {@code q0} the previous quarter and {@code q1} the quarter.
 */
public interface ReviewStore {

    record Tally(String metric, String dimension, String period, double value) {
    }

    record Tallies(List<Tally> tallies, List<ActionItem> actions) {
    }

    Tallies load(Quarter quarter, Optional<String> shipper);
}
