package org.daksetu.review.infrastructure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.daksetu.cod.application.Reconciliation;
import org.daksetu.review.application.ReviewSection;
import org.daksetu.review.domain.Figure;
import org.daksetu.review.domain.Quarter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cash-on-delivery figures that come from the cod context's money trail (view
 * report_cod_article): collected, remitted, outstanding at the end of the period, remittance
 * turnaround, confirmed remittances, and the open discrepancies its reconciliation finds.
 */
@Component
class CodReviewSection implements ReviewSection {

    private final JdbcClient jdbc;
    private final Reconciliation reconciliation;

    CodReviewSection(DataSource dataSource, Reconciliation reconciliation) {
        this.jdbc = JdbcClient.create(dataSource);
        this.reconciliation = reconciliation;
    }

    @Override
    public boolean covers(String group) {
        return group.equals("cod");
    }

    @Override
    public Part part(Quarter quarter, Optional<String> shipper) {
        List<LocalDate[]> periods = periods(quarter);
        Double[] collected = new Double[5], remitted = new Double[5], outstanding = new Double[5], turnaround = new Double[5],
                confirmed = new Double[5], discrepancies = new Double[5];
        // One pass over the COD articles for the five columns (rows col, from, to joined to each article).
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        String columns = periodRows(periods, "date", d -> d[0], d -> d[1], p);
        shipper.ifPresent(s -> p.put("shipper", s));
        // An article counts in a column when collected or remitted in it, or collected by its end and not remitted by then.
        jdbc.sql("""
                WITH periods (col, f, t) AS (VALUES %s)
                SELECT p.col,
                       coalesce(sum(a.collected_paise) FILTER (WHERE a.collection_date BETWEEN p.f AND p.t), 0) / 100.0,
                       coalesce(sum(a.amount_paise) FILTER (WHERE a.remitted_on BETWEEN p.f AND p.t), 0) / 100.0,
                       coalesce(sum(a.collected_paise) FILTER (WHERE a.collection_date <= p.t
                                AND (a.remitted_on IS NULL OR a.remitted_on > p.t)), 0) / 100.0,
                       avg(a.remitted_on - a.collection_date) FILTER (WHERE a.remitted_on BETWEEN p.f AND p.t),
                       100.0 * count(*) FILTER (WHERE a.remitted_on BETWEEN p.f AND p.t AND a.confirmed_at IS NOT NULL)
                             / nullif(count(*) FILTER (WHERE a.remitted_on BETWEEN p.f AND p.t), 0)
                FROM periods p
                LEFT JOIN report_cod_article a ON a.cancelled_at IS NULL AND a.collection_date <= p.t
                     AND (a.remitted_on IS NULL OR a.remitted_on >= p.f) %s
                GROUP BY p.col""".formatted(columns, shipper.isPresent() ? "AND a.shipper = :shipper" : "")).params(p).query(rs -> {
            int col = rs.getInt(1);
            collected[col] = rs.getDouble(2);
            remitted[col] = rs.getDouble(3);
            outstanding[col] = rs.getDouble(4);
            double t = rs.getDouble(5);
            turnaround[col] = rs.wasNull() ? null : t;
            double k = rs.getDouble(6);
            confirmed[col] = rs.wasNull() ? null : k;
        });
        long[] open = reconciliation.discrepancyCounts(shipper, periods.stream()
                .map(d -> new Reconciliation.Period(d[0], d[1], d[1])).toList());
        for (int c = 0; c < periods.size(); c++) {
            discrepancies[c] = (double) open[c];
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("cod", "collected", "", Figure.Unit.RUPEES, collected));
        figures.add(Figure.of("cod", "remitted", "", Figure.Unit.RUPEES, remitted));
        figures.add(Figure.of("cod", "outstanding", "", Figure.Unit.RUPEES, outstanding));
        figures.add(Figure.of("cod", "remittance_turnaround_days", "", Figure.Unit.DAYS, turnaround));
        figures.add(Figure.of("cod", "remittances_confirmed", "", Figure.Unit.PERCENT, confirmed));
        figures.add(Figure.of("cod", "open_discrepancies", "", Figure.Unit.COUNT, discrepancies));
        return new Part(figures, List.of(), List.of());
    }

    /**
     * The columns as SQL rows {@code (col, f, t)} for a VALUES list, their bounds (made from each
     * column's first and last day, typed {@code sqlType}) added to {@code params} as f0, t0, f1, ...
     */
    static String periodRows(List<LocalDate[]> periods, String sqlType, java.util.function.Function<LocalDate[], Object> from,
                             java.util.function.Function<LocalDate[], Object> to, java.util.Map<String, Object> params) {
        StringBuilder rows = new StringBuilder();
        for (int c = 0; c < periods.size(); c++) {
            rows.append(c == 0 ? "" : ", ").append("(%d, CAST(:f%d AS %s), CAST(:t%d AS %s))".formatted(c, c, sqlType, c, sqlType));
            params.put("f" + c, from.apply(periods.get(c)));
            params.put("t" + c, to.apply(periods.get(c)));
        }
        return rows.toString();
    }

    /** The quarter, its three months, the previous quarter: the columns of the review. */
    static List<LocalDate[]> periods(Quarter q) {
        List<LocalDate[]> out = new ArrayList<>();
        out.add(new LocalDate[] {q.start(), q.end()});
        for (YearMonth m : q.months()) {
            out.add(new LocalDate[] {m.atDay(1), m.atEndOfMonth()});
        }
        out.add(new LocalDate[] {q.previous().start(), q.previous().end()});
        return out;
    }
}
