package org.daksetu.review.infrastructure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.daksetu.review.application.ReviewSection;
import org.daksetu.review.domain.Figure;
import org.daksetu.review.domain.Quarter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The capacity figures, from the capacity context's bags, offers and overflows (views
 * report_capacity_*): bags carried, how full the lanes' own departures that carried them were,
 * capacity offered by the partners and how much of it was used, and the delay from overflow.
 * Periods are the IST days of the departures.
 */
@Component
class CapacityReviewSection implements ReviewSection {

    private final JdbcClient jdbc;

    CapacityReviewSection(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public boolean covers(String group) {
        return group.equals("capacity");
    }

    @Override
    public Part part(Quarter quarter, Optional<String> shipper) {
        List<LocalDate[]> periods = CodReviewSection.periods(quarter);
        Double[][] v = new Double[9][5];
        for (int c = 0; c < periods.size(); c++) {
            OffsetDateTime from = periods.get(c)[0].atStartOfDay(JdbcReviewStore.IST).toOffsetDateTime();
            OffsetDateTime to = periods.get(c)[1].plusDays(1).atStartOfDay(JdbcReviewStore.IST).toOffsetDateTime();
            int col = c;
            String bags = shipper.isPresent() ? " AND b.shipper = :shipper" : "";
            var q = jdbc.sql("""
                    WITH b AS (SELECT * FROM report_capacity_bag b
                               WHERE b.departure >= :from AND b.departure < :to""" + bags + """
                    ),
                         own AS (SELECT b.lane_id, b.departure, sum(b.kg) AS kg FROM b WHERE b.offer_id IS NULL
                                 GROUP BY b.lane_id, b.departure)
                    SELECT (SELECT count(*) FROM b),
                           (SELECT coalesce(sum(parcels), 0) FROM b),
                           (SELECT 100.0 * sum(own.kg) / nullif(sum(l.capacity_kg), 0)
                              FROM own JOIN report_lane l ON l.lane_id = own.lane_id),
                           (SELECT count(*) FROM b WHERE b.offer_id IS NOT NULL)
                    """).param("from", from).param("to", to);
            shipper.ifPresent(s -> q.param("shipper", s));
            q.query(rs -> {
                v[0][col] = rs.getDouble(1);
                v[1][col] = rs.getDouble(2);
                double u = rs.getDouble(3);
                v[2][col] = rs.wasNull() ? null : u;
                v[4][col] = rs.getDouble(4);
            });
            var o = jdbc.sql("SELECT coalesce(sum(bags), 0) FROM report_capacity_offer WHERE status = 'OPEN' AND departs_at >= :from "
                    + "AND departs_at < :to" + (shipper.isPresent() ? " AND party = :shipper" : "")).param("from", from).param("to", to);
            shipper.ifPresent(s -> o.param("shipper", s));
            v[3][col] = o.query(Double.class).single();
            v[5][col] = v[3][col] == 0 ? null : 100.0 * v[4][col] / v[3][col];
            var f = jdbc.sql("""
                    SELECT count(*), avg(o.delay_days), coalesce(sum(o.parcels * o.delay_days), 0)
                    FROM report_capacity_overflow o
                    WHERE o.planned_departure >= :from AND o.planned_departure < :to"""
                    + (shipper.isPresent() ? " AND EXISTS (SELECT 1 FROM report_capacity_bag b WHERE b.bag = o.bag AND b.shipper = :shipper)" : ""))
                    .param("from", from).param("to", to);
            shipper.ifPresent(s -> f.param("shipper", s));
            f.query(rs -> {
                v[6][col] = rs.getDouble(1);
                double d = rs.getDouble(2);
                v[7][col] = rs.wasNull() ? null : d;
                v[8][col] = rs.getDouble(3);
            });
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("capacity", "bags", "", Figure.Unit.COUNT, v[0]));
        figures.add(Figure.of("capacity", "parcels_in_bags", "", Figure.Unit.PARCELS, v[1]));
        figures.add(Figure.of("capacity", "own_departures_utilisation", "", Figure.Unit.PERCENT, v[2]));
        figures.add(Figure.of("capacity", "offered_bags", "", Figure.Unit.COUNT, v[3]));
        figures.add(Figure.of("capacity", "bags_on_offered_capacity", "", Figure.Unit.COUNT, v[4]));
        figures.add(Figure.of("capacity", "offered_capacity_used", "", Figure.Unit.PERCENT, v[5]));
        figures.add(Figure.of("capacity", "overflowed_bags", "", Figure.Unit.COUNT, v[6]));
        figures.add(Figure.of("capacity", "overflow_delay_days", "", Figure.Unit.DAYS, v[7]));
        figures.add(Figure.of("capacity", "overflow_parcel_days", "", Figure.Unit.COUNT, v[8]));
        return new Part(figures, List.of(), List.of());
    }
}
