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
        String byShipper = shipper.isPresent() ? " AND shipper = :shipper" : "";
        for (int c = 0; c < periods.size(); c++) {
            LocalDate from = periods.get(c)[0];
            LocalDate to = periods.get(c)[1];
            var q = jdbc.sql("""
                    SELECT coalesce(sum(collected_paise) FILTER (WHERE collection_date BETWEEN :from AND :to), 0) / 100.0,
                           coalesce(sum(amount_paise) FILTER (WHERE remitted_on BETWEEN :from AND :to), 0) / 100.0,
                           coalesce(sum(collected_paise) FILTER (WHERE collection_date <= :to
                                    AND (remitted_on IS NULL OR remitted_on > :to)), 0) / 100.0,
                           avg(remitted_on - collection_date) FILTER (WHERE remitted_on BETWEEN :from AND :to),
                           100.0 * count(*) FILTER (WHERE remitted_on BETWEEN :from AND :to AND confirmed_at IS NOT NULL)
                                 / nullif(count(*) FILTER (WHERE remitted_on BETWEEN :from AND :to), 0)
                    FROM report_cod_article
                    WHERE cancelled_at IS NULL""" + byShipper).param("from", from).param("to", to);
            shipper.ifPresent(s -> q.param("shipper", s));
            int col = c;
            q.query(rs -> {
                collected[col] = rs.getDouble(1);
                remitted[col] = rs.getDouble(2);
                outstanding[col] = rs.getDouble(3);
                double t = rs.getDouble(4);
                turnaround[col] = rs.wasNull() ? null : t;
                double k = rs.getDouble(5);
                confirmed[col] = rs.wasNull() ? null : k;
            });
            discrepancies[col] = (double) reconciliation.report(shipper, from, to, to).discrepancies().size();
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
