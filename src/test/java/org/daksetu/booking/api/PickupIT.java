package org.daksetu.booking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.booking.api.BookingFixtures.*;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.daksetu.booking.infrastructure.LabelReader;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Pickups and manifests: what goes on a manifest, what a cancelled or missing parcel does, who confirms. */
@IntegrationTest
class PickupIT {

    @LocalServerPort
    int port;

    Shipper shipper;

    @BeforeEach
    void aShipper() {
        shipper = aShipperUsing(port, "Pickup", "HYD-FC1", "CCU-FC1");
    }

    String book(Map<String, Object> parcel) {
        Http.Response r = shipper.http().post("/api/v1/shipments", Http.json(parcel));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("articleNumber").asString();
    }

    long schedule(String point) {
        Http.Response r = shipper.http().post("/api/v1/pickups", Http.json(Map.of("pickupPoint", point)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void a_manifest_lists_the_waiting_parcels_of_its_point_with_counts_weight_and_COD_in_JSON_PDF_and_CSV() {
        String a = book(aCodParcel(aReference("M"), "HYD-FC1", KOCHI, 100_000));
        String b = book(aCodParcel(aReference("M"), "HYD-FC1", NEW_DELHI, 250_000));
        String c = book(aPrepaidParcel(aReference("M"), "HYD-FC1", KOCHI));
        String elsewhere = book(aPrepaidParcel(aReference("M"), "CCU-FC1", KOCHI));
        long id = schedule("HYD-FC1");
        JsonNode m = shipper.http().post("/api/v1/pickups/" + id + "/manifest", "").json();
        assertThat(m.get("shipments").valueStream().map(s -> s.get("articleNumber").asString())).containsExactly(a, b, c);
        assertThat(m.get("parcels").asInt()).isEqualTo(3);
        assertThat(m.get("codParcels").asInt()).isEqualTo(2);
        assertThat(m.get("codTotalPaise").asLong()).isEqualTo(350_000);
        assertThat(m.get("totalWeightGrams").asLong()).isEqualTo(3_600);
        assertThat(m.get("manifestNumber").asString()).matches("MF-[0-9]{8}-[0-9]{6}");

        Http.Response pdf = shipper.http().get("/api/v1/pickups/" + id + "/manifest?format=pdf");
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String text = pdfText(pdf.bytes());
        assertThat(text).contains(a, b, c, "Parcels 3", "COD parcels 2", "Total weight 3.600 kg", "COD total Rs. 3,500.00")
                .doesNotContain(elsewhere);
        String csv = shipper.http().get("/api/v1/pickups/" + id + "/manifest?format=csv").body();
        assertThat(csv.lines()).hasSize(5);
        assertThat(csv.lines().toList().getLast()).contains("TOTAL,3 parcels", ",3600,", ",350000,");

        Http.Response labels = shipper.http().get("/api/v1/pickups/" + id + "/labels");
        assertThat(LabelReader.read(labels.bytes())).extracting(LabelReader.Page::code128).containsExactly(a, b, c);
        assertThat(shipper.http().post("/api/v1/pickups/" + id + "/manifest", "").status()).isEqualTo(409);
    }

    @Test
    void a_parcel_cancelled_after_the_manifest_is_listed_as_cancelled_and_not_counted_nor_picked_up() {
        String a = book(aPrepaidParcel(aReference("C"), "HYD-FC1", KOCHI));
        String b = book(aCodParcel(aReference("C"), "HYD-FC1", KOCHI, 50_000));
        long id = schedule("HYD-FC1");
        shipper.http().post("/api/v1/pickups/" + id + "/manifest", "");
        Http.Response cancelled = shipper.http().post("/api/v1/shipments/" + b + "/cancel", Http.json(Map.of("reason", "customer changed mind")));
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(shipper.http().post("/api/v1/shipments/" + b + "/cancel", "{}").status()).isEqualTo(200);
        JsonNode after = shipper.http().get("/api/v1/pickups/" + id + "/manifest").json();
        assertThat(after.get("parcels").asInt()).isEqualTo(1);
        assertThat(after.get("cancelled").asInt()).isEqualTo(1);
        assertThat(after.get("codTotalPaise").asLong()).isZero();
        assertThat(shipper.http().get("/api/v1/shipments/" + b + "/label").status()).isEqualTo(409);
        postalOps(port).post("/api/v1/pickups/" + id + "/handover", "{}");
        assertThat(shipper.http().get("/api/v1/shipments/" + a).json().get("status").asString()).isEqualTo("PICKED_UP");
        assertThat(shipper.http().get("/api/v1/shipments/" + b).json().get("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void parcels_India_Post_did_not_receive_go_back_to_waiting_and_can_still_be_cancelled() {
        String a = book(aPrepaidParcel(aReference("H"), "HYD-FC1", KOCHI));
        String b = book(aPrepaidParcel(aReference("H"), "HYD-FC1", KOCHI));
        long id = schedule("HYD-FC1");
        shipper.http().post("/api/v1/pickups/" + id + "/manifest", "");
        Http ops = postalOps(port);
        Http.Response notOnIt = ops.post("/api/v1/pickups/" + id + "/handover", Http.json(Map.of("missing", List.of("EK000000014IN"))));
        assertThat(notOnIt.status()).isEqualTo(400);
        assertThat(notOnIt.json().get("errors").get(0).get("field").asString()).isEqualTo("missing[0]");
        Http.Response done = ops.post("/api/v1/pickups/" + id + "/handover", Http.json(Map.of("missing", List.of(b))));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("missing").get(0).asString()).isEqualTo(b);
        assertThat(done.json().get("parcels").asInt()).isEqualTo(1);
        assertThat(done.json().get("pickup").get("confirmedBy").asString()).contains("INDIA-POST");
        assertThat(shipper.http().get("/api/v1/shipments/" + a).json().get("status").asString()).isEqualTo("PICKED_UP");
        JsonNode missing = shipper.http().get("/api/v1/shipments/" + b).json();
        assertThat(missing.get("status").asString()).isEqualTo("BOOKED");
        assertThat(missing.has("pickupId")).isFalse();
        assertThat(ops.post("/api/v1/pickups/" + id + "/handover", "{}").status()).isEqualTo(409);
        assertThat(pdfText(shipper.http().get("/api/v1/pickups/" + id + "/manifest?format=pdf").bytes()))
                .contains("Not received at handover", b);
        assertThat(shipper.http().post("/api/v1/shipments/" + b + "/cancel", "{}").json().get("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void a_manifest_of_named_parcels_takes_only_those_and_names_any_that_cannot_go() {
        String a = book(aPrepaidParcel(aReference("N"), "HYD-FC1", KOCHI));
        String b = book(aPrepaidParcel(aReference("N"), "HYD-FC1", KOCHI));
        String elsewhere = book(aPrepaidParcel(aReference("N"), "CCU-FC1", KOCHI));
        long id = schedule("HYD-FC1");
        Http.Response wrong = shipper.http().post("/api/v1/pickups/" + id + "/manifest",
                Http.json(Map.of("articleNumbers", List.of(a, elsewhere))));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("articleNumbers[1]");
        assertThat(shipper.http().get("/api/v1/shipments/" + a).json().has("pickupId")).isFalse();
        JsonNode m = shipper.http().post("/api/v1/pickups/" + id + "/manifest", Http.json(Map.of("articleNumbers", List.of(b)))).json();
        assertThat(m.get("shipments").valueStream().map(s -> s.get("articleNumber").asString())).containsExactly(b);
    }

    @Test
    void a_cancelled_pickup_releases_its_parcels_and_an_empty_manifest_is_refused() {
        long id = schedule("CCU-FC1");
        assertThat(shipper.http().post("/api/v1/pickups/" + id + "/manifest", "").status()).isEqualTo(409);
        String a = book(aPrepaidParcel(aReference("X"), "CCU-FC1", KOCHI));
        shipper.http().post("/api/v1/pickups/" + id + "/manifest", "");
        assertThat(shipper.http().get("/api/v1/shipments/" + a).json().get("pickupId").asLong()).isEqualTo(id);
        assertThat(shipper.http().delete("/api/v1/pickups/" + id).json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(shipper.http().get("/api/v1/shipments/" + a).json().has("pickupId")).isFalse();
        assertThat(postalOps(port).post("/api/v1/pickups/" + id + "/handover", "{}").status()).isEqualTo(409);
        long next = schedule("CCU-FC1");
        assertThat(shipper.http().post("/api/v1/pickups/" + next + "/manifest", "").json().get("parcels").asInt()).isEqualTo(1);
    }

    @Test
    void a_pickup_is_one_per_point_and_day_within_thirty_days_at_ones_own_point() {
        schedule("HYD-FC1");
        assertThat(shipper.http().post("/api/v1/pickups", Http.json(Map.of("pickupPoint", "HYD-FC1"))).status()).isEqualTo(409);
        Http.Response past = shipper.http().post("/api/v1/pickups", Http.json(Map.of("pickupPoint", "HYD-FC1", "date", "2020-01-01")));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("date");
        assertThat(shipper.http().post("/api/v1/pickups", Http.json(Map.of("pickupPoint", "DEL-FC1"))).status()).isEqualTo(400);
        assertThat(shipper.http().post("/api/v1/pickups", Http.json(Map.of("pickupPoint", "HYD-FC1", "date", "tomorrow"))).status())
                .isEqualTo(400);
    }

    static String pdfText(byte[] pdf) {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
