package org.daksetu.tracking.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.daksetu.tracking.application.DeadLetter;
import org.daksetu.tracking.application.WebhookStore;
import org.daksetu.tracking.application.WebhookSubscription;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

@Repository
class JdbcWebhookStore implements WebhookStore {

    private static final String COLUMNS = "id, shipper_id, url, secret, active, cursor_seq, attempts, next_attempt_at, last_error";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    JdbcWebhookStore(DataSource dataSource, TransactionTemplate tx) {
        this.jdbc = JdbcClient.create(dataSource);
        this.tx = tx;
    }

    private static WebhookSubscription map(ResultSet rs, int n) throws SQLException {
        return new WebhookSubscription(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                rs.getLong(6), rs.getInt(7), rs.getTimestamp(8).toInstant(), Optional.ofNullable(rs.getString(9)));
    }

    @Override
    public WebhookSubscription create(String shipperId, String url, String secret) {
        return jdbc.sql("INSERT INTO webhook_subscription (shipper_id, url, secret, cursor_seq) "
                        + "VALUES (:shipper, :url, :secret, COALESCE((SELECT max(seq) FROM feed_entry WHERE shipper_id = :shipper), 0)) "
                        + "RETURNING " + COLUMNS)
                .param("shipper", shipperId).param("url", url).param("secret", secret).query(JdbcWebhookStore::map).single();
    }

    @Override
    public List<WebhookSubscription> list(Optional<String> shipperId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_subscription WHERE active AND (CAST(:shipper AS text) IS NULL "
                        + "OR shipper_id = :shipper) ORDER BY id")
                .param("shipper", shipperId.orElse(null)).query(JdbcWebhookStore::map).list();
    }

    @Override
    public Optional<WebhookSubscription> get(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = :id AND active").param("id", id)
                .query(JdbcWebhookStore::map).optional();
    }

    @Override
    public void deactivate(long id) {
        jdbc.sql("UPDATE webhook_subscription SET active = false WHERE id = :id").param("id", id).update();
    }

    @Override
    public Optional<WebhookSubscription> leaseDue(Duration lease) {
        return jdbc.sql("""
                        UPDATE webhook_subscription s SET lease_until = now() + :lease * interval '1 millisecond'
                         WHERE s.id = (SELECT w.id FROM webhook_subscription w
                                        WHERE w.active AND w.next_attempt_at <= now()
                                          AND (w.lease_until IS NULL OR w.lease_until < now())
                                          AND EXISTS (SELECT 1 FROM feed_entry f
                                                       WHERE f.shipper_id = w.shipper_id AND f.seq > w.cursor_seq)
                                        ORDER BY w.next_attempt_at, w.id LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING """ + " " + COLUMNS)
                .param("lease", lease.toMillis()).query(JdbcWebhookStore::map).optional();
    }

    @Override
    public boolean advance(long id, long fromCursor, long toCursor) {
        return jdbc.sql("""
                        UPDATE webhook_subscription SET cursor_seq = :to, attempts = 0, last_error = NULL, lease_until = NULL,
                               next_attempt_at = now()
                         WHERE id = :id AND cursor_seq = :from""")
                .param("to", toCursor).param("id", id).param("from", fromCursor).update() == 1;
    }

    @Override
    public void retryLater(long id, long fromCursor, int attempts, Duration backoff, String error) {
        jdbc.sql("""
                        UPDATE webhook_subscription SET attempts = :attempts, last_error = :error, lease_until = NULL,
                               next_attempt_at = now() + :backoff * interval '1 millisecond'
                         WHERE id = :id AND cursor_seq = :from""")
                .param("attempts", attempts).param("error", error).param("backoff", backoff.toMillis())
                .param("id", id).param("from", fromCursor).update();
    }

    @Override
    public void deadLetter(long id, long fromCursor, long firstSeq, long lastSeq, int attempts, String error) {
        tx.executeWithoutResult(s -> {
            if (advance(id, fromCursor, lastSeq)) {
                jdbc.sql("""
                                INSERT INTO webhook_dead_letter (subscription_id, from_seq, to_seq, attempts, last_error)
                                VALUES (:id, :first, :last, :attempts, :error)""")
                        .param("id", id).param("first", firstSeq).param("last", lastSeq).param("attempts", attempts)
                        .param("error", error).update();
            }
        });
    }

    @Override
    public long rewind(long id, Instant from) {
        return jdbc.sql("""
                        UPDATE webhook_subscription s
                           SET cursor_seq = COALESCE((SELECT max(seq) FROM feed_entry f
                                                      WHERE f.shipper_id = s.shipper_id AND f.created_at < :from), 0),
                               attempts = 0, last_error = NULL, next_attempt_at = now()
                         WHERE id = :id RETURNING cursor_seq""")
                .param("from", Timestamp.from(from)).param("id", id).query(Long.class).single();
    }

    @Override
    public List<DeadLetter> deadLetters(long subscriptionId) {
        return jdbc.sql("SELECT id, subscription_id, from_seq, to_seq, attempts, last_error, dead_at FROM webhook_dead_letter "
                        + "WHERE subscription_id = :id ORDER BY id")
                .param("id", subscriptionId)
                .query((rs, n) -> new DeadLetter(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getInt(5),
                        rs.getString(6), rs.getTimestamp(7).toInstant())).list();
    }
}
