package org.daksetu.review.infrastructure;

import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * The review's SQL. One pass builds a temporary table with one row per parcel of the two quarters
 * (and the two months before, for parcels booked then and delivered in the window): its months of
 * booking, delivery, first attempt and return, and the facts the figures group by. Every figure is
 * then a GROUP BY over that table, by month and by quarter. docs/REVIEW.md
 * defines each figure.
 */
@Repository
class JdbcReviewStore implements ReviewStore {

    static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    /** Parcels booked this long before the window can still be delivered or returned in it. */
    static final int LEAD_DAYS = 62;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    JdbcReviewStore(DataSource dataSource, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transaction = new TransactionTemplate(transactions);
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
            p.put("bookedFrom", start(from.minusDays(LEAD_DAYS)));
            p.put("bookedTo", start(to.plusDays(1)));
            p.put("eventsFrom", start(from));
            p.put("eventsTo", start(to.plusDays(1)));
            shipper.ifPresent(s -> p.put("shipper", s));
            String byShipper = shipper.isPresent() ? " AND s.shipper = :shipper" : "";
            jdbc.sql("""
                    CREATE TEMP TABLE review_parcel ON COMMIT DROP AS
                    SELECT f.*, %s AS booked_m, %s AS delivered_m, %s AS first_attempt_m, %s AS rto_m
                    FROM (SELECT s.article, s.pickup_point, s.pin, s.zone, s.cod, s.cod_amount_paise, s.destination_hub,
                                 s.delivery_office_id, s.booked_day, s.handover_day, s.edd,
                                 pin.rural, pin.branch_offices > 0 AS branch_pin, pin.district, pin.circle,
                                 t.status, coalesce(t.attempts, 0) AS attempts, d.day AS delivered_day,
                                 d.day - s.handover_day AS transit_days, d.day <= s.edd AS on_time,
                                 (t.status = 'DELIVERED' AND t.attempts = 0) AS first_attempt_ok,
                                 CASE WHEN t.status = 'DELIVERED' AND t.attempts = 0 THEN d.day
                                      ELSE (x.first_n AT TIME ZONE 'Asia/Kolkata')::date END AS first_attempt_day,
                                 (x.rn AT TIME ZONE 'Asia/Kolkata')::date AS rto_day
                          FROM report_shipment s
                          LEFT JOIN report_tracking t ON t.article = s.article
                          LEFT JOIN LATERAL (SELECT CASE WHEN t.status = 'DELIVERED'
                                                         THEN (t.last_at AT TIME ZONE 'Asia/Kolkata')::date END AS day) d ON true
                          LEFT JOIN (SELECT article, min(occurred_at) FILTER (WHERE code = 'N') AS first_n,
                                            min(occurred_at) FILTER (WHERE code = 'RN') AS rn
                                     FROM report_delivery_exception
                                     WHERE occurred_at >= :bookedFrom AND occurred_at < :eventsTo
                                     GROUP BY article) x ON x.article = s.article
                          LEFT JOIN report_pin pin ON pin.pin = s.pin
                          WHERE s.booked_at >= :bookedFrom AND s.booked_at < :bookedTo %s) f"""
                    .formatted(month("f.booked_day"), month("f.delivered_day"), month("f.first_attempt_day"), month("f.rto_day"),
                            byShipper)).params(p).update();
            jdbc.sql("ANALYZE review_parcel").update();
            List<Tally> out = new ArrayList<>();
            grouped(out, "booked_m", "''", """
                    count(*) AS booked, count(*) FILTER (WHERE cod) AS booked_cod,
                    coalesce(sum(cod_amount_paise), 0) / 100.0 AS cod_value_booked,
                    count(DISTINCT pickup_point) AS pickup_points_active""");
            grouped(out, "booked_m", "pickup_point", "count(*) AS booked_at_point");
            String delivered = """
                    count(*) AS delivered, count(*) FILTER (WHERE on_time) AS on_time,
                    percentile_disc(0.5) WITHIN GROUP (ORDER BY transit_days) AS transit_median,
                    percentile_disc(0.9) WITHIN GROUP (ORDER BY transit_days) AS transit_p90""";
            grouped(out, "delivered_m", "''", delivered + """
                    , coalesce(sum(cod_amount_paise) FILTER (WHERE cod), 0) / 100.0 AS cod_collected,
                    count(*) FILTER (WHERE cod) AS delivered_cod,
                    count(*) FILTER (WHERE rural) AS delivered_rural,
                    count(*) FILTER (WHERE branch_pin) AS delivered_branch,
                    count(DISTINCT pin) AS pins_served, count(DISTINCT district) AS districts_served""");
            grouped(out, "delivered_m", "'zone:' || zone", delivered);
            grouped(out, "delivered_m", "'circle:' || coalesce(circle, 'unknown')", delivered);
            grouped(out, "delivered_m", "CASE WHEN rural THEN 'area:rural' ELSE 'area:urban' END", delivered);
            grouped(out, "first_attempt_m", "''", """
                    count(*) AS first_attempts, count(*) FILTER (WHERE first_attempt_ok) AS first_attempt_ok""");
            grouped(out, "rto_m", "''", "count(*) AS rto");
            String eventDay = "(e.occurred_at AT TIME ZONE 'Asia/Kolkata')::date";
            byMonthAndQuarter(out, """
                    SELECT %s AS m, e.reason AS dim
                    FROM report_delivery_exception e JOIN review_parcel r ON r.article = e.article
                    WHERE e.code = 'N' AND e.occurred_at >= :eventsFrom AND e.occurred_at < :eventsTo""".formatted(month(eventDay)),
                    "count(*) AS non_delivery", p);
            byMonthAndQuarter(out, """
                    SELECT %s AS m, '' AS dim
                    FROM (SELECT s.pin, min((t.last_at AT TIME ZONE 'Asia/Kolkata')::date) AS first_day
                          FROM report_shipment s JOIN report_tracking t ON t.article = s.article
                          WHERE t.status = 'DELIVERED' AND s.booked_at < :bookedTo %s
                          GROUP BY s.pin) f
                    WHERE f.first_day BETWEEN :from AND :to""".formatted(month("f.first_day"), byShipper), "count(*) AS new_pins", p);
            out.removeIf(t -> t.period() == null || t.period().equals("m") || t.period().equals("q"));
            return new Tallies(out, actions());
        });
    }

    private List<ActionItem> actions() {
        long delivered = jdbc.sql("SELECT count(*) FROM review_parcel WHERE delivered_m / 3 = 1").query(Long.class).single();
        long attempted = jdbc.sql("SELECT count(*) FROM review_parcel WHERE first_attempt_m / 3 = 1").query(Long.class).single();
        // Enough volume for a figure to mean something: 0.2% of the quarter's deliveries for a lane or hub,
        // 0.05% of its first attempts for an office (hundreds of parcels at national volumes).
        long minDelivered = Math.max(5, delivered / 500);
        long minAttempted = Math.max(3, attempted / 2000);
        List<ActionItem> items = new ArrayList<>();
        items.addAll(jdbc.sql("""
                WITH pairs AS (SELECT pickup_point, destination_hub, min(article) AS sample, count(*) AS delivered,
                                      count(*) FILTER (WHERE NOT on_time) AS late
                               FROM review_parcel WHERE delivered_m / 3 = 1 GROUP BY pickup_point, destination_hub),
                     legs AS (SELECT p.delivered, p.late, leg ->> 'lane' AS lane
                              FROM pairs p JOIN report_itinerary i ON i.article = p.sample::char(13)
                              CROSS JOIN LATERAL jsonb_array_elements(i.itinerary) leg
                              WHERE leg ->> 'lane' IS NOT NULL)
                SELECT l.lane, coalesce(rl.from_hub || ' to ' || rl.to_hub || ' (' || rl.mode || ')', l.lane) AS name,
                       100.0 * sum(l.late) / sum(l.delivered) AS late_share, sum(l.delivered) AS volume
                FROM legs l LEFT JOIN report_lane rl ON rl.lane_id = l.lane
                GROUP BY l.lane, rl.from_hub, rl.to_hub, rl.mode
                HAVING sum(l.delivered) >= :min AND sum(l.late) > 0
                ORDER BY late_share DESC, l.lane LIMIT 5""").param("min", minDelivered)
                .query((rs, n) -> new ActionItem("lane", rs.getString(1), rs.getString(2),
                        "late deliveries among parcels routed over the lane (%)", rs.getDouble(3), rs.getLong(4))).list());
        items.addAll(jdbc.sql("""
                SELECT r.destination_hub, coalesce(h.name, r.destination_hub), 100.0 * count(*) FILTER (WHERE on_time) / count(*) AS on_time,
                       count(*) AS volume
                FROM review_parcel r LEFT JOIN report_hub h ON h.hub_code = r.destination_hub
                WHERE r.delivered_m / 3 = 1
                GROUP BY r.destination_hub, h.name HAVING count(*) >= :min AND count(*) FILTER (WHERE NOT on_time) > 0
                ORDER BY on_time, r.destination_hub LIMIT 5""").param("min", minDelivered)
                .query((rs, n) -> new ActionItem("hub", rs.getString(1), rs.getString(2),
                        "on time against the promise, destination hub (%)", rs.getDouble(3), rs.getLong(4))).list());
        items.addAll(jdbc.sql("""
                SELECT r.delivery_office_id::text, coalesce(o.name || ' ' || o.tier || ', ' || o.district, r.delivery_office_id::text),
                       100.0 * count(*) FILTER (WHERE first_attempt_ok) / count(*) AS rate, count(*) AS volume
                FROM review_parcel r LEFT JOIN report_office o ON o.office_id = r.delivery_office_id
                WHERE r.first_attempt_m / 3 = 1
                GROUP BY r.delivery_office_id, o.name, o.tier, o.district
                HAVING count(*) >= :min AND count(*) FILTER (WHERE NOT first_attempt_ok) > 0
                ORDER BY rate, r.delivery_office_id LIMIT 5""").param("min", minAttempted)
                .query((rs, n) -> new ActionItem("office", rs.getString(1), rs.getString(2),
                        "first-attempt delivery rate, delivery office (%)", rs.getDouble(3), rs.getLong(4))).list());
        return items;
    }

    /** The month index 0 to 5 of a day inside the window, else null. */
    private static String month(String day) {
        return "CASE WHEN %1$s BETWEEN :from AND :to THEN (date_part('year', %1$s) * 12 + date_part('month', %1$s))::int - :base END"
                .formatted(day);
    }

    private void grouped(List<Tally> out, String monthColumn, String dimension, String aggregates) {
        byMonthAndQuarter(out, "SELECT r.*, r.%s AS m, %s AS dim FROM review_parcel r WHERE r.%s IS NOT NULL"
                .formatted(monthColumn, dimension, monthColumn), aggregates, Map.of());
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

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(IST).toOffsetDateTime();
    }
}
