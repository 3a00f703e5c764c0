package org.daksetu.booking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.booking.api.BookingFixtures.*;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.daksetu.booking.application.Pickups;
import org.daksetu.platform.security.Parties;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.daksetu.support.RowUpdates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The handover changes no indexed column of a shipment and its page keeps room (V17): marking a
 * manifest's parcels picked up rewrites each row in place (HOT), adding no index entries.
 */
@IntegrationTest
class ShipmentHandoverHotUpdateIT {

    @LocalServerPort
    int port;

    @Autowired
    Pickups pickups;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void the_handover_updates_its_shipments_in_place() {
        Shipper shipper = aShipperUsing(port, "HotHandover", "HYD-FC1");
        for (int i = 0; i < 3; i++) {
            Http.Response r = shipper.http().post("/api/v1/shipments", Http.json(aPrepaidParcel(aReference("H"), "HYD-FC1", KOCHI)));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        Http.Response pickup = shipper.http().post("/api/v1/pickups", Http.json(Map.of("pickupPoint", "HYD-FC1")));
        long id = pickup.json().get("id").asLong();
        assertThat(shipper.http().post("/api/v1/pickups/" + id + "/manifest", "").status()).isEqualTo(200);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE tablename = 'shipment' ORDER BY indexname")
                .query(String.class).list()).noneMatch(d -> d.contains("status") || d.contains("picked_up_at"));

        long[] updates = new TransactionTemplate(transactions).execute(s -> {
            assertThat(pickups.handOver(id, List.of(), Parties.POSTAL_OPERATOR)).isEqualTo(3);
            return RowUpdates.inThisTransaction(jdbc, "shipment");
        });
        RowUpdates.assertAllInPlace(updates, 3);
        assertThat(shipper.http().get("/api/v1/pickups/" + id).json().get("status").asString()).isEqualTo("HANDED_OVER");
    }
}
