package org.daksetu.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;

/** Shippers, keys and parcels for the booking API tests, with intent-revealing names. */
final class BookingFixtures {

    static final String KOCHI = "682028";
    static final String NEW_DELHI = "110001";
    static final String ARMY_POST = "900001";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();

    private BookingFixtures() {
    }

    record Shipper(String code, String key, Http http) {
    }

    static Http admin(int port) {
        return new Http(port).withKey(IntegrationTest.ADMIN_KEY);
    }

    /** A new shipper with a SHIPPER key, booking from the given pickup points. */
    static Shipper aShipperUsing(int port, String name, String... pickupPoints) {
        Http admin = admin(port);
        String code = (name + "-" + RUN + "-" + SEQUENCE.incrementAndGet()).toUpperCase();
        Http.Response party = admin.post("/api/v1/parties", Http.json(Map.of("code", code, "name", name + " Retail", "kind", "SHIPPER")));
        assertThat(party.status()).as(party.body()).isEqualTo(201);
        for (String point : pickupPoints) {
            assertThat(admin.put("/api/v1/shippers/" + code + "/pickup-points/" + point, "").status()).isEqualTo(200);
        }
        String key = issue(port, code, "SHIPPER");
        return new Shipper(code, key, new Http(port).withKey(key));
    }

    static String issue(int port, String party, String... roles) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("party", party);
        request.put("label", "test key of " + party);
        request.put("roles", List.of(roles));
        Http.Response issued = admin(port).post("/api/v1/api-keys", Http.json(request));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().get("key").asString();
    }

    /** A key of India Post's operations staff. */
    static Http postalOps(int port) {
        return new Http(port).withKey(issue(port, "INDIA-POST", "POSTAL_OPS"));
    }

    static String aReference(String what) {
        return what + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    static Map<String, Object> aPrepaidParcel(String orderReference, String pickupPoint, String pin) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("orderReference", orderReference);
        p.put("pickupPoint", pickupPoint);
        p.put("service", "SPEED_POST_PARCEL");
        p.put("consignee", new LinkedHashMap<>(Map.of("name", "Anita Menon", "phone", "+91 98470 12345",
                "addressLine1", "12/345 Temple Road", "pin", pin)));
        p.put("weightGrams", 1200);
        p.put("dimensions", Map.of("lengthCm", 30, "breadthCm", 20, "heightCm", 10));
        p.put("declaredValuePaise", 149_900);
        p.put("payment", Map.of("mode", "PREPAID"));
        return p;
    }

    static Map<String, Object> aCodParcel(String orderReference, String pickupPoint, String pin, long codPaise) {
        Map<String, Object> p = aPrepaidParcel(orderReference, pickupPoint, pin);
        p.put("payment", Map.of("mode", "COD", "codAmountPaise", codPaise));
        return p;
    }

    static Map<String, Object> with(Map<String, Object> parcel, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(parcel);
        copy.put(field, value);
        return copy;
    }
}
