package org.daksetu.network.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A pickup point's life: seeded or added by an admin, changed, retired; read by anyone. */
@IntegrationTest
class PickupPointLifecycleIT {

    @LocalServerPort
    int port;

    Http anyone;
    Http admin;

    @BeforeEach
    void clients() {
        anyone = new Http(port);
        admin = anyone.withKey(IntegrationTest.ADMIN_KEY);
    }

    static Map<String, Object> aPickupPointIn(String code, String pin, double lat, double lon) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", code);
        p.put("name", "Test fulfilment centre " + code);
        p.put("city", "Nagpur");
        p.put("address", "MIDC Butibori, Nagpur, Maharashtra");
        p.put("pin", pin);
        p.put("latitude", lat);
        p.put("longitude", lon);
        p.put("openedOn", "2026-01-05");
        return p;
    }

    @Test
    void the_thirteen_sample_pickup_points_are_there_each_tied_to_a_nearby_post_office() {
        JsonNode list = anyone.get("/api/v1/pickup-points?includeRetired=true").json();
        assertThat(list.valueStream().filter(p -> p.get("code").asString().endsWith("-FC1")).count()).isEqualTo(13);
        for (JsonNode p : list) {
            assertThat(p.get("office").get("tier").asString()).isIn("SO", "HO");
            assertThat(p.get("officeDistanceKm").asDouble()).as(p.get("code").asString()).isLessThan(25);
            if (p.get("active").asBoolean()) {
                assertThat(p.get("originHub").asString()).startsWith("H");
            }
        }
        assertThat(list.valueStream().map(p -> p.get("office").get("state").asString()).distinct().count()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void an_admin_adds_changes_and_retires_a_pickup_point() {
        Http.Response added = admin.post("/api/v1/pickup-points", Http.json(aPickupPointIn("TST-NAG1", "441108", 20.93, 79.0)));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("office").get("id").asString()).isNotBlank();
        assertThat(added.json().get("active").asBoolean()).isTrue();

        Map<String, Object> moved = aPickupPointIn("TST-NAG1", "440001", 21.15, 79.09);
        Http.Response stale = admin.withHeader("If-Match", "\"7\"").put("/api/v1/pickup-points/TST-NAG1", Http.json(moved));
        assertThat(stale.status()).isEqualTo(409);
        Http.Response changed = admin.withHeader("If-Match", "\"0\"").put("/api/v1/pickup-points/TST-NAG1", Http.json(moved));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("pin").asString()).isEqualTo("440001");
        assertThat(changed.json().get("version").asInt()).isEqualTo(1);

        Http.Response retired = admin.delete("/api/v1/pickup-points/TST-NAG1?on=2026-06-30");
        assertThat(retired.status()).isEqualTo(200);
        assertThat(retired.json().get("retiredOn").asString()).isEqualTo("2026-06-30");
        assertThat(anyone.get("/api/v1/pickup-points").json().valueStream().map(p -> p.get("code").asString()))
                .doesNotContain("TST-NAG1");
        assertThat(anyone.get("/api/v1/pickup-points/TST-NAG1").json().get("active").asBoolean()).isFalse();
    }

    @Test
    void changes_need_an_admin_key_and_a_wrong_key_is_refused() {
        Map<String, Object> p = aPickupPointIn("TST-NAG2", "441108", 20.93, 79.0);
        assertThat(anyone.post("/api/v1/pickup-points", Http.json(p)).status()).isEqualTo(401);
        Http.Response wrong = anyone.withKey("dks_not-a-real-key").post("/api/v1/pickup-points", Http.json(p));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(anyone.get("/api/v1/pickup-points/TST-NAG2").status()).isEqualTo(404);
    }

    @Test
    void an_invalid_pickup_point_is_refused_naming_every_bad_field_and_nothing_is_stored() {
        Map<String, Object> bad = aPickupPointIn("bad code!", "012345", 51.5, -0.12);
        bad.remove("name");
        Http.Response r = admin.post("/api/v1/pickup-points", Http.json(bad));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("code", "name", "pin", "latitude", "longitude");
        assertThat(anyone.get("/api/v1/pickup-points?includeRetired=true").json().valueStream()
                .map(p -> p.get("code").asString())).doesNotContain("bad code!");
    }

    @Test
    void a_pickup_point_code_is_unique() {
        Http.Response r = admin.post("/api/v1/pickup-points", Http.json(aPickupPointIn("DEL-FC1", "122001", 28.44, 76.99)));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
    }

    @Test
    void a_PIN_without_offices_is_refused_for_a_pickup_point() {
        Http.Response r = admin.post("/api/v1/pickup-points", Http.json(aPickupPointIn("TST-NAG3", "100000", 20.93, 79.0)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("value").asString()).isEqualTo("100000");
    }
}
