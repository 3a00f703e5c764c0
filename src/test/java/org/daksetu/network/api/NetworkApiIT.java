package org.daksetu.network.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.daksetu.network.application.NetworkDirectory;
import org.daksetu.network.domain.PostOffice;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The network API over HTTP, on PostgreSQL, with the whole real India Post network imported. */
@IntegrationTest
class NetworkApiIT {

    @LocalServerPort
    int port;

    @Autowired
    NetworkDirectory network;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void the_whole_network_is_loaded_on_first_start() {
        JsonNode summary = http.get("/api/v1/network/summary").json();
        assertThat(summary.get("offices").asInt()).isGreaterThan(150_000);
        assertThat(summary.get("pins").asInt()).isGreaterThan(19_000);
        assertThat(summary.get("byTier").get("BO").asInt()).isGreaterThan(120_000);
        assertThat(summary.get("byState").has("Telangana")).isTrue();
        assertThat(summary.get("version").asString()).isEqualTo(network.snapshot().version()).isNotEqualTo("none");
    }

    @Test
    void a_Kochi_PIN_answers_with_its_offices_delivery_office_and_postal_hierarchy() {
        Http.Response r = http.get("/api/v1/pincodes/682028");
        assertThat(r.status()).isEqualTo(200);
        JsonNode pin = r.json();
        assertThat(pin.get("pin").asString()).isEqualTo("682028");
        assertThat(pin.get("state").asString()).isEqualTo("Kerala");
        assertThat(pin.get("district").asString()).isEqualTo("Ernakulam");
        assertThat(pin.get("serviceable").asBoolean()).isTrue();
        assertThat(pin.get("codAvailable").asBoolean()).isTrue();
        assertThat(pin.get("offices").size()).isPositive();
        String deliveryId = pin.get("deliveryOffice").get("id").asString();
        assertThat(pin.get("offices").valueStream().map(o -> o.get("id").asString())).contains(deliveryId);
        assertThat(pin.get("deliveryOffice").get("tier").asString()).isIn("SO", "HO");
        assertThat(pin.get("circle").asString()).isNotBlank();
        assertThat(pin.get("division").asString()).isNotBlank();
    }

    @Test
    void every_PIN_of_the_network_answers_and_names_a_delivery_office_among_its_own() {
        List<Integer> pins = network.snapshot().offices().stream().map(o -> o.pin().value()).distinct().sorted().toList();
        for (int i = 0; i < pins.size(); i += 97) {
            JsonNode pin = http.get("/api/v1/pincodes/" + pins.get(i)).json();
            assertThat(pin.get("deliveryOffice").get("pin").asInt()).as("PIN %s", pins.get(i)).isEqualTo(pins.get(i));
        }
    }

