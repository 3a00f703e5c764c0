package org.daksetu.booking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.booking.api.BookingFixtures.*;

import java.util.List;
import java.util.Map;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One shipper's key never reads, lists or changes another's shipments, pickups, manifests,
 * labels or reservations: the other's things answer 404, as if they did not exist.
 */
@IntegrationTest
class ShipperIsolationIT {

    @LocalServerPort
    int port;

    Shipper acme;
    Shipper globex;
    String acmeArticle;
    long acmePickup;

    @BeforeEach
    void twoShippersAtTheSamePickupPoint() {
        acme = aShipperUsing(port, "Acme", "BOM-FC1");
        globex = aShipperUsing(port, "Globex", "BOM-FC1");
        Http.Response booked = acme.http().post("/api/v1/shipments", Http.json(aPrepaidParcel(aReference("ISO"), "BOM-FC1", KOCHI)));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        acmeArticle = booked.json().get("articleNumber").asString();
        acmePickup = acme.http().post("/api/v1/pickups", Http.json(Map.of("pickupPoint", "BOM-FC1"))).json().get("id").asLong();
    }

    @Test
    void another_shippers_shipment_is_not_found_by_number_label_or_cancellation() {
        Http other = globex.http();
        assertThat(other.get("/api/v1/shipments/" + acmeArticle).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/shipments/" + acmeArticle + "/label").status()).isEqualTo(404);
        assertThat(other.post("/api/v1/labels", Http.json(Map.of("articleNumbers", List.of(acmeArticle)))).status()).isEqualTo(404);
        assertThat(other.post("/api/v1/shipments/" + acmeArticle + "/cancel", "{}").status()).isEqualTo(404);
        assertThat(acme.http().get("/api/v1/shipments/" + acmeArticle).json().get("status").asString()).isEqualTo("BOOKED");
    }

    @Test
    void a_shipper_lists_only_its_own_shipments_and_pickups() {
        assertThat(globex.http().get("/api/v1/shipments?size=200").json().get("items").valueStream()
                .map(s -> s.get("articleNumber").asString())).doesNotContain(acmeArticle);
        assertThat(acme.http().get("/api/v1/shipments?size=200").json().get("items").valueStream()
                .map(s -> s.get("articleNumber").asString())).contains(acmeArticle);
        assertThat(globex.http().get("/api/v1/pickups").json().valueStream().map(p -> p.get("id").asLong())).doesNotContain(acmePickup);
    }

    @Test
    void another_shippers_pickup_and_manifest_cannot_be_read_closed_or_cancelled() {
        Http other = globex.http();
        assertThat(other.get("/api/v1/pickups/" + acmePickup).status()).isEqualTo(404);
        assertThat(other.post("/api/v1/pickups/" + acmePickup + "/manifest", "").status()).isEqualTo(404);
        assertThat(other.delete("/api/v1/pickups/" + acmePickup).status()).isEqualTo(404);
        assertThat(acme.http().post("/api/v1/pickups/" + acmePickup + "/manifest", "").status()).isEqualTo(200);
        assertThat(other.get("/api/v1/pickups/" + acmePickup + "/manifest").status()).isEqualTo(404);
        assertThat(other.get("/api/v1/pickups/" + acmePickup + "/labels").status()).isEqualTo(404);
    }

    @Test
    void a_manifest_never_takes_another_shippers_parcels_from_the_same_pickup_point() {
        long globexPickup = globex.http().post("/api/v1/pickups", Http.json(Map.of("pickupPoint", "BOM-FC1"))).json().get("id").asLong();
        globex.http().post("/api/v1/shipments", Http.json(aPrepaidParcel(aReference("ISO"), "BOM-FC1", NEW_DELHI)));
        Http.Response manifest = globex.http().post("/api/v1/pickups/" + globexPickup + "/manifest", "");
        assertThat(manifest.json().get("shipments").valueStream().map(s -> s.get("articleNumber").asString()))
                .hasSize(1).doesNotContain(acmeArticle);
        Http.Response naming = globex.http().post("/api/v1/pickups/" + acmePickup + "/manifest",
                Http.json(Map.of("articleNumbers", List.of(acmeArticle))));
        assertThat(naming.status()).isEqualTo(404);
    }

    @Test
    void the_postal_operator_reads_every_shippers_shipment_but_cannot_book_or_cancel() {
        Http ops = postalOps(port);
        assertThat(ops.get("/api/v1/shipments/" + acmeArticle).status()).isEqualTo(200);
        assertThat(ops.post("/api/v1/shipments", Http.json(aPrepaidParcel(aReference("OPS"), "BOM-FC1", KOCHI))).status()).isEqualTo(403);
        assertThat(ops.post("/api/v1/shipments/" + acmeArticle + "/cancel", "{}").status()).isEqualTo(403);
    }

    @Test
    void a_shipper_cannot_confirm_its_own_handover_nor_touch_admin_endpoints() {
        acme.http().post("/api/v1/pickups/" + acmePickup + "/manifest", "");
        Http.Response handover = acme.http().post("/api/v1/pickups/" + acmePickup + "/handover", "{}");
        assertThat(handover.status()).isEqualTo(403);
        assertThat(handover.contentType()).startsWith("application/problem+json");
        assertThat(acme.http().post("/api/v1/parties", Http.json(Map.of("code", "EVIL", "name", "Evil"))).status()).isEqualTo(403);
        assertThat(acme.http().put("/api/v1/shippers/" + acme.code() + "/pickup-points/DEL-FC1", "").status()).isEqualTo(403);
        assertThat(acme.http().post("/api/v1/api-keys", Http.json(Map.of("party", acme.code(), "label", "x", "roles", List.of("ADMIN"))))
                .status()).isEqualTo(403);
        assertThat(acme.http().get("/api/v1/shippers/" + globex.code() + "/pickup-points").status()).isEqualTo(404);
        assertThat(acme.http().get("/api/v1/shippers/" + acme.code() + "/pickup-points").json().get(0).asString()).isEqualTo("BOM-FC1");
    }

    @Test
    void a_shipper_books_only_from_its_own_pickup_points() {
        Http.Response r = acme.http().post("/api/v1/shipments", Http.json(aPrepaidParcel(aReference("ISO"), "DEL-FC1", KOCHI)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("pickupPoint");
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("not one of your pickup points");
    }

    @Test
    void without_a_key_or_with_a_wrong_key_nothing_is_served() {
        Http anyone = new Http(port);
        assertThat(anyone.get("/api/v1/shipments/" + acmeArticle).status()).isEqualTo(401);
        assertThat(anyone.post("/api/v1/shipments", Http.json(aPrepaidParcel("X", "BOM-FC1", KOCHI))).status()).isEqualTo(401);
        assertThat(anyone.withKey("dks_wrong").get("/api/v1/shipments").status()).isEqualTo(401);
    }
}
