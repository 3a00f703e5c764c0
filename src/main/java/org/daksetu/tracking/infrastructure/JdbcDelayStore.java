package org.daksetu.tracking.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.daksetu.platform.db.CopyText;
import org.daksetu.platform.db.TransactionConnection;
import org.daksetu.tracking.application.DelayStore;
import org.daksetu.tracking.application.Delays;
import org.daksetu.tracking.domain.ArticleNumber;
import org.springframework.stereotype.Repository;

/** Revised EDDs in article_delay, the latest in tracking_state, and a DL row in feed_entry: one transaction. */
@Repository
class JdbcDelayStore implements DelayStore {

    private static final int CHUNK = 50_000;

    private static final String TEMP = """
            CREATE TEMP TABLE IF NOT EXISTS delay_stage (
                event_id text, article text, revised_edd date, place text, cause text, decided_at timestamptz)
                ON COMMIT DELETE ROWS;
            CREATE TEMP TABLE IF NOT EXISTS delay_new (
                event_id text, article text, place text, revised_edd date, decided_at timestamptz) ON COMMIT DELETE ROWS""";

    private final DataSource dataSource;

    JdbcDelayStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Map<ArticleNumber, Delays.Current> current(Collection<ArticleNumber> articles) {
        Map<ArticleNumber, Delays.Current> out = new HashMap<>(articles.size() * 2);
        byArticle(articles, """
                SELECT a.article, a.shipper_id,
                       GREATEST(COALESCE(s.revised_edd, a.edd), d.revised) AS edd
                  FROM tracked_article a
                  LEFT JOIN tracking_state s ON s.article = a.article
                  LEFT JOIN LATERAL (SELECT max(revised_edd) AS revised FROM article_delay x
                                      WHERE x.article = a.article) d ON true
                 WHERE a.article = ANY (?)""", rs -> {
            ArticleNumber a = new ArticleNumber(rs.getString(1));
            out.put(a, new Delays.Current(a, rs.getString(2), rs.getObject(3, LocalDate.class)));
        });
        return out;
    }