    @Test
    void malformed_PINs_get_a_problem_detail_naming_the_field_and_value() {
        for (String bad : List.of("68202", "0682028", "012345", "68202A", "abcdef", "6820281")) {
            Http.Response r = http.get("/api/v1/pincodes/" + bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            JsonNode error = r.json().get("errors").get(0);
            assertThat(error.get("field").asString()).isEqualTo("pin");
            assertThat(error.get("value").asString()).isEqualTo(bad);
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    @Test
    void a_well_formed_PIN_without_an_office_is_not_found() {
        Http.Response r = http.get("/api/v1/pincodes/100000");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("errors").get(0).get("value").asString()).isEqualTo("100000");
    }

    @Test
    void serviceability_of_ten_thousand_PINs_answers_each_in_order() {
        List<String> pins = new ArrayList<>();
        List<Integer> real = network.snapshot().offices().stream().map(o -> o.pin().value()).distinct().toList();
        for (int i = 0; i < 9_999; i++) {
            pins.add(Integer.toString(real.get(i % real.size())));
        }
        pins.add("100000");
        Http.Response r = http.post("/api/v1/serviceability", Http.json(Map.of("pins", pins)));
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("requested").asInt()).isEqualTo(10_000);
        assertThat(body.get("results").size()).isEqualTo(10_000);
        assertThat(body.get("results").get(0).get("pin").asString()).isEqualTo(pins.get(0));
        JsonNode last = body.get("results").get(9_999);
        assertThat(last.get("serviceable").asBoolean()).isFalse();
        assertThat(last.get("reason").asString()).contains("no post office");
        assertThat(body.get("notServiceable").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void serviceability_refuses_an_empty_an_oversized_or_a_malformed_request_naming_each_problem() {
        assertThat(http.post("/api/v1/serviceability", "{\"pins\":[]}").status()).isEqualTo(400);
        assertThat(http.post("/api/v1/serviceability", "{}").status()).isEqualTo(400);
        assertThat(http.post("/api/v1/serviceability", "not json").status()).isEqualTo(400);
        Http.Response wrongShape = http.post("/api/v1/serviceability", "{\"pins\":\"682028\"}");
        assertThat(wrongShape.status()).isEqualTo(400);
        assertThat(wrongShape.contentType()).startsWith("application/problem+json");
        assertThat(wrongShape.json().get("errors").get(0).get("field").asString()).isEqualTo("pins");
        List<String> tooMany = java.util.Collections.nCopies(10_001, "682028");
        Http.Response oversized = http.post("/api/v1/serviceability", Http.json(Map.of("pins", tooMany)));
        assertThat(oversized.status()).isEqualTo(400);
        assertThat(oversized.json().get("errors").get(0).get("field").asString()).isEqualTo("pins");
        Http.Response malformed = http.post("/api/v1/serviceability", "{\"pins\":[\"682028\",\"12\",\"0abcde\"]}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("pins[1]", "pins[2]");
    }

    @Test
    void offices_are_found_by_name_prefix_and_substring_with_filters_and_pages() {
        JsonNode prefix = http.get("/api/v1/post-offices?name=ernakul&match=prefix&size=5").json();
        assertThat(prefix.get("totalItems").asInt()).isPositive();
        assertThat(prefix.get("items").valueStream().map(o -> o.get("name").asString().toLowerCase()))
                .allMatch(n -> n.startsWith("ernakul"));
        JsonNode substring = http.get("/api/v1/post-offices?name=kulam&match=substring&state=Kerala&tier=SO&size=200").json();
        assertThat(substring.get("items").valueStream())
                .allMatch(o -> o.get("name").asString().toLowerCase().contains("kulam")
                        && o.get("state").asString().equals("Kerala") && o.get("tier").asString().equals("SO"));
        JsonNode page0 = http.get("/api/v1/post-offices?district=Ernakulam&size=10&page=0").json();
        JsonNode page1 = http.get("/api/v1/post-offices?district=Ernakulam&size=10&page=1").json();
        assertThat(page0.get("totalPages").asInt()).isGreaterThan(1);
        assertThat(page0.get("items").get(0).get("id")).isNotEqualTo(page1.get("items").get(0).get("id"));
    }

    @Test
    void bad_search_parameters_are_each_named() {
        Http.Response r = http.get("/api/v1/post-offices?tier=XO&state=Atlantis&size=1000&match=fuzzy&colour=red");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("tier", "state", "size", "match", "colour");
    }

    @Test
    void an_office_is_found_by_id_and_an_unknown_or_malformed_id_is_refused() {
        PostOffice any = network.snapshot().offices().iterator().next();
        JsonNode office = http.get("/api/v1/post-offices/" + any.id()).json();
        assertThat(office.get("name").asString()).isEqualTo(any.name());
        assertThat(http.get("/api/v1/post-offices/1").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/post-offices/abc").status()).isEqualTo(400);
    }

    @Test
    void the_OpenAPI_document_and_its_UI_are_served() {
        Http.Response doc = http.get("/v3/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.json().get("paths").has("/api/v1/pincodes/{pin}")).isTrue();
        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void an_unknown_path_is_a_problem_detail_not_an_error_page() {
        Http.Response r = http.get("/api/v1/nothing-here");
        assertThat(r.status()).isIn(401, 404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }
}
