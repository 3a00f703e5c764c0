package org.daksetu.booking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.booking.api.BookingFixtures.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Tariffs as versioned data with effective dates, and quotes that price like a booking. */
@IntegrationTest
class TariffAndQuoteIT {

    @LocalServerPort
    int port;

    @Test
    void the_bundled_tariffs_are_listed_with_the_one_in_force_and_their_assumptions_marked() {
        JsonNode list = new Http(port).get("/api/v1/tariffs").json();
        assertThat(list.valueStream().map(v -> v.get("version").asString())).contains("2025-10-01", "2025-12-05");
        assertThat(list.valueStream().filter(v -> v.get("inForce").asBoolean()).count()).isEqualTo(1);
        JsonNode v = new Http(port).get("/api/v1/tariffs/2025-12-05").json();
        assertThat(v.get("volumetricDivisor").asInt()).isEqualTo(5000);
        JsonNode speed = v.get("rates").get("SPEED_POST_PARCEL");
        assertThat(speed.get(0).get("ratesPaise").get("LOCAL").asLong()).isEqualTo(1900);
        assertThat(speed.get(0).get("basis").asString()).isEqualTo("PUBLISHED");
        assertThat(speed.get(3).get("basis").asString()).isEqualTo("ASSUMPTION");
        assertThat(new Http(port).get("/api/v1/tariffs/2025-12-05?format=csv").body()).startsWith("# DakSetu tariff sheet");
        assertThat(new Http(port).get("/api/v1/tariffs/1999").status()).isEqualTo(404);
    }

    @Test
    void a_quote_prices_and_promises_without_booking_and_names_bad_fields() {
        Shipper shipper = aShipperUsing(port, "Quote", "BLR-FC1");
        Http.Response q = shipper.http().post("/api/v1/quotes", Http.json(Map.of("pickupPoint", "BLR-FC1", "pin", KOCHI,
                "service", "SPEED_POST_PARCEL", "weightGrams", 2000, "dimensions", Map.of("lengthCm", 40, "breadthCm", 30, "heightCm", 20),
                "payment", Map.of("mode", "COD", "codAmountPaise", 600_000), "otpDelivery", true)));
        assertThat(q.status()).as(q.body()).isEqualTo(200);
        JsonNode c = q.json().get("charges");
        assertThat(c.get("chargeableWeightGrams").asInt()).isEqualTo(4800);
        assertThat(c.get("codFeePaise").asLong()).isEqualTo(11_000);
        assertThat(c.get("otpFeePaise").asLong()).isEqualTo(500);
        assertThat(c.get("totalPaise").asLong()).isEqualTo(c.get("taxablePaise").asLong() + c.get("gstPaise").asLong());
        assertThat(c.get("zone").asString()).isEqualTo(q.json().get("promise").get("zone").asString());
        assertThat(q.json().get("promise").get("edd").asString()).isNotBlank();
        assertThat(shipper.http().get("/api/v1/shipments").json().get("totalItems").asInt()).isZero();

        Http.Response bad = shipper.http().post("/api/v1/quotes", Http.json(Map.of("pickupPoint", "BLR-FC1", "pin", "12",
                "service", "SPEED_POST_PARCEL", "weightGrams", 0, "dimensions", Map.of("lengthCm", 40, "breadthCm", 30, "heightCm", 20),
                "payment", Map.of("mode", "PREPAID"))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString())).containsExactlyInAnyOrder("pin", "weightGrams");
    }

    @Test
    void an_admin_adds_a_tariff_for_a_future_date_once_and_never_for_a_day_that_has_begun() {
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(1 + (System.nanoTime() % 1000));
        String sheet = new Http(port).get("/api/v1/tariffs/2025-12-05?format=csv").body()
                .replace("version,2025-12-05", "version,test-" + tomorrow)
                .replace("effective_from,2025-12-05", "effective_from," + tomorrow);
        Http admin = admin(port);
        Http.Response added = admin.post("/api/v1/tariffs", "text/csv", sheet.getBytes(StandardCharsets.UTF_8));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("inForce").asBoolean()).isFalse();
        assertThat(admin.post("/api/v1/tariffs", "text/csv", sheet.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(409);
        String past = sheet.replace("version,test-" + tomorrow, "version,test-past").replace("effective_from," + tomorrow, "effective_from,2026-01-01");
        Http.Response refused = admin.post("/api/v1/tariffs", "text/csv", past.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("effective_from");
        Http.Response broken = admin.post("/api/v1/tariffs", "text/csv", "version,x\n".getBytes(StandardCharsets.UTF_8));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("errors").size()).isGreaterThan(5);
        Shipper shipper = aShipperUsing(port, "NoTariff", "BLR-FC1");
        assertThat(shipper.http().post("/api/v1/tariffs", "text/csv", sheet.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
    }
}
