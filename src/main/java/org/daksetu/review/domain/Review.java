package org.daksetu.review.domain;

import java.util.List;
import java.util.Optional;

/**
 * The quarterly joint review: every figure for the quarter, its months and the quarter before,
 * and the action items. {@code shipper} is empty for the review of the whole platform. Notes say
 * which sections have no data source yet, so an empty section is never silent.
 */
public record Review(Quarter quarter, Optional<String> shipper, List<Figure> figures, List<ActionItem> actions,
                     List<String> notes) {

    public Review {
        figures = List.copyOf(figures);
        actions = List.copyOf(actions);
        notes = List.copyOf(notes);
    }

    public List<Figure> group(String group) {
        return figures.stream().filter(f -> f.group().equals(group)).toList();
    }

    public Optional<Figure> figure(String group, String kpi, String dimension) {
        return figures.stream().filter(f -> f.group().equals(group) && f.kpi().equals(kpi) && f.dimension().equals(dimension))
                .findFirst();
    }

    /** Column headers: the quarter, its months, the previous quarter. */
    public List<String> columnLabels() {
        var m = quarter.months();
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("MMM uuuu", java.util.Locale.ENGLISH);
        return List.of(quarter.toString(), m.get(0).format(f), m.get(1).format(f), m.get(2).format(f), quarter.previous().toString());
    }
}
