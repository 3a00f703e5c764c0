package org.daksetu.booking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.booking.api.BookingFixtures.*;

import java.util.List;
import java.util.Map;
import org.daksetu.booking.infrastructure.LabelReader;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A parcel's life at booking, as the shipper and India Post live it: book, print the label,
 * schedule the pickup, close the manifest, India Post confirms the handover; from then on the
 * shipment counts as picked up and can no longer be cancelled.
 */
@IntegrationTest
class ShipmentLifecycleIT {

    @LocalServerPort
    int port;

    @Test
    void book_label_pickup_manifest_handover_then_cancelling_is_refused() {
        Shipper acme = aShipperUsing(port, "Acme", "DEL-FC1");

        // Book a COD parcel from Gurugram to Kochi.
        Http.Response booked = acme.http().post("/api/v1/shipments",
                Http.json(aCodParcel(aReference("LIFE"), "DEL-FC1", KOCHI, 149_900)));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        JsonNode shipment = booked.json();
        String article = shipment.get("articleNumber").asString();
        assertThat(article).matches("E[KL][0-9]{9}IN");
        assertThat(new Http(port).get("/api/v1/article-numbers/" + article).json().get("valid").asBoolean()).isTrue();
        assertThat(shipment.get("status").asString()).isEqualTo("BOOKED");
        assertThat(shipment.get("charges").get("codFeePaise").asLong()).isEqualTo(5_000);
        assertThat(shipment.get("charges").get("totalPaise").asLong()).isPositive();
        assertThat(shipment.get("promise").get("edd").asString()).isNotBlank();
        assertThat(shipment.get("promise").get("itinerary").size()).isPositive();

        // Its label carries the number as Code 128 and a QR code with number, PIN and COD.
        Http.Response label = acme.http().get("/api/v1/shipments/" + article + "/label");
        assertThat(label.status()).isEqualTo(200);
        assertThat(label.contentType()).startsWith("application/pdf");
        List<LabelReader.Page> pages = LabelReader.read(label.bytes());
        assertThat(pages.getFirst().code128()).isEqualTo(article);
        assertThat(pages.getFirst().qr()).isEqualTo("A=" + article + ";P=" + KOCHI + ";COD=1499.00");
        assertThat(pages.getFirst().text()).contains("COD  Rs. 1,499.00", shipment.get("promise").get("destinationHub").asString());

        // Schedule today's pickup and close the manifest.
        Http.Response pickup = acme.http().post("/api/v1/pickups", Http.json(Map.of("pickupPoint", "DEL-FC1")));
        assertThat(pickup.status()).as(pickup.body()).isEqualTo(201);
        long pickupId = pickup.json().get("id").asLong();
        Http.Response manifest = acme.http().post("/api/v1/pickups/" + pickupId + "/manifest", "");
        assertThat(manifest.status()).as(manifest.body()).isEqualTo(200);
        assertThat(manifest.json().get("parcels").asLong()).isEqualTo(1);
        assertThat(manifest.json().get("codTotalPaise").asLong()).isEqualTo(149_900);
        assertThat(manifest.json().get("totalWeightGrams").asLong()).isEqualTo(1200);
        assertThat(acme.http().get("/api/v1/pickups/" + pickupId + "/manifest?format=csv").body()).contains(article);

        // Cancelling is still possible before the handover ... but India Post confirms first.
        Http ops = postalOps(port);
        Http.Response handedOver = ops.post("/api/v1/pickups/" + pickupId + "/handover", "{}");
        assertThat(handedOver.status()).as(handedOver.body()).isEqualTo(200);
        assertThat(handedOver.json().get("pickup").get("status").asString()).isEqualTo("HANDED_OVER");
        assertThat(acme.http().get("/api/v1/shipments/" + article).json().get("status").asString()).isEqualTo("PICKED_UP");

        Http.Response cancel = acme.http().post("/api/v1/shipments/" + article + "/cancel", "{}");
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.json().get("errors").get(0).get("field").asString()).isEqualTo("articleNumber");
        assertThat(cancel.json().get("detail").asString()).contains("picked up");
        assertThat(acme.http().get("/api/v1/shipments/" + article).json().get("status").asString()).isEqualTo("PICKED_UP");
    }
}
