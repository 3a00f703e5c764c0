package org.daksetu.booking.infrastructure;

import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.daksetu.booking.application.ShipperPickupPointStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcShipperPickupPointStore implements ShipperPickupPointStore {

    private final JdbcClient jdbc;

    JdbcShipperPickupPointStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Set<String> of(String shipper) {
        return new TreeSet<>(jdbc.sql("SELECT pickup_point FROM shipper_pickup_point WHERE shipper = :s")
                .param("s", shipper).query(String.class).list());
    }

    @Override
    public void link(String shipper, String pickupPoint) {
        jdbc.sql("INSERT INTO shipper_pickup_point (shipper, pickup_point) VALUES (:s, :p) ON CONFLICT DO NOTHING")
                .param("s", shipper).param("p", pickupPoint).update();
    }

    @Override
    public boolean unlink(String shipper, String pickupPoint) {
        return jdbc.sql("DELETE FROM shipper_pickup_point WHERE shipper = :s AND pickup_point = :p")
                .param("s", shipper).param("p", pickupPoint).update() == 1;
    }
}
