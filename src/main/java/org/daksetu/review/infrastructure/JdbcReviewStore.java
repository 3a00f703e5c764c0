package org.daksetu.review.infrastructure;

import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.daksetu.review.application.ReviewStore;
import org.daksetu.review.domain.ActionItem;
import org.daksetu.review.domain.Quarter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review's SQL. Every figure adds up the day tallies of the days closed (JdbcReviewDays,
 * V12__review_days.sql) by month and by quarter, in one pass per group of figures; medians and
 * percentiles are read from the transit-day histogram. docs/REVIEW.md defines each figure.
 */
@Repository
class JdbcReviewStore implements ReviewStore {

    static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JdbcReviewDays days;

    JdbcReviewStore(DataSource dataSource, org.springframework.transaction.PlatformTransactionManager transactions, JdbcReviewDays days) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        this.days = days;
    }

    @Override
    public List<LocalDate> refresh(LocalDate from, LocalDate to, java.time.Instant now) {
        return days.refresh(from, to, now);
    }

    @Override
    public LocalDate firstDay() {
        // The earliest booking of each shipper from the (shipper, booked_at) index, shipper by shipper.
        return jdbc.sql("""
                WITH RECURSIVE shippers AS (
                    SELECT min(shipper) AS shipper FROM report_shipment
                    UNION ALL
                    SELECT (SELECT min(s.shipper) FROM report_shipment s WHERE s.shipper > shippers.shipper)
                    FROM shippers WHERE shippers.shipper IS NOT NULL)
                SELECT (min((SELECT min(s.booked_at) FROM report_shipment s WHERE s.shipper = x.shipper))
                        AT TIME ZONE 'Asia/Kolkata')::date
                FROM shippers x WHERE x.shipper IS NOT NULL""").query(LocalDate.class).optional().orElse(null);
    }

    @Override
    public Tallies load(Quarter quarter, Optional<String> shipper) {
        return transaction.execute(status -> {
            LocalDate from = quarter.previous().start();
            LocalDate to = quarter.end();
            Map<String, Object> p = new HashMap<>();
            p.put("from", from);
            p.put("to", to);
            p.put("base", from.getYear() * 12 + from.getMonthValue());
            shipper.ifPresent(s -> p.put("shipper", s));
            String scope = "r.day BETWEEN :from AND :to" + (shipper.isPresent() ? " AND r.shipper = :shipper" : "");
            List<Tally> out = new ArrayList<>();
            tallied(out, "review_day_booked r", scope, "''", """
                    sum(booked) AS booked, sum(booked_cod) AS booked_cod, sum(cod_value_paise) / 100.0 AS cod_value_booked,
                    count(DISTINCT pickup_point) FILTER (WHERE booked > 0) AS pickup_points_active""", p);
            tallied(out, "review_day_booked r", scope, "r.pickup_point", "sum(booked) AS booked_at_point", p);
            String delivered = "sum(parcels) AS delivered, coalesce(sum(parcels) FILTER (WHERE on_time), 0) AS on_time";
            tallied(out, "review_day_delivered r", scope, "''", delivered + """
                    , coalesce(sum(cod_value_paise) FILTER (WHERE cod), 0) / 100.0 AS cod_collected,
                    coalesce(sum(parcels) FILTER (WHERE cod), 0) AS delivered_cod,
                    coalesce(sum(parcels) FILTER (WHERE rural), 0) AS delivered_rural,
                    coalesce(sum(parcels) FILTER (WHERE branch_pin), 0) AS delivered_branch""", p);
            for (String dim : DELIVERY_DIMENSIONS) {
                tallied(out, "review_day_delivered r", scope, dim, delivered, p);
            }
            percentiles(out, scope, p);
            // Distinct PINs per month first (a PIN is delivered to on many days), then their districts.
            byMonthAndQuarter(out, """
                    SELECT d.m, d.pin, pin.district, '' AS dim
                    FROM (SELECT DISTINCT %s AS m, r.pin FROM review_day_pin r WHERE %s) d
                    LEFT JOIN report_pin pin ON pin.pin = d.pin""".formatted(month("r.day"), scope),
                    "count(DISTINCT pin) AS pins_served, count(DISTINCT district) AS districts_served", p);
            tallied(out, "review_day_office r", scope, "''",
                    "sum(first_attempts) AS first_attempts, sum(first_attempt_ok) AS first_attempt_ok", p);
            tallied(out, "review_day_exception r", scope + " AND r.kind = 'RN'", "''", "sum(parcels) AS rto", p);
            tallied(out, "review_day_exception r", scope + " AND r.kind = 'N'", "r.reason", "sum(parcels) AS non_delivery", p);
            // PINs reached for the first time: the first day each PIN was delivered to, over every day closed up to the quarter's end.
            byMonthAndQuarter(out, """
                    SELECT %s AS m, '' AS dim
                    FROM (SELECT r.pin, min(r.day) AS first_day FROM review_day_pin r
                          WHERE r.day <= :to %s GROUP BY r.pin) f
                    WHERE f.first_day BETWEEN :from AND :to""".formatted(month("f.first_day"),
                    shipper.isPresent() ? "AND r.shipper = :shipper" : ""), "count(*) AS new_pins", p);
            out.removeIf(t -> t.period() == null || t.period().equals("m") || t.period().equals("q"));
            return new Tallies(out, actions(quarter, shipper));
        });
    }

    /** The dimensions of the delivery figures: tariff zone, postal circle, rural or urban PIN. */
    static final List<String> DELIVERY_DIMENSIONS = List.of("'zone:' || r.zone", "'circle:' || coalesce(r.circle, 'unknown')",
            "CASE WHEN r.rural THEN 'area:rural' ELSE 'area:urban' END");

    /**
     * Transit-day medians and 90th percentiles per period and dimension, read from the histogram of
     * the delivered tallies as {@code percentile_disc} reads the sorted values: the first value whose
     * cumulative count reaches the fraction of the total (rounded up).
     */
    private void percentiles(List<Tally> out, String scope, Map<String, Object> p) {
        List<Bin> bins = new ArrayList<>();
        for (String dim : concat("''", DELIVERY_DIMENSIONS)) {
            jdbc.sql("""
                    SELECT CASE WHEN GROUPING(x.m) = 0 THEN 'm' || x.m ELSE 'q' || x.q END AS period, x.dim, x.transit_days,
                           sum(x.parcels)
                    FROM (SELECT %s AS m, %s / 3 AS q, %s AS dim, r.transit_days, r.parcels FROM review_day_delivered r WHERE %s) x
                    GROUP BY GROUPING SETS ((x.m, x.dim, x.transit_days), (x.q, x.dim, x.transit_days))
                    ORDER BY 1, 2, 3""".formatted(month("r.day"), month("r.day"), dim, scope)).params(p)
                    .query((rs, n) -> new Bin(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4))).list()
                    .forEach(bins::add);
        }
        Map<String, List<Bin>> groups = new java.util.LinkedHashMap<>();
        bins.forEach(b -> groups.computeIfAbsent(b.period() + "\u0000" + b.dim(), k -> new ArrayList<>()).add(b));
        groups.values().forEach(list -> {
            long total = list.stream().mapToLong(Bin::parcels).sum();
            Bin first = list.getFirst();
            out.add(new Tally("transit_median", first.dim(), first.period(), percentile(list, total, 0.5)));
            out.add(new Tally("transit_p90", first.dim(), first.period(), percentile(list, total, 0.9)));
        });
    }

    /** Transit days and the parcels delivered in that many days, of one period and dimension. */
    record Bin(String period, String dim, int days, long parcels) {
    }

    /** The value percentile_disc gives over the values the bins (in ascending days) stand for. */
    static double percentile(List<Bin> ascending, long total, double fraction) {
        long rank = Math.max(1, (long) Math.ceil(fraction * total));
        long seen = 0;
        for (Bin b : ascending) {
            seen += b.parcels();
            if (seen >= rank) {
                return b.days();
            }
        }
        throw new IllegalArgumentException("the bins hold " + seen + " values, fewer than " + total);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private List<ActionItem> actions(Quarter quarter, Optional<String> shipper) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", quarter.start());
        p.put("to", quarter.end());
        shipper.ifPresent(s -> p.put("shipper", s));
        String scope = "r.day BETWEEN :from AND :to" + (shipper.isPresent() ? " AND r.shipper = :shipper" : "");
        long delivered = jdbc.sql("SELECT coalesce(sum(r.delivered), 0) FROM review_day_route r WHERE " + scope).params(p)
                .query(Long.class).single();
        long attempted = jdbc.sql("SELECT coalesce(sum(r.first_attempts), 0) FROM review_day_office r WHERE " + scope).params(p)
                .query(Long.class).single();
        // Enough volume for a figure to mean something: 0.2% of the quarter's deliveries for a lane or hub,
        // 0.05% of its first attempts for an office (hundreds of parcels at national volumes).
        p.put("minDelivered", Math.max(5, delivered / 500));
        p.put("minAttempted", Math.max(3, attempted / 2000));
        List<ActionItem> items = new ArrayList<>();
        items.addAll(jdbc.sql("""
                WITH pairs AS (SELECT r.pickup_point, r.destination_hub, min(r.sample) AS sample, sum(r.delivered) AS delivered,
                                      sum(r.late) AS late
                               FROM review_day_route r WHERE %s GROUP BY r.pickup_point, r.destination_hub),
                     legs AS (SELECT p.delivered, p.late, leg ->> 'lane' AS lane
                              FROM pairs p JOIN report_itinerary i ON i.article = p.sample::char(13)
                              CROSS JOIN LATERAL jsonb_array_elements(i.itinerary) leg
                              WHERE leg ->> 'lane' IS NOT NULL)
                SELECT l.lane, coalesce(rl.from_hub || ' to ' || rl.to_hub || ' (' || rl.mode || ')', l.lane) AS name,
                       100.0 * sum(l.late) / sum(l.delivered) AS late_share, sum(l.delivered) AS volume
                FROM legs l LEFT JOIN report_lane rl ON rl.lane_id = l.lane
                GROUP BY l.lane, rl.from_hub, rl.to_hub, rl.mode
                HAVING sum(l.delivered) >= :minDelivered AND sum(l.late) > 0
                ORDER BY late_share DESC, l.lane LIMIT 5""".formatted(scope)).params(p)
                .query((rs, n) -> new ActionItem("lane", rs.getString(1), rs.getString(2),
                        "late deliveries among parcels routed over the lane (%)", rs.getDouble(3), rs.getLong(4))).list());
        items.addAll(jdbc.sql("""
                SELECT r.destination_hub, coalesce(h.name, r.destination_hub),
                       100.0 * (sum(r.delivered) - sum(r.late)) / sum(r.delivered) AS on_time, sum(r.delivered) AS volume
                FROM review_day_route r LEFT JOIN report_hub h ON h.hub_code = r.destination_hub
                WHERE %s
                GROUP BY r.destination_hub, h.name HAVING sum(r.delivered) >= :minDelivered AND sum(r.late) > 0
                ORDER BY on_time, r.destination_hub LIMIT 5""".formatted(scope)).params(p)
                .query((rs, n) -> new ActionItem("hub", rs.getString(1), rs.getString(2),
                        "on time against the promise, destination hub (%)", rs.getDouble(3), rs.getLong(4))).list());
        items.addAll(jdbc.sql("""
                SELECT r.office_id::text, coalesce(o.name || ' ' || o.tier || ', ' || o.district, r.office_id::text),
                       100.0 * sum(r.first_attempt_ok) / sum(r.first_attempts) AS rate, sum(r.first_attempts) AS volume
                FROM review_day_office r LEFT JOIN report_office o ON o.office_id = r.office_id
                WHERE %s
                GROUP BY r.office_id, o.name, o.tier, o.district
                HAVING sum(r.first_attempts) >= :minAttempted AND sum(r.first_attempts) > sum(r.first_attempt_ok)
                ORDER BY rate, r.office_id LIMIT 5""".formatted(scope)).params(p)
                .query((rs, n) -> new ActionItem("office", rs.getString(1), rs.getString(2),
                        "first-attempt delivery rate, delivery office (%)", rs.getDouble(3), rs.getLong(4))).list());
        return items;
    }

    /** The month index 0 to 5 of a day inside the window, else null. */
    private static String month(String day) {
        return "CASE WHEN %1$s BETWEEN :from AND :to THEN (date_part('year', %1$s) * 12 + date_part('month', %1$s))::int - :base END"
                .formatted(day);
    }

    /** The aggregates of the tallies in {@code from} (alias r, with its day) that {@code scope} admits, by month and quarter. */
    private void tallied(List<Tally> out, String from, String scope, String dimension, String aggregates, Map<String, Object> p) {
        byMonthAndQuarter(out, "SELECT r.*, %s AS m, %s AS dim FROM %s WHERE %s".formatted(month("r.day"), dimension, from, scope),
                aggregates, p);
    }

    /**
     * The aggregates of the rows of {@code rows} (columns m, the month index, and dim) per month and
     * per quarter (month / 3), in one pass: two grouping sets over the rows as they are read (a
     * materialised copy of every column, as before, cost more than the grouping at a quarter's volume).
     */
    private void byMonthAndQuarter(List<Tally> out, String rows, String aggregates, Map<String, Object> params) {
        collect(out, """
                SELECT CASE WHEN GROUPING(x.m) = 0 THEN 'm' || x.m ELSE 'q' || x.q END AS period, x.dim, %s
                FROM (SELECT y.*, y.m / 3 AS q FROM (%s) y) x
                GROUP BY GROUPING SETS ((x.m, x.dim), (x.q, x.dim))""".formatted(aggregates, rows), params);
    }

    /** Rows of (period, dimension, value columns named after their metric) as tallies; null values are left out. */
    private void collect(List<Tally> out, String sql, Map<String, Object> params) {
        jdbc.sql(sql).params(params).query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
            ResultSetMetaData md = rs.getMetaData();
            String period = rs.getString(1);
            String dim = rs.getString(2);
            for (int c = 3; c <= md.getColumnCount(); c++) {
                double v = rs.getDouble(c);
                if (!rs.wasNull()) {
                    out.add(new Tally(md.getColumnLabel(c), dim == null ? "" : dim, period, v));
                }
            }
        });
    }


}
