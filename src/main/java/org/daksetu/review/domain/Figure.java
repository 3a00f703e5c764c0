package org.daksetu.review.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One figure of the review: a KPI (in a group, optionally for one value of a dimension such as a
 * zone or a circle) with its value in each column of the review: the quarter, its three months and
 * the previous quarter. An empty value is a figure with nothing to measure (no parcel delivered in
 * the month, say), never a zero in disguise.
 */
public record Figure(String group, String kpi, String dimension, Unit unit, List<Optional<Double>> values) {

    public enum Unit {
        PARCELS("parcels", 0), COUNT("count", 0), PERCENT("%", 1), DAYS("days", 1), RUPEES("INR", 2);

        private final String label;
        private final int decimals;

        Unit(String label, int decimals) {
            this.label = label;
            this.decimals = decimals;
        }

        public String label() {
            return label;
        }

        public String format(double value) {
            return decimals == 0 ? String.format(java.util.Locale.ROOT, "%d", Math.round(value))
                    : String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
        }
    }

    /** Column order of {@link #values()}. */
    public static final List<String> COLUMNS = List.of("quarter", "month1", "month2", "month3", "previous_quarter");
    public static final int QUARTER = 0, PREVIOUS = 4;

    public Figure {
        if (values.size() != COLUMNS.size()) {
            throw new IllegalArgumentException("a figure has " + COLUMNS.size() + " values, not " + values.size());
        }
        values = List.copyOf(values);
        dimension = dimension == null ? "" : dimension;
    }

    public static Figure of(String group, String kpi, String dimension, Unit unit, Double... values) {
        return new Figure(group, kpi, dimension, unit, Arrays.stream(values).map(Optional::ofNullable).toList());
    }

    /** The same figure with a readable dimension (a reason code with its description, say). */
    public Figure relabel(String newDimension) {
        return new Figure(group, kpi, newDimension, unit, values);
    }

    public Optional<Double> quarter() {
        return values.get(QUARTER);
    }

    public Optional<Double> previousQuarter() {
        return values.get(PREVIOUS);
    }

    public String formatted(int column) {
        return values.get(column).map(unit::format).orElse("");
    }
}
