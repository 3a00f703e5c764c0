package org.daksetu.booking.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.daksetu.booking.application.ArticleNumberStore;
import org.daksetu.booking.application.Reservation;
import org.daksetu.booking.domain.ArticleSeries;
import org.daksetu.booking.domain.SerialAllocation;
import org.daksetu.booking.domain.SerialRange;
import org.daksetu.booking.domain.SeriesPosition;
import org.daksetu.booking.domain.Service;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Article numbers in PostgreSQL. An allocation locks the service's series rows, plans the serials
 * with {@link SerialAllocation}, moves the series on and records the blocks, all in one short
 * transaction: two nodes can never hand out the same serial.
 */
@Repository
class JdbcArticleNumberStore implements ArticleNumberStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    JdbcArticleNumberStore(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = JdbcClient.create(dataSource);
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public void sync(List<ArticleSeries> series) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("LOCK TABLE article_series IN EXCLUSIVE MODE").update();
            for (int i = 0; i < series.size(); i++) {
                ArticleSeries s = series.get(i);
                Optional<Map<String, Object>> stored = jdbc.sql(
                                "SELECT service, first_serial, last_serial, next_serial, cycle FROM article_series WHERE prefix = :p")
                        .param("p", s.prefix()).query().listOfRows().stream().findFirst();
                if (stored.isEmpty()) {
                    jdbc.sql("""
                                    INSERT INTO article_series (prefix, service, first_serial, last_serial, priority, next_serial)
                                    VALUES (:p, :s, :first, :last, :priority, :first)""")
                            .param("p", s.prefix()).param("s", s.service().name()).param("first", s.firstSerial())
                            .param("last", s.lastSerial()).param("priority", i).update();
                    continue;
                }
                Map<String, Object> row = stored.get();
                if (!row.get("service").equals(s.service().name())) {
                    throw new IllegalStateException("S10 series " + s.prefix() + " was used for " + row.get("service")
                            + "; it cannot serve " + s.service() + " now");
                }
                if (((Number) row.get("first_serial")).intValue() != s.firstSerial()) {
                    throw new IllegalStateException("S10 series " + s.prefix() + " starts at serial " + row.get("first_serial")
                            + "; its first serial cannot change (configure a new series instead)");
                }
                if (((Number) row.get("cycle")).intValue() == 0 && ((Number) row.get("next_serial")).intValue() > s.lastSerial() + 1) {
                    throw new IllegalStateException("S10 series " + s.prefix() + " has handed out serials up to "
                            + (((Number) row.get("next_serial")).intValue() - 1) + "; its last serial cannot be lowered below that");
                }
                jdbc.sql("UPDATE article_series SET last_serial = :last, priority = :priority, active = true WHERE prefix = :p")
                        .param("last", s.lastSerial()).param("priority", i).param("p", s.prefix()).update();
            }
            jdbc.sql("UPDATE article_series SET active = false WHERE NOT (prefix = ANY (:prefixes))")
                    .param("prefixes", series.stream().map(ArticleSeries::prefix).toArray(String[]::new)).update();
        });
    }

    @Override
    public List<SerialRange> allocate(Service service, int count, Instant now, Instant reusableBefore) {
        return tx.execute(status -> allocateInTransaction(service, count, now, reusableBefore, null));
    }

    private List<SerialRange> allocateInTransaction(Service service, int count, Instant now, Instant reusableBefore,
                                                    Long reservationId) {
        List<SeriesPosition> positions = jdbc.sql("""
                        SELECT prefix, first_serial, last_serial, next_serial, cycle FROM article_series
                        WHERE service = :service AND active ORDER BY priority FOR UPDATE""")
                .param("service", service.name())
                .query((rs, n) -> new SeriesPosition(new ArticleSeries(rs.getString("prefix"), service, rs.getInt("first_serial"),
                        rs.getInt("last_serial")), rs.getInt("next_serial"), rs.getInt("cycle")))
                .list();
        SerialAllocation.History history = (prefix, cycle, first, last) -> Optional.ofNullable(jdbc.sql("""
                        SELECT max(allocated_at) FROM article_block
                        WHERE prefix = :p AND cycle = :c AND first_serial <= :last AND last_serial >= :first""")
                .param("p", prefix).param("c", cycle).param("first", first).param("last", last)
                .query(Timestamp.class).single()).map(Timestamp::toInstant);
        SerialAllocation.Plan plan = SerialAllocation.plan(positions, count, reusableBefore, history)
                .orElseThrow(() -> new IllegalStateException("The S10 series of " + service + " " + positions.stream()
                        .map(p -> p.series().prefix()).toList() + " cannot give " + count + " more numbers: every serial was used "
                        + "within the reuse period. Configure another series (daksetu.booking.article-numbers)."));
        for (SeriesPosition p : plan.positions()) {
            jdbc.sql("UPDATE article_series SET next_serial = :next, cycle = :cycle WHERE prefix = :p")
                    .param("next", p.nextSerial()).param("cycle", p.cycle()).param("p", p.series().prefix()).update();
        }
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        for (SerialRange r : plan.ranges()) {
            jdbc.sql("""
                            INSERT INTO article_block (prefix, cycle, first_serial, last_serial, allocated_at, reservation_id)
                            VALUES (:p, :c, :first, :last, :at, :reservation)""")
                    .param("p", r.prefix()).param("c", r.cycle()).param("first", r.first()).param("last", r.last())
                    .param("at", at).param("reservation", reservationId).update();
        }
        return plan.ranges();
    }

    @Override
    public Reservation reserve(String shipper, Service service, int count, Instant now, Instant expiresAt, Instant reusableBefore) {
        return tx.execute(status -> {
            long id = jdbc.sql("""
                            INSERT INTO article_reservation (shipper, service, count, created_at, expires_at)
                            VALUES (:s, :service, :count, :at, :expires) RETURNING id""")
                    .param("s", shipper).param("service", service.name()).param("count", count)
                    .param("at", now.atOffset(ZoneOffset.UTC)).param("expires", expiresAt.atOffset(ZoneOffset.UTC))
                    .query(Long.class).single();
            List<SerialRange> ranges = allocateInTransaction(service, count, now, reusableBefore, id);
            return new Reservation(id, shipper, service, count, now, expiresAt, ranges);
        });
    }

    @Override
    public List<Reservation> reservations(String shipper, int limit) {
        return query("r.shipper = :s", Map.of("s", shipper), limit);
    }

    @Override
    public Optional<Reservation> reservation(String shipper, long id) {
        return query("r.shipper = :s AND r.id = :id", Map.of("s", shipper, "id", id), 1).stream().findFirst();
    }

    @Override
    public List<Reservation> validReservations(String shipper, Instant now) {
        return query("r.shipper = :s AND r.expires_at > :now", Map.of("s", shipper, "now", now.atOffset(ZoneOffset.UTC)), 10_000);
    }

    private List<Reservation> query(String where, Map<String, Object> params, int limit) {
        record Row(long id, String shipper, Service service, int count, Instant created, Instant expires, SerialRange range) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT r.id, r.shipper, r.service, r.count, r.created_at, r.expires_at, b.prefix, b.cycle, b.first_serial, b.last_serial
                        FROM (SELECT * FROM article_reservation r WHERE %s ORDER BY created_at DESC, id DESC LIMIT %d) r
                        JOIN article_block b ON b.reservation_id = r.id
                        ORDER BY r.created_at DESC, r.id DESC, b.id""".formatted(where, limit))
                .params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("shipper"), Service.valueOf(rs.getString("service")),
                        rs.getInt("count"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                        new SerialRange(rs.getString("prefix"), rs.getInt("cycle"), rs.getInt("first_serial"), rs.getInt("last_serial"))))
                .list();
        Map<Long, List<Row>> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        return byId.values().stream().map(list -> {
            Row f = list.getFirst();
            return new Reservation(f.id(), f.shipper(), f.service(), f.count(), f.created(), f.expires(),
                    list.stream().map(Row::range).toList());
        }).toList();
    }
}
