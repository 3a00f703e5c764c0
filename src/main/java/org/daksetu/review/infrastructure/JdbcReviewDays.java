package org.daksetu.review.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The day close: each IST day's tallies (V12__review_days.sql) from the report_* views. A day is
 * closed when a refresh asks for it and it has not been closed since it ended, or when the feed
 * shows a change to it (a scan of that day applied, a shipment booked that day cancelled) since the
 * last refresh. Closing a day replaces its tallies; closing it twice gives the same tallies.
 */
@Repository
class JdbcReviewDays {

    /** Serialises refreshes: two of them at once would both close the same days. */
    static final long REFRESH_LOCK = 0x7265766965774441L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    JdbcReviewDays(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Closes, in one transaction, every day of [{@code from}, {@code to}] not closed since it ended
     * and every day the feed changed since the last refresh. Returns the days closed.
     */
    List<LocalDate> refresh(LocalDate from, LocalDate to, Instant now) {
        return transaction.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:k)").param("k", REFRESH_LOCK).query((rs, n) -> 1).list();
            long seen = jdbc.sql("SELECT feed_seq FROM review_watermark WHERE id = 1").query(Long.class).single();
            long last = jdbc.sql("SELECT coalesce(max(seq), 0) FROM report_feed").query(Long.class).single();
            TreeSet<LocalDate> days = new TreeSet<>();
            if (last > seen) {
                // Entries are numbered in commit order: every entry up to `last` is visible now, none will appear below it.
                // One pass for the span of days they fall on (usually one day: the one being closed) and whether any is a
                // cancellation; the days one by one only when they span more than a day.
                Map<String, Object> range = Map.of("seen", seen, "last", last);
                Object[] span = jdbc.sql("""
                        SELECT (min(f.occurred_at) AT TIME ZONE 'Asia/Kolkata')::date, (max(f.occurred_at) AT TIME ZONE 'Asia/Kolkata')::date,
                               count(*) FILTER (WHERE f.code = 'XC')
                        FROM report_feed f WHERE f.seq > :seen AND f.seq <= :last AND f.code <> 'DL'""").params(range)
                        .query((rs, n) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class), rs.getLong(3)})
                        .single();
                if (span[0] != null && span[0].equals(span[1])) {
                    days.add((LocalDate) span[0]);
                } else if (span[0] != null) {
                    days.addAll(jdbc.sql("""
                            SELECT DISTINCT (f.occurred_at AT TIME ZONE 'Asia/Kolkata')::date FROM report_feed f
                            WHERE f.seq > :seen AND f.seq <= :last AND f.code <> 'DL'""").params(range).query(LocalDate.class).list());
                }
                if ((long) span[2] > 0) {
                    days.addAll(jdbc.sql("""
                            SELECT DISTINCT (c.booked_at AT TIME ZONE 'Asia/Kolkata')::date
                            FROM report_feed f JOIN report_cancelled_shipment c ON c.article = f.article
                            WHERE f.seq > :seen AND f.seq <= :last AND f.code = 'XC'""").params(range).query(LocalDate.class).list());
                }
            }
            if (!from.isAfter(to)) {
                days.addAll(jdbc.sql("""
                        SELECT d::date FROM generate_series(CAST(:from AS date), CAST(:to AS date), interval '1 day') d
                        WHERE NOT EXISTS (SELECT 1 FROM review_day r WHERE r.day = d::date
                                          AND r.closed_at >= ((d::date + 1)::timestamp AT TIME ZONE 'Asia/Kolkata'))""")
                        .param("from", from).param("to", to).query(LocalDate.class).list());
            }
            if (!days.isEmpty()) {
                pinFacts();
                for (LocalDate day : days) {
                    close(day, now);
                }
            }
            jdbc.sql("UPDATE review_watermark SET feed_seq = :last WHERE id = 1 AND feed_seq < :last").param("last", last).update();
            return List.copyOf(days);
        });
    }

    /** The facts of every PIN (report_pin), once per refresh. */
    private void pinFacts() {
        jdbc.sql("DROP TABLE IF EXISTS review_close_pin").update();
        jdbc.sql("""
                CREATE TEMP TABLE review_close_pin ON COMMIT DROP AS
                SELECT pin, rural, branch_offices > 0 AS branch_pin, circle FROM report_pin""").update();
        jdbc.sql("ALTER TABLE review_close_pin ADD PRIMARY KEY (pin)").update();
    }

    private void close(LocalDate day, Instant now) {
        Map<String, Object> p = Map.of("d", day, "start", start(day), "end", start(day.plusDays(1)));
        for (String table : List.of("review_day_booked", "review_day_delivered", "review_day_pin", "review_day_route",
                "review_day_office", "review_day_exception")) {
            jdbc.sql("DELETE FROM " + table + " WHERE day = :d").param("d", day).update();
        }
        // The parcels booked on the day: their facts for the closes of the days they are delivered on, and the day's counts.
        jdbc.sql("DELETE FROM review_parcel WHERE booked_day = :d").param("d", day).update();
        jdbc.sql("""
                INSERT INTO review_parcel (article, booked_day, shipper, pickup_point, pin, zone, cod, cod_amount_paise, destination_hub,
                                           delivery_office_id, handover_day, edd)
                SELECT s.article, :d, s.shipper, s.pickup_point, s.pin, s.zone, s.cod, s.cod_amount_paise, s.destination_hub,
                       s.delivery_office_id, s.handover_day, s.edd
                FROM report_shipment s
                WHERE s.booked_at >= :start AND s.booked_at < :end
                ON CONFLICT (article) DO UPDATE SET booked_day = excluded.booked_day, shipper = excluded.shipper,
                       pickup_point = excluded.pickup_point, pin = excluded.pin, zone = excluded.zone, cod = excluded.cod,
                       cod_amount_paise = excluded.cod_amount_paise, destination_hub = excluded.destination_hub,
                       delivery_office_id = excluded.delivery_office_id, handover_day = excluded.handover_day, edd = excluded.edd""")
                .params(p).update();
        jdbc.sql("""
                INSERT INTO review_day_booked (day, shipper, pickup_point, booked, booked_cod, cod_value_paise)
                SELECT :d, s.shipper, s.pickup_point, count(*), count(*) FILTER (WHERE s.cod), sum(s.cod_amount_paise)
                FROM review_parcel s
                WHERE s.booked_day = :d
                GROUP BY s.shipper, s.pickup_point""").params(p).update();

        // The parcels delivered to the addressee on the day: tracking says DELIVERED, at a time of that day.
        jdbc.sql("DROP TABLE IF EXISTS review_close_delivered").update();
        jdbc.sql("""
                CREATE TEMP TABLE review_close_delivered ON COMMIT DROP AS
                SELECT s.shipper, s.article, s.pickup_point, s.pin, s.zone, s.cod, s.cod_amount_paise, s.destination_hub,
                       s.delivery_office_id, CAST(:d AS date) - s.handover_day AS transit_days, CAST(:d AS date) <= s.edd AS on_time,
                       t.attempts
                FROM (SELECT DISTINCT article FROM report_delivery_scan WHERE occurred_at >= :start AND occurred_at < :end) e
                -- one look-up per delivered article in each (OFFSET 0 keeps it one): a day's work, however many articles there are
                CROSS JOIN LATERAL (SELECT t.attempts FROM report_tracking t
                                    WHERE t.article = e.article AND t.status = 'DELIVERED' AND t.last_at >= :start AND t.last_at < :end
                                    OFFSET 0) t
                CROSS JOIN LATERAL (SELECT * FROM review_parcel s WHERE s.article = e.article OFFSET 0) s""").params(p).update();
        jdbc.sql("""
                INSERT INTO review_day_delivered (day, shipper, zone, circle, rural, branch_pin, transit_days, on_time, cod, parcels,
                                                  cod_value_paise)
                SELECT :d, c.shipper, c.zone, pin.circle, pin.rural, pin.branch_pin, c.transit_days, c.on_time, c.cod, count(*),
                       sum(c.cod_amount_paise)
                FROM review_close_delivered c LEFT JOIN review_close_pin pin ON pin.pin = c.pin
                GROUP BY c.shipper, c.zone, pin.circle, pin.rural, pin.branch_pin, c.transit_days, c.on_time, c.cod""").params(p).update();
        jdbc.sql("""
                INSERT INTO review_day_pin (day, shipper, pin, parcels)
                SELECT :d, shipper, pin, count(*) FROM review_close_delivered GROUP BY shipper, pin""").params(p).update();
        jdbc.sql("""
                INSERT INTO review_day_route (day, shipper, pickup_point, destination_hub, delivered, late, sample)
                SELECT :d, shipper, pickup_point, destination_hub, count(*), count(*) FILTER (WHERE NOT on_time), min(article)
                FROM review_close_delivered GROUP BY shipper, pickup_point, destination_hub""").params(p).update();

        // Failed attempts and returns of the day; an article's first failed attempt and first return are
        // the ones with no earlier scan of the same code.
        jdbc.sql("DROP TABLE IF EXISTS review_close_exception").update();
        jdbc.sql("""
                CREATE TEMP TABLE review_close_exception ON COMMIT DROP AS
                SELECT s.shipper, s.delivery_office_id, x.article, x.code, x.reason,
                       NOT EXISTS (SELECT 1 FROM report_delivery_exception e
                                   WHERE e.article = x.article AND e.code = x.code AND e.occurred_at < x.occurred_at) AS first
                FROM report_delivery_exception x
                CROSS JOIN LATERAL (SELECT * FROM review_parcel s WHERE s.article = x.article OFFSET 0) s
                WHERE x.occurred_at >= :start AND x.occurred_at < :end""").params(p).update();
        jdbc.sql("""
                INSERT INTO review_day_exception (day, shipper, kind, reason, parcels)
                SELECT :d, shipper, 'N', coalesce(reason, ''), count(*) FROM review_close_exception WHERE code = 'N'
                GROUP BY shipper, coalesce(reason, '')
                UNION ALL
                SELECT :d, shipper, 'RN', '', count(DISTINCT article) FROM review_close_exception WHERE code = 'RN' AND first
                GROUP BY shipper""").params(p).update();
        // First attempts: a parcel delivered with no failed attempt was first attempted on its delivery day,
        // any other on the day of its first failed attempt.
        jdbc.sql("""
                INSERT INTO review_day_office (day, shipper, office_id, first_attempts, first_attempt_ok)
                SELECT :d, shipper, office, count(*), count(*) FILTER (WHERE ok)
                FROM (SELECT shipper, delivery_office_id AS office, true AS ok FROM review_close_delivered WHERE attempts = 0
                      UNION ALL
                      SELECT DISTINCT ON (article) shipper, delivery_office_id, false FROM review_close_exception
                      WHERE code = 'N' AND first) a
                GROUP BY shipper, office""").params(p).update();
        jdbc.sql("""
                INSERT INTO review_day (day, closed_at) VALUES (:d, :now)
                ON CONFLICT (day) DO UPDATE SET closed_at = excluded.closed_at""")
                .param("d", day).param("now", Timestamp.from(now)).update();
    }

    static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(JdbcReviewStore.IST).toOffsetDateTime();
    }
}
