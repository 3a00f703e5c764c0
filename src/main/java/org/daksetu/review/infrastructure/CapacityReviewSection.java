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
        // The five columns as rows (col, from, to) joined to the bags, offers and overflows of the whole window:
        // one pass over each instead of one per column. A bag's shipper is worked out only when asked for.
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        String columns = CodReviewSection.periodRows(periods, "timestamptz", d -> start(d[0]), d -> start(d[1].plusDays(1)), p);
        p.put("from", start(quarter.previous().start()));
        p.put("to", start(quarter.end().plusDays(1)));
        shipper.ifPresent(s -> p.put("shipper", s));
        String periodsCte = "periods (col, f, t) AS (VALUES " + columns + ")";
        jdbc.sql("""
                WITH %s,
                     b AS MATERIALIZED (SELECT b.lane_id, b.departure, b.kg, b.parcels, b.offer_id FROM report_capacity_bag b
                                        WHERE b.departure >= :from AND b.departure < :to %s),
                     pb AS (SELECT p.col, b.* FROM periods p JOIN b ON b.departure >= p.f AND b.departure < p.t),
                     own AS (SELECT col, lane_id, departure, sum(kg) AS kg FROM pb WHERE offer_id IS NULL
                             GROUP BY col, lane_id, departure),
                     used AS (SELECT own.col, 100.0 * sum(own.kg) / nullif(sum(l.capacity_kg), 0) AS utilisation
                              FROM own JOIN report_lane l ON l.lane_id = own.lane_id GROUP BY own.col),
                     totals AS (SELECT col, count(*) AS bags, sum(parcels) AS parcels, count(*) FILTER (WHERE offer_id IS NOT NULL) AS on_offer
                                FROM pb GROUP BY col)
                SELECT p.col, coalesce(t.bags, 0), coalesce(t.parcels, 0), u.utilisation, coalesce(t.on_offer, 0)
                FROM periods p LEFT JOIN totals t ON t.col = p.col LEFT JOIN used u ON u.col = p.col""".formatted(periodsCte,
                shipper.isPresent() ? "AND b.shipper = :shipper" : "")).params(p).query(rs -> {
            int col = rs.getInt(1);
            v[0][col] = rs.getDouble(2);
            v[1][col] = rs.getDouble(3);
            double u = rs.getDouble(4);
            v[2][col] = rs.wasNull() ? null : u;
            v[4][col] = rs.getDouble(5);
        });
        jdbc.sql("""
                WITH %s
                SELECT p.col, coalesce(sum(o.bags), 0) FROM periods p
                LEFT JOIN report_capacity_offer o ON o.status = 'OPEN' AND o.departs_at >= p.f AND o.departs_at < p.t %s
                GROUP BY p.col""".formatted(periodsCte, shipper.isPresent() ? "AND o.party = :shipper" : "")).params(p).query(rs -> {
            int col = rs.getInt(1);
            v[3][col] = rs.getDouble(2);
            v[5][col] = v[3][col] == 0 ? null : 100.0 * v[4][col] / v[3][col];
        });
        jdbc.sql("""
                WITH %s,
                     o AS MATERIALIZED (SELECT o.planned_departure, o.delay_days, o.parcels FROM report_capacity_overflow o
                                        WHERE o.planned_departure >= :from AND o.planned_departure < :to %s)
                SELECT p.col, count(o.planned_departure), avg(o.delay_days), coalesce(sum(o.parcels * o.delay_days), 0)
                FROM periods p LEFT JOIN o ON o.planned_departure >= p.f AND o.planned_departure < p.t
                GROUP BY p.col""".formatted(periodsCte, shipper.isPresent()
                ? "AND EXISTS (SELECT 1 FROM report_capacity_bag b WHERE b.bag = o.bag AND b.shipper = :shipper)" : ""))
                .params(p).query(rs -> {
                    int col = rs.getInt(1);
                    v[6][col] = rs.getDouble(2);
                    double d = rs.getDouble(3);
                    v[7][col] = rs.wasNull() ? null : d;
                    v[8][col] = rs.getDouble(4);
                });
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

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(JdbcReviewStore.IST).toOffsetDateTime();
    }
}
