package org.daksetu.booking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.booking.api.BookingFixtures.*;

import java.util.List;
import java.util.Map;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Keys: issued by an admin with roles fit for their party, shown once, rotated and revoked by their own party. */
@IntegrationTest
class ApiKeyLifecycleIT {

    @LocalServerPort
    int port;

    @Test
    void a_key_is_shown_once_and_listed_afterwards_only_by_its_prefix() {
        Shipper acme = aShipperUsing(port, "Keys", "DEL-FC1");
        JsonNode keys = acme.http().get("/api/v1/api-keys").json();
        assertThat(keys.size()).isEqualTo(1);
        assertThat(keys.get(0).has("key")).isFalse();
        assertThat(acme.key()).startsWith(keys.get(0).get("prefix").asString());
        JsonNode me = acme.http().get("/api/v1/api-keys/current").json();
        assertThat(me.get("party").asString()).isEqualTo(acme.code());
        assertThat(me.get("roles").valueStream().map(JsonNode::asString)).containsExactly("SHIPPER");
    }

    @Test
    void a_shipper_rotates_its_own_key_and_with_no_grace_the_old_one_stops_at_once() {
        Shipper acme = aShipperUsing(port, "Rotate", "DEL-FC1");
        long id = acme.http().get("/api/v1/api-keys/current").json().get("id").asLong();
        Http.Response rotated = acme.http().post("/api/v1/api-keys/" + id + "/rotate?graceMinutes=0", "");
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(201);
        String successor = rotated.json().get("key").asString();
        assertThat(successor).isNotEqualTo(acme.key());
        Http next = new Http(port).withKey(successor);
        assertThat(next.get("/api/v1/api-keys/current").json().get("party").asString()).isEqualTo(acme.code());
        assertThat(next.get("/api/v1/shipments").status()).isEqualTo(200);
        assertThat(acme.http().get("/api/v1/shipments").status()).isEqualTo(401);
        assertThat(next.post("/api/v1/api-keys/" + id + "/rotate", "").status()).isEqualTo(409);
    }

    @Test
    void a_rotated_key_keeps_working_during_its_grace_period() {
        Shipper acme = aShipperUsing(port, "Grace", "DEL-FC1");
        long id = acme.http().get("/api/v1/api-keys/current").json().get("id").asLong();
        Http.Response rotated = acme.http().post("/api/v1/api-keys/" + id + "/rotate?graceMinutes=60", "");
        assertThat(rotated.status()).isEqualTo(201);
        assertThat(acme.http().get("/api/v1/shipments").status()).isEqualTo(200);
        JsonNode old = acme.http().get("/api/v1/api-keys").json().valueStream().filter(k -> k.get("id").asLong() == id).findFirst().orElseThrow();
        assertThat(old.get("expiresAt").asString()).isNotBlank();
        assertThat(old.get("replacedBy").asLong()).isEqualTo(rotated.json().get("id").asLong());
        assertThat(acme.http().post("/api/v1/api-keys/" + id + "/rotate?graceMinutes=20000", "").status()).isEqualTo(400);
    }

    @Test
    void a_revoked_key_is_refused_and_another_party_cannot_revoke_it() {
        Shipper acme = aShipperUsing(port, "Revoke", "DEL-FC1");
        Shipper globex = aShipperUsing(port, "Other", "DEL-FC1");
        long id = acme.http().get("/api/v1/api-keys/current").json().get("id").asLong();
        assertThat(globex.http().delete("/api/v1/api-keys/" + id).status()).isEqualTo(404);
        assertThat(acme.http().get("/api/v1/shipments").status()).isEqualTo(200);
        assertThat(admin(port).delete("/api/v1/api-keys/" + id).json().get("active").asBoolean()).isFalse();
        assertThat(acme.http().get("/api/v1/shipments").status()).isEqualTo(401);
    }

    @Test
    void roles_must_fit_the_party_of_the_key() {
        Http admin = admin(port);
        Shipper acme = aShipperUsing(port, "Roles", "DEL-FC1");
        Http.Response shipperAsOps = admin.post("/api/v1/api-keys",
                Http.json(Map.of("party", acme.code(), "label", "ops?", "roles", List.of("POSTAL_OPS"))));
        assertThat(shipperAsOps.status()).isEqualTo(400);
        assertThat(shipperAsOps.json().get("errors").get(0).get("field").asString()).isEqualTo("roles");
        Http.Response operatorAsShipper = admin.post("/api/v1/api-keys",
                Http.json(Map.of("party", "INDIA-POST", "label", "shipper?", "roles", List.of("SHIPPER"))));
        assertThat(operatorAsShipper.status()).isEqualTo(400);
        Http.Response noParty = admin.post("/api/v1/api-keys", Http.json(Map.of("label", "x", "roles", List.of("SHIPPER"))));
        assertThat(noParty.status()).isEqualTo(400);
        Http.Response unknownRole = admin.post("/api/v1/api-keys",
                Http.json(Map.of("party", acme.code(), "label", "x", "roles", List.of("GOD"))));
        assertThat(unknownRole.json().get("errors").get(0).get("field").asString()).isEqualTo("roles[0]");
        Http.Response unknownParty = admin.post("/api/v1/api-keys",
                Http.json(Map.of("party", "NOBODY-" + System.nanoTime(), "label", "x", "roles", List.of("SHIPPER"))));
        assertThat(unknownParty.status()).isEqualTo(404);
    }

    @Test
    void parties_are_added_by_an_admin_once_and_the_postal_operator_exists_already() {
        Http admin = admin(port);
        assertThat(admin.get("/api/v1/parties/INDIA-POST").json().get("kind").asString()).isEqualTo("POSTAL_OPERATOR");
        Shipper acme = aShipperUsing(port, "Party", "DEL-FC1");
        Http.Response again = admin.post("/api/v1/parties", Http.json(Map.of("code", acme.code(), "name", "Again")));
        assertThat(again.status()).isEqualTo(409);
        Http.Response bad = admin.post("/api/v1/parties", Http.json(Map.of("code", "bad code", "name", "")));
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString())).containsExactlyInAnyOrder("code", "name");
    }
}
