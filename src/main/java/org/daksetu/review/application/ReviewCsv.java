package org.daksetu.review.application;

import org.daksetu.review.domain.ActionItem;
import org.daksetu.review.domain.Figure;
import org.daksetu.review.domain.Review;

/**
 * The review's figures as CSV, one figure a row: group, KPI, dimension, unit, then the quarter, its
 * three months and the previous quarter. The action items follow as rows of group
 * {@code action_items}. Nothing in it depends on when it was made: the same data gives the same bytes.
 */
public final class ReviewCsv {

    public static final String HEADER = "group,kpi,dimension,unit,quarter,month1,month2,month3,previous_quarter";

    private ReviewCsv() {
    }

    public static String write(Review review) {
        StringBuilder out = new StringBuilder(64 * (review.figures().size() + 8));
        out.append(HEADER).append('\n');
        for (Figure f : review.figures()) {
            out.append(field(f.group())).append(',').append(field(f.kpi())).append(',').append(field(f.dimension())).append(',')
                    .append(field(f.unit().label()));
            for (int c = 0; c < Figure.COLUMNS.size(); c++) {
                out.append(',').append(f.formatted(c));
            }
            out.append('\n');
        }
        for (ActionItem a : review.actions()) {
            out.append("action_items,").append(field("worst_" + a.kind())).append(',').append(field(a.id() + " " + a.name()))
                    .append(',').append(field(a.measure())).append(',')
                    .append(Figure.Unit.PERCENT.format(a.value())).append(",,,,").append('\n');
        }
        return out.toString();
    }

    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
