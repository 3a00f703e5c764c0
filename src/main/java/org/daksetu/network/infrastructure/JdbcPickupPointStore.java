package org.daksetu.network.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.daksetu.network.application.PickupPointStore;
import org.daksetu.network.domain.PickupPoint;
import org.daksetu.shared.GeoPoint;
import org.daksetu.shared.Pin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPickupPointStore implements PickupPointStore {

    private static final String COLUMNS = """
            code, name, city, address, pin, latitude, longitude, office_id, office_distance_km,
            opened_on, retired_on, version""";

    private final JdbcClient jdbc;

    JdbcPickupPointStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public List<PickupPoint> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pickup_point ORDER BY code").query(JdbcPickupPointStore::map).list();
    }

    @Override
    public Optional<PickupPoint> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pickup_point WHERE code = :code").param("code", code)
                .query(JdbcPickupPointStore::map).optional();
    }

    @Override
    public boolean insert(PickupPoint p) {
        return params(jdbc.sql("""
                INSERT INTO pickup_point (code, name, city, address, pin, latitude, longitude, office_id,
                                          office_distance_km, opened_on, retired_on, version)
                VALUES (:code, :name, :city, :address, :pin, :lat, :lon, :office, :km, :opened, :retired, 0)
                ON CONFLICT (code) DO NOTHING"""), p).update() == 1;
    }

    @Override
    public boolean update(PickupPoint p, int expectedVersion) {
        return params(jdbc.sql("""
                UPDATE pickup_point SET name = :name, city = :city, address = :address, pin = :pin,
                       latitude = :lat, longitude = :lon, office_id = :office, office_distance_km = :km,
                       opened_on = :opened, retired_on = :retired, version = version + 1, updated_at = now()
                WHERE code = :code AND version = :expected"""), p)
                .param("expected", expectedVersion).update() == 1;
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, PickupPoint p) {
        return spec.param("code", p.code()).param("name", p.name()).param("city", p.city())
                .param("address", p.address()).param("pin", p.pin().value())
                .param("lat", p.location().latitude()).param("lon", p.location().longitude())
                .param("office", p.officeId()).param("km", p.officeDistanceKm())
                .param("opened", p.openedOn()).param("retired", p.retiredOn().orElse(null));
    }

    private static PickupPoint map(ResultSet rs, int row) throws SQLException {
        return new PickupPoint(rs.getString("code"), rs.getString("name"), rs.getString("city"),
                rs.getString("address"), new Pin(rs.getInt("pin")),
                new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")),
                rs.getLong("office_id"), rs.getDouble("office_distance_km"),
                rs.getObject("opened_on", java.time.LocalDate.class),
                Optional.ofNullable(rs.getObject("retired_on", java.time.LocalDate.class)),
                rs.getInt("version"));
    }
}
