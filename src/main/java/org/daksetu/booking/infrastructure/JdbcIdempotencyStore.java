package org.daksetu.booking.infrastructure;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.daksetu.booking.application.IdempotencyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcIdempotencyStore implements IdempotencyStore {

    private final JdbcClient jdbc;

    JdbcIdempotencyStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Optional<Recorded> claim(String party, String key, byte[] requestHash, Instant now, Instant staleBefore) {
        int claimed = jdbc.sql("""
                        INSERT INTO idempotent_request (party, key, request_hash, state, created_at)
                        VALUES (:party, :key, :hash, 'IN_PROGRESS', :now)
                        ON CONFLICT (party, key) DO UPDATE SET request_hash = excluded.request_hash, created_at = excluded.created_at
                        WHERE idempotent_request.state = 'IN_PROGRESS' AND idempotent_request.created_at < :stale""")
                .param("party", party).param("key", key).param("hash", requestHash)
                .param("now", now.atOffset(ZoneOffset.UTC)).param("stale", staleBefore.atOffset(ZoneOffset.UTC)).update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT request_hash, state, status_code, content_type, body, created_at FROM idempotent_request
                        WHERE party = :party AND key = :key""")
                .param("party", party).param("key", key)
                .query((rs, n) -> new Recorded(rs.getBytes(1), rs.getString(2).equals("DONE"), rs.getInt(3), rs.getString(4),
                        rs.getBytes(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }

    @Override
    public void complete(String party, String key, int status, String contentType, byte[] body) {
        jdbc.sql("""
                        UPDATE idempotent_request SET state = 'DONE', status_code = :status, content_type = :type, body = :body
                        WHERE party = :party AND key = :key""")
                .param("status", status).param("type", contentType).param("body", body).param("party", party).param("key", key)
                .update();
    }

    @Override
    public void abandon(String party, String key) {
        jdbc.sql("DELETE FROM idempotent_request WHERE party = :party AND key = :key AND state = 'IN_PROGRESS'")
                .param("party", party).param("key", key).update();
    }

    @Override
    public int purgeBefore(Instant before) {
        return jdbc.sql("DELETE FROM idempotent_request WHERE created_at < :before")
                .param("before", before.atOffset(ZoneOffset.UTC)).update();
    }
}
