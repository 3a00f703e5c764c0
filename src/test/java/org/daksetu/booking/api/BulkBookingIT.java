package org.daksetu.booking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.booking.api.BookingFixtures.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daksetu.network.application.NetworkDirectory;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Bulk booking: up to 10,000 shipments a request, answered per item. Accepted items are stored
 * even when others are refused, refused ones leave nothing behind, and a retried request never
 * makes a second shipment.
 */
@IntegrationTest
class BulkBookingIT {

    @LocalServerPort
    int port;

    @Autowired
    NetworkDirectory network;

    @Autowired
    javax.sql.DataSource dataSource;

    Shipper shipper;

    @BeforeEach
    void aShipper() {
        shipper = aShipperUsing(port, "Bulk", "DEL-FC1", "BLR-FC1");
    }

    List<String> realPins(int n) {
        return network.snapshot().offices().stream().map(o -> o.pin().toString()).distinct().sorted().limit(n).toList();
    }

    long stored(String orderReferencePrefix) {
        return JdbcClient.create(dataSource).sql("SELECT count(*) FROM shipment WHERE shipper = :s AND order_reference LIKE :p")
                .param("s", shipper.code()).param("p", orderReferencePrefix + "%").query(Long.class).single();
    }

    @Test
    void ten_thousand_shipments_with_some_bad_ones_are_answered_item_by_item_and_the_good_ones_stored() {
        List<String> pins = realPins(500);
        String batch = aReference("BULK");
        List<Map<String, Object>> parcels = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Map<String, Object> p = i % 3 == 0
                    ? aCodParcel(batch + "-" + i, i % 2 == 0 ? "DEL-FC1" : "BLR-FC1", pins.get(i % pins.size()), 50_000 + i * 100L)
                    : aPrepaidParcel(batch + "-" + i, i % 2 == 0 ? "DEL-FC1" : "BLR-FC1", pins.get(i % pins.size()));
            if (i % 1000 == 7) {
                p = with(p, "weightGrams", 40_000);
            }
            if (i % 1000 == 8) {
                p = with(p, "consignee", Map.of("name", "X", "phone", "12345", "addressLine1", "Somewhere", "pin", "100000"));
            }
            parcels.add(p);
        }
        Http.Response r = shipper.http().post("/api/v1/shipments/bulk", Http.json(Map.of("shipments", parcels)));
        assertThat(r.status()).as(r.body().substring(0, Math.min(500, r.body().length()))).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("requested").asInt()).isEqualTo(10_000);
        assertThat(body.get("refused").asInt()).isEqualTo(20);
        assertThat(body.get("booked").asInt()).isEqualTo(9_980);
        JsonNode items = body.get("items");
        assertThat(items.size()).isEqualTo(10_000);
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            JsonNode item = items.get(i);
            assertThat(item.get("index").asInt()).isEqualTo(i);
            if (i % 1000 == 7) {
                assertThat(item.get("status").asString()).isEqualTo("REFUSED");
                assertThat(item.get("errors").get(0).get("field").asString()).isEqualTo("weightGrams");
                assertThat(item.get("errors").get(0).get("value").asString()).isEqualTo("40000");
            } else if (i % 1000 == 8) {
                assertThat(item.get("errors").valueStream().map(e -> e.get("field").asString()))
                        .containsExactlyInAnyOrder("consignee.name", "consignee.phone", "consignee.pin");
            } else {
                assertThat(item.get("status").asString()).isEqualTo("BOOKED");
                assertThat(numbers.add(item.get("articleNumber").asString())).isTrue();
                assertThat(item.get("edd").asString()).isNotBlank();
                assertThat(item.get("totalPaise").asLong()).isPositive();
            }
        }
        assertThat(stored(batch)).isEqualTo(9_980);
        // Each shipment's itinerary went to its own table in the same statement (V18): read back whole.
        for (int i : new int[] {0, 1, 9_999}) {
            JsonNode shipment = shipper.http().get("/api/v1/shipments/" + items.get(i).get("articleNumber").asString()).json();
            assertThat(shipment.get("promise").get("itinerary").size()).as(shipment.toString()).isPositive();
            assertThat(shipment.get("promise").get("itinerary").get(0).get("kind").asString()).isNotBlank();
        }
    }

    @Test
    void resending_a_bulk_request_answers_the_first_bookings_and_stores_nothing_twice() {
        String batch = aReference("RETRY");
        List<Map<String, Object>> parcels = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            parcels.add(aPrepaidParcel(batch + "-" + i, "DEL-FC1", KOCHI));
        }
        JsonNode first = shipper.http().post("/api/v1/shipments/bulk", Http.json(Map.of("shipments", parcels))).json();
        assertThat(first.get("booked").asInt()).isEqualTo(50);
        parcels.add(aPrepaidParcel(batch + "-new", "DEL-FC1", KOCHI));
        JsonNode again = shipper.http().post("/api/v1/shipments/bulk", Http.json(Map.of("shipments", parcels))).json();
        assertThat(again.get("repeated").asInt()).isEqualTo(50);
        assertThat(again.get("booked").asInt()).isEqualTo(1);
        for (int i = 0; i < 50; i++) {
            assertThat(again.get("items").get(i).get("articleNumber").asString())
                    .isEqualTo(first.get("items").get(i).get("articleNumber").asString());
            assertThat(again.get("items").get(i).get("replayed").asBoolean()).isTrue();
        }
        assertThat(stored(batch)).isEqualTo(51);
    }

    @Test
    void an_order_reference_booked_with_other_details_is_refused_and_twice_in_one_request_too() {
        String ref = aReference("CLASH");
        shipper.http().post("/api/v1/shipments", Http.json(aPrepaidParcel(ref, "DEL-FC1", KOCHI)));
        String dup = aReference("DUP");
        JsonNode r = shipper.http().post("/api/v1/shipments/bulk", Http.json(Map.of("shipments", List.of(
                with(aPrepaidParcel(ref, "DEL-FC1", KOCHI), "weightGrams", 2500),
                aPrepaidParcel(dup, "DEL-FC1", KOCHI), aPrepaidParcel(dup, "DEL-FC1", NEW_DELHI))))).json();
        assertThat(r.get("items").get(0).get("status").asString()).isEqualTo("REFUSED");
        assertThat(r.get("items").get(0).get("errors").get(0).get("message").asString()).contains("booked already as");
        assertThat(r.get("items").get(1).get("status").asString()).isEqualTo("BOOKED");
        assertThat(r.get("items").get(2).get("errors").get(0).get("message").asString()).contains("twice in this request");
        Http.Response single = shipper.http().post("/api/v1/shipments", Http.json(with(aPrepaidParcel(ref, "DEL-FC1", KOCHI), "weightGrams", 2500)));
        assertThat(single.status()).isEqualTo(409);
        assertThat(single.json().get("errors").get(0).get("field").asString()).isEqualTo("orderReference");
    }

    @Test
    void a_single_retry_by_order_reference_answers_200_with_the_first_shipment() {
        Map<String, Object> parcel = aPrepaidParcel(aReference("ONE"), "DEL-FC1", KOCHI);
        Http.Response first = shipper.http().post("/api/v1/shipments", Http.json(parcel));
        Http.Response second = shipper.http().post("/api/v1/shipments", Http.json(parcel));
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("articleNumber").asString()).isEqualTo(first.json().get("articleNumber").asString());
    }

    @Test
    void an_idempotency_key_replays_the_first_answer_byte_for_byte_and_refuses_another_body() {
        Map<String, Object> parcel = aCodParcel(aReference("IDEM"), "DEL-FC1", KOCHI, 99_900);
        String key = "key-" + System.nanoTime();
        Http h = shipper.http().withHeader("Idempotency-Key", key);
        Http.Response first = h.post("/api/v1/shipments", Http.json(parcel));
        Http.Response replay = h.post("/api/v1/shipments", Http.json(parcel));
        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(replay.body()).isEqualTo(first.body());
        Http.Response other = h.post("/api/v1/shipments", Http.json(aPrepaidParcel(aReference("IDEM"), "DEL-FC1", KOCHI)));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void a_failed_request_under_an_idempotency_key_is_not_kept_so_its_corrected_retry_runs() {
        String key = "key-" + System.nanoTime();
        Http h = shipper.http().withHeader("Idempotency-Key", key);
        Map<String, Object> parcel = aPrepaidParcel(aReference("FIX"), "DEL-FC1", KOCHI);
        assertThat(h.post("/api/v1/shipments", Http.json(with(parcel, "weightGrams", 0))).status()).isEqualTo(400);
        assertThat(h.post("/api/v1/shipments", Http.json(with(parcel, "weightGrams", 0))).status()).isEqualTo(400);
    }

    @Test
    void shipments_are_booked_from_a_CSV_body_or_upload_each_answer_naming_its_line() {
        String batch = aReference("CSV");
        String csv = "\uFEFForderReference,pickupPoint,service,consignee.name,consignee.phone,consignee.addressLine1,consignee.pin,"
                + "weightGrams,dimensions.lengthCm,dimensions.breadthCm,dimensions.heightCm,declaredValuePaise,payment.mode,"
                + "payment.codAmountPaise,otpDelivery\r\n"
                + batch + "-1,DEL-FC1,SPEED_POST_PARCEL,Ravi Kumar,9876543210,\"Flat 4, MG Road\",682028,800,20,15,10,99900,COD,99900,true\r\n"
                + "\r\n"
                + batch + "-2,DEL-FC1,BUSINESS_PARCEL,Meena Iyer,+91 91234 56789,\"12 \"\"Lotus\"\" Lane\",110001,5000,40,30,30,250000,PREPAID,,\r\n"
                + batch + "-3,DEL-FC1,SPEED_POST_PARCEL,Joe,9876543210,Somewhere,110001,0,20,15,10,99900,COD,99950,\r\n";
        Http.Response r = shipper.http().post("/api/v1/shipments/bulk", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode items = r.json().get("items");
        assertThat(items.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(items.get(0).get("status").asString()).isEqualTo("BOOKED");
        assertThat(items.get(1).get("line").asInt()).isEqualTo(4);
        assertThat(items.get(1).get("status").asString()).isEqualTo("BOOKED");
        assertThat(items.get(2).get("line").asInt()).isEqualTo(5);
        assertThat(items.get(2).get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("weightGrams", "payment.codAmountPaise");
        JsonNode second = shipper.http().get("/api/v1/shipments/" + items.get(1).get("articleNumber").asString()).json();
        assertThat(second.get("consignee").get("addressLine1").asString()).isEqualTo("12 \"Lotus\" Lane");
        assertThat(second.get("service").asString()).isEqualTo("BUSINESS_PARCEL");
        assertThat(second.get("articleNumber").asString()).startsWith("H");

        String upload = csv.replace(batch, batch + "U");
        Http.Response uploaded = shipper.http().upload("/api/v1/shipments/bulk", "file", "orders.csv", upload.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        assertThat(uploaded.json().get("booked").asInt()).isEqualTo(2);
    }

    @Test
    void a_retried_upload_under_the_same_idempotency_key_gets_the_first_answer_despite_a_new_multipart_boundary() {
        String batch = aReference("UPL");
        String csv = "orderReference,pickupPoint,service,consignee.name,consignee.phone,consignee.addressLine1,consignee.pin,"
                + "weightGrams,dimensions.lengthCm,dimensions.breadthCm,dimensions.heightCm,declaredValuePaise,payment.mode\n"
                + batch + ",DEL-FC1,SPEED_POST_PARCEL,Ravi Kumar,9876543210,MG Road,682028,800,20,15,10,99900,PREPAID\n";
        Http h = shipper.http().withHeader("Idempotency-Key", "upload-" + System.nanoTime());
        Http.Response first = h.upload("/api/v1/shipments/bulk", "file", "orders.csv", csv.getBytes(StandardCharsets.UTF_8));
        Http.Response retry = h.upload("/api/v1/shipments/bulk", "file", "orders.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(first.json().get("booked").asInt()).isEqualTo(1);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
    }

    @Test
    void a_CSV_with_an_unknown_or_missing_column_is_refused_whole_naming_each() {
        String csv = "orderReference,pickupPoint,colour\r\nA,DEL-FC1,red\r\n";
        Http.Response r = shipper.http().post("/api/v1/shipments/bulk", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(400);
        List<String> values = r.json().get("errors").valueStream().map(e -> e.get("value").asString()).toList();
        assertThat(values).contains("colour", "consignee.pin", "weightGrams", "payment.mode");
    }

    @Test
    void an_empty_an_oversized_or_a_malformed_bulk_request_is_refused_whole() {
        assertThat(shipper.http().post("/api/v1/shipments/bulk", "{\"shipments\":[]}").status()).isEqualTo(400);
        assertThat(shipper.http().post("/api/v1/shipments/bulk", "{}").status()).isEqualTo(400);
        Http.Response notJson = shipper.http().post("/api/v1/shipments/bulk", "{\"shipments\": [ {\"orderReference\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("type").asString()).endsWith("unreadable-body");
        List<Map<String, Object>> tooMany = java.util.Collections.nCopies(10_001, aPrepaidParcel("X", "DEL-FC1", KOCHI));
        Http.Response oversized = shipper.http().post("/api/v1/shipments/bulk", Http.json(Map.of("shipments", tooMany)));
        assertThat(oversized.status()).isEqualTo(400);
        assertThat(oversized.json().get("errors").get(0).get("field").asString()).isEqualTo("shipments");
    }
}