    @Override
    public int record(List<Delays.Revision> revisions, Instant at) {
        return with(c -> {
            try (var st = c.createStatement()) {
                st.execute(TEMP);
            }
            CopyText rows = new CopyText(revisions.size() * 80 + 64);
            for (Delays.Revision r : revisions) {
                rows.add(r.eventId()).add(r.article().value()).add(r.revisedEdd()).add(r.place()).add(r.cause())
                        .add(r.decidedAt()).endRow();
            }
            rows.copyInto(c, "delay_stage", "event_id, article, revised_edd, place, cause, decided_at");
            int recorded;
            try (PreparedStatement ps = c.prepareStatement("""
                    WITH ins AS (
                        INSERT INTO article_delay (event_id, article, place, previous_edd, revised_edd, cause, recorded_at)
                        SELECT DISTINCT ON (d.article) d.event_id, d.article, d.place,
                               GREATEST(COALESCE(s.revised_edd, a.edd), x.revised), d.revised_edd, d.cause, ?
                          FROM delay_stage d
                          JOIN tracked_article a ON a.article = d.article
                          LEFT JOIN tracking_state s ON s.article = d.article
                          LEFT JOIN LATERAL (SELECT max(revised_edd) AS revised FROM article_delay y
                                              WHERE y.article = d.article) x ON true
                         WHERE d.revised_edd > GREATEST(COALESCE(s.revised_edd, a.edd), x.revised)
                         ORDER BY d.article, d.revised_edd DESC
                        ON CONFLICT (event_id) DO NOTHING
                        RETURNING event_id, article, place, revised_edd)
                    INSERT INTO delay_new (event_id, article, place, revised_edd, decided_at)
                    SELECT i.event_id, i.article, i.place, i.revised_edd, d.decided_at
                      FROM ins i JOIN delay_stage d ON d.event_id = i.event_id""")) {
                ps.setTimestamp(1, Timestamp.from(at));
                recorded = ps.executeUpdate();
            }
            if (recorded == 0) {
                return 0;
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE tracking_state s SET revised_edd = n.revised_edd, updated_at = ?
                      FROM delay_new n WHERE s.article = n.article""")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.executeUpdate();
            }
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, JdbcTrackingStore.FEED_LOCK);
                lock.execute();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO feed_entry (shipper_id, article, event_id, code, place, occurred_at, reason, status, created_at)
                    SELECT a.shipper_id, n.article, n.event_id, 'DL', n.place, n.decided_at, NULL,
                           COALESCE(s.status, 'REGISTERED'), ?
                      FROM delay_new n
                      JOIN tracked_article a ON a.article = n.article
                      LEFT JOIN tracking_state s ON s.article = n.article
                     ORDER BY n.article""")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.executeUpdate();
            }
            return recorded;
        });
    }

    @Override
    public List<Delays.LaneLoad> plannedLaneLoads(LocalDate from, LocalDate to) {
        return with(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    WITH open_routes AS (
                        SELECT a.route_id, count(*) AS parcels
                          FROM tracked_article a
                          LEFT JOIN tracking_state s ON s.article = a.article
                         WHERE a.edd >= ?
                           AND COALESCE(s.status, 'REGISTERED') IN ('REGISTERED', 'BOOKED', 'IN_TRANSIT')
                         GROUP BY a.route_id)
                    SELECT leg->>'lane' AS lane,
                           ((leg->>'departure')::timestamptz AT TIME ZONE 'Asia/Kolkata')::date AS day,
                           sum(o.parcels) AS parcels
                      FROM open_routes o
                      JOIN tracking_route r ON r.id = o.route_id
                      CROSS JOIN LATERAL jsonb_array_elements(r.itinerary) AS leg
                     WHERE leg->>'kind' = 'TRANSMISSION' AND leg->>'lane' IS NOT NULL
                       AND ((leg->>'departure')::timestamptz AT TIME ZONE 'Asia/Kolkata')::date BETWEEN ? AND ?
                     GROUP BY 1, 2 ORDER BY 1, 2""")) {
                ps.setDate(1, Date.valueOf(from));
                ps.setDate(2, Date.valueOf(from));
                ps.setDate(3, Date.valueOf(to));
                List<Delays.LaneLoad> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Delays.LaneLoad(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Map<ArticleNumber, LocalDate> delayedTo(Collection<ArticleNumber> articles) {
        Map<ArticleNumber, LocalDate> out = new HashMap<>();
        byArticle(articles, "SELECT article, max(revised_edd) FROM article_delay WHERE article = ANY (?) GROUP BY article",
                rs -> out.put(new ArticleNumber(rs.getString(1)), rs.getObject(2, LocalDate.class)));
        return out;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs a query whose one parameter is an array of article numbers, in chunks, reading every row. */
    private void byArticle(Collection<ArticleNumber> articles, String sql, Row row) {
        List<String> all = articles.stream().map(ArticleNumber::value).distinct().toList();
        if (all.isEmpty()) {
            return;
        }
        with(c -> {
            for (int i = 0; i < all.size(); i += CHUNK) {
                List<String> part = all.subList(i, Math.min(all.size(), i + CHUNK));
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setArray(1, c.createArrayOf("text", part.toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            row.read(rs);
                        }
                    }
                }
            }
            return null;
        });
    }

    @Override
    public List<Delays.Recorded> revisions(ArticleNumber article) {
        return with(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT d.event_id, d.article, a.shipper_id, d.place, d.previous_edd, d.revised_edd, d.cause, d.recorded_at
                      FROM article_delay d JOIN tracked_article a ON a.article = d.article
                     WHERE d.article = ? ORDER BY d.recorded_at, d.revised_edd""")) {
                ps.setString(1, article.value());
                List<Delays.Recorded> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Delays.Recorded(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7),
                                rs.getTimestamp(8).toInstant()));
                    }
                }
                return out;
            }
        });
    }


    private <T> T with(TransactionConnection.Work<T> work) {
        return TransactionConnection.with(dataSource, "delay store", work);
    }
}
