package org.daksetu.booking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.booking.api.BookingFixtures.*;

import java.util.Map;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A bad shipment is answered 400 with every bad field and value named, and nothing of it is stored. */
@IntegrationTest
class BookingValidationIT {

    @LocalServerPort
    int port;

    Shipper shipper;

    @BeforeEach
    void aShipper() {
        shipper = aShipperUsing(port, "Valid", "DEL-FC1");
    }

    @Test
    void every_bad_field_is_named_with_its_value_and_nothing_is_stored() {
        String ref = aReference("BAD");
        Map<String, Object> bad = aCodParcel(ref, "NOPE-FC9", "100000", 5_000_100);
        bad = with(bad, "weightGrams", 35_001);
        bad = with(bad, "dimensions", Map.of("lengthCm", 160, "breadthCm", 0, "heightCm", "x"));
        bad = with(bad, "service", "TELEPORT");
        bad = with(bad, "consignee", Map.of("name", "Anita", "phone", "5551234", "pin", "100000"));
        Http.Response r = shipper.http().post("/api/v1/shipments", Http.json(bad));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode errors = r.json().get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString())).containsExactlyInAnyOrder("pickupPoint", "service",
                "consignee.phone", "consignee.addressLine1", "consignee.pin", "weightGrams", "dimensions.lengthCm",
                "dimensions.breadthCm", "dimensions.heightCm", "payment.codAmountPaise");
        assertThat(errors.valueStream().filter(e -> e.get("field").asString().equals("weightGrams")).findFirst().orElseThrow()
                .get("value").asString()).isEqualTo("35001");
        assertThat(r.body()).doesNotContain("Exception");
        assertThat(shipper.http().get("/api/v1/shipments?orderReference=" + ref).json().get("totalItems").asInt()).isZero();
    }

    @Test
    void numbers_and_booleans_may_come_as_JSON_numbers_or_text() {
        Map<String, Object> parcel = aPrepaidParcel(aReference("TEXT"), "DEL-FC1", KOCHI);
        parcel = with(parcel, "weightGrams", "1200");
        parcel = with(parcel, "otpDelivery", true);
        parcel = with(parcel, "dimensions", Map.of("lengthCm", 30.5, "breadthCm", "20", "heightCm", 10));
        Http.Response r = shipper.http().post("/api/v1/shipments", Http.json(parcel));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("otpDelivery").asBoolean()).isTrue();
        assertThat(r.json().get("charges").get("otpFeePaise").asLong()).isEqualTo(500);
        assertThat(r.json().get("dimensions").get("lengthCm").asInt()).isEqualTo(31);
    }

    @Test
    void a_body_of_the_wrong_shape_is_an_unreadable_body_naming_the_path() {
        Http.Response r = shipper.http().post("/api/v1/shipments", "{\"consignee\": \"Anita\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("consignee");
        assertThat(shipper.http().post("/api/v1/shipments", "").status()).isEqualTo(400);
    }

    @Test
    void the_booking_calls_are_in_the_OpenAPI_document() {
        JsonNode paths = new Http(port).get("/v3/api-docs").json().get("paths");
        for (String path : java.util.List.of("/api/v1/shipments", "/api/v1/shipments/bulk", "/api/v1/shipments/{articleNumber}/label",
                "/api/v1/quotes", "/api/v1/pickups/{id}/manifest", "/api/v1/pickups/{id}/handover", "/api/v1/article-numbers/{number}",
                "/api/v1/article-number-reservations", "/api/v1/tariffs", "/api/v1/api-keys/{id}/rotate", "/api/v1/parties")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    @Test
    void the_S10_validation_endpoint_answers_for_any_text() {
        Http anyone = new Http(port);
        JsonNode good = anyone.get("/api/v1/article-numbers/EK123456785IN").json();
        assertThat(good.get("valid").asBoolean()).isTrue();
        assertThat(good.get("dakSetuService").asString()).isEqualTo("SPEED_POST_PARCEL");
        JsonNode wrongDigit = anyone.get("/api/v1/article-numbers/EK123456784IN").json();
        assertThat(wrongDigit.get("valid").asBoolean()).isFalse();
        assertThat(wrongDigit.get("expectedCheckDigit").asInt()).isEqualTo(5);
        assertThat(wrongDigit.get("problem").asString()).contains("needs 5");
        JsonNode upu = anyone.get("/api/v1/article-numbers/AA473124829GB").json();
        assertThat(upu.get("valid").asBoolean()).isTrue();
        assertThat(upu.has("dakSetuService")).isFalse();
        assertThat(anyone.get("/api/v1/article-numbers/hello").json().get("valid").asBoolean()).isFalse();
    }
}
