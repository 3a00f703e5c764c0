package org.daksetu.booking.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.daksetu.booking.application.PickupStore;
import org.daksetu.booking.application.Scope;
import org.daksetu.booking.domain.IndianTime;
import org.daksetu.booking.domain.Pickup;
import org.daksetu.booking.domain.PickupStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPickupStore implements PickupStore {

    private static final String SELECT = """
            SELECT id, shipper, pickup_point, pickup_date, status, scheduled_at, manifested_at, handed_over_at, confirmed_by
            FROM pickup\s""";

    private final JdbcClient jdbc;

    JdbcPickupStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Optional<Pickup> insert(String shipper, String pickupPoint, LocalDate date, OffsetDateTime at) {
        Optional<Long> id = jdbc.sql("""
                        INSERT INTO pickup (shipper, pickup_point, pickup_date, status, scheduled_at)
                        VALUES (:s, :pp, :d, 'SCHEDULED', :at) ON CONFLICT DO NOTHING RETURNING id""")
                .param("s", shipper).param("pp", pickupPoint).param("d", date).param("at", at)
                .query(Long.class).optional();
        return id.flatMap(i -> find(Scope.everyone(), i));
    }

    @Override
    public Optional<Pickup> find(Scope scope, long id) {
        return jdbc.sql(SELECT + "WHERE id = :id AND (CAST(:s AS text) IS NULL OR shipper = :s)")
                .param("id", id).param("s", scope.shipper().orElse(null)).query(JdbcPickupStore::map).optional();
    }

    @Override
    public Optional<Pickup> lock(long id) {
        return jdbc.sql(SELECT + "WHERE id = :id FOR UPDATE").param("id", id).query(JdbcPickupStore::map).optional();
    }

    @Override
    public Optional<Pickup> active(String shipper, String pickupPoint, LocalDate date) {
        return jdbc.sql(SELECT + "WHERE shipper = :s AND pickup_point = :pp AND pickup_date = :d AND status <> 'CANCELLED'")
                .param("s", shipper).param("pp", pickupPoint).param("d", date).query(JdbcPickupStore::map).optional();
    }

    @Override
    public List<Pickup> list(Scope scope, Optional<LocalDate> date, Optional<String> pickupPoint, Optional<PickupStatus> status) {
        Map<String, Object> params = new HashMap<>();
        params.put("s", scope.shipper().orElse(null));
        params.put("d", date.orElse(null));
        params.put("pp", pickupPoint.orElse(null));
        params.put("st", status.map(Enum::name).orElse(null));
        return jdbc.sql(SELECT + """
                        WHERE (CAST(:s AS text) IS NULL OR shipper = :s) AND (CAST(:d AS date) IS NULL OR pickup_date = :d)
                          AND (CAST(:pp AS text) IS NULL OR pickup_point = :pp) AND (CAST(:st AS text) IS NULL OR status = :st)
                        ORDER BY pickup_date DESC, id DESC LIMIT 500""")
                .params(params).query(JdbcPickupStore::map).list();
    }

    @Override
    public void manifested(long id, OffsetDateTime at) {
        jdbc.sql("UPDATE pickup SET status = 'MANIFESTED', manifested_at = :at WHERE id = :id").param("at", at).param("id", id).update();
    }

    @Override
    public void handedOver(long id, OffsetDateTime at, String confirmedBy, List<String> missing) {
        jdbc.sql("""
                        UPDATE pickup SET status = 'HANDED_OVER', handed_over_at = :at, confirmed_by = :by, missing = :missing
                        WHERE id = :id""")
                .param("at", at).param("by", confirmedBy).param("missing", missing.toArray(String[]::new)).param("id", id).update();
    }

    @Override
    public void cancelled(long id) {
        jdbc.sql("UPDATE pickup SET status = 'CANCELLED' WHERE id = :id").param("id", id).update();
    }

    @Override
    public List<String> missing(long id) {
        return jdbc.sql("SELECT missing FROM pickup WHERE id = :id").param("id", id)
                .query((rs, n) -> Arrays.asList((String[]) rs.getArray(1).getArray())).optional().orElse(List.of());
    }

    private static Pickup map(ResultSet rs, int row) throws SQLException {
        return new Pickup(rs.getLong("id"), rs.getString("shipper"), rs.getString("pickup_point"),
                rs.getObject("pickup_date", LocalDate.class), PickupStatus.valueOf(rs.getString("status")),
                ist(rs.getObject("scheduled_at", OffsetDateTime.class)),
                Optional.ofNullable(rs.getObject("manifested_at", OffsetDateTime.class)).map(JdbcPickupStore::ist),
                Optional.ofNullable(rs.getObject("handed_over_at", OffsetDateTime.class)).map(JdbcPickupStore::ist),
                Optional.ofNullable(rs.getString("confirmed_by")));
    }

    private static OffsetDateTime ist(OffsetDateTime t) {
        return t.atZoneSameInstant(IndianTime.ZONE).toOffsetDateTime();
    }
}
