package org.daksetu.booking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.booking.api.BookingFixtures.KOCHI;
import static org.daksetu.booking.api.BookingFixtures.aCodParcel;
import static org.daksetu.booking.api.BookingFixtures.aReference;
import static org.daksetu.booking.api.BookingFixtures.aShipperUsing;
import static org.daksetu.booking.api.BookingFixtures.postalOps;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Booking hands every parcel to tracking in the same transaction: a parcel a shipper books is at
 * once known to India Post's scan intake, trackable by the public and in the shipper's feed.
 */
@IntegrationTest
class BookedParcelIsTrackedIT {

    @LocalServerPort
    int port;

    @Test
    void a_booked_parcel_is_accepted_by_scan_intake_tracked_publicly_and_reported_in_its_shipper_s_feed() {
        var shipper = aShipperUsing(port, "Trackers", "DEL-FC1");
        JsonNode shipment = shipper.http().post("/api/v1/shipments",
                Http.json(aCodParcel(aReference("TRACK"), "DEL-FC1", KOCHI, 99_900))).json();
        String article = shipment.get("articleNumber").asString();
        String deliveryOffice = shipment.get("promise").get("deliveryOfficeId").asString();
        String pickupOffice = new Http(port).get("/api/v1/pickup-points/DEL-FC1").json().get("office").get("id").asString();
        OffsetDateTime handover = OffsetDateTime.parse(shipment.get("promise").get("handoverAt").asString());

        Http.Response intake = postalOps(port).post("/api/v1/scans", Http.json(Map.of("events", List.of(
                scan(article, "IB", pickupOffice, handover.plusMinutes(10)),
                scan(article, "D", deliveryOffice, handover.plusHours(2))))));
        assertThat(intake.status()).as(intake.body()).isEqualTo(200);
        assertThat(intake.json().get("accepted").asInt()).as(intake.body()).isEqualTo(2);
        assertThat(intake.json().get("rejected").asInt()).isZero();

        JsonNode tracked = new Http(port).get("/api/v1/track/" + article).json();
        assertThat(tracked.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(tracked.toString()).doesNotContain("99900").doesNotContain(shipper.code());

        JsonNode own = shipper.http().get("/api/v1/tracking/" + article).json();
        assertThat(own.toString()).contains(article);
        JsonNode feed = shipper.http().get("/api/v1/feed?after=0&limit=1000").json();
        assertThat(feed.toString()).contains(article).contains("Delivered");
    }

    @Test
    void cancelling_a_shipment_reaches_tracking_and_the_shipper_s_feed_in_the_same_transaction() {
        var shipper = aShipperUsing(port, "Cancellers", "DEL-FC1");
        String article = shipper.http().post("/api/v1/shipments",
                Http.json(aCodParcel(aReference("CANCEL"), "DEL-FC1", KOCHI, 49_900))).json().get("articleNumber").asString();
        Http.Response cancelled = shipper.http().post("/api/v1/shipments/" + article + "/cancel",
                Http.json(Map.of("reason", "customer changed mind")));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(shipper.http().post("/api/v1/shipments/" + article + "/cancel", "{}").status()).isEqualTo(200);

        List<JsonNode> changes = shipper.http().get("/api/v1/feed?after=0&limit=1000").json().get("entries").valueStream()
                .filter(e -> e.get("article").asString().equals(article)).toList();
        assertThat(changes).hasSize(1); // cancelling again adds nothing
        JsonNode change = changes.getFirst();
        assertThat(change.get("code").asString()).isEqualTo("XC");
        assertThat(change.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(change.get("shippingV2").asString()).isEqualTo("Cancelled");
        assertThat(change.get("at7Status").asString()).isEqualTo("CA");
        assertThat(new Http(port).get("/api/v1/track/" + article).json().get("status").asString()).isEqualTo("CANCELLED");

        // A scanner cannot send the platform's own event.
        Http.Response forged = postalOps(port).post("/api/v1/scans", Http.json(Map.of("events", List.of(
                scan(article, "XC", "1100016483", OffsetDateTime.now())))));
        assertThat(forged.json().get("rejected").asInt()).isEqualTo(1);
    }

    @Test
    void a_parcel_that_was_never_booked_is_quarantined_by_scan_intake() {
        String neverBooked = "EK999999995IN";
        Http.Response intake = postalOps(port).post("/api/v1/scans", Http.json(Map.of("events", List.of(
                scan(neverBooked, "IB", "1100016483", OffsetDateTime.now())))));
        assertThat(intake.json().get("rejected").asInt()).isEqualTo(1);
    }

    private static Map<String, Object> scan(String article, String code, String office, OffsetDateTime at) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventId", UUID.randomUUID().toString());
        m.put("article", article);
        m.put("code", code);
        m.put("office", office);
        m.put("occurredAt", at.toString());
        return m;
    }
}
