package org.daksetu.delivery.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Shippers, keys, parcels and the last-mile calls the scenario tests use, with intent-revealing names. */
public final class LastMileFixtures {

    public static final String KOCHI = "682028";
    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();

    public record Shipper(String code, Http http) {
    }

    private final int port;
    public final Http admin;
    public final Http ops;
    public final Http finance;

    public LastMileFixtures(int port) {
        this.port = port;
        this.admin = new Http(port).withKey(IntegrationTest.ADMIN_KEY);
        this.ops = new Http(port).withKey(issue("INDIA-POST", "POSTAL_OPS"));
        this.finance = new Http(port).withKey(issue("INDIA-POST", "FINANCE"));
    }

    public static LocalDate today() {
        return LocalDate.now(IST);
    }

    String issue(String party, String... roles) {
        Http.Response issued = admin.post("/api/v1/api-keys", Http.json(Map.of("party", party, "label", "test key of " + party,
                "roles", List.of(roles))));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().get("key").asString();
    }

    public Shipper aShipper(String name) {
        String code = (name + "-" + RUN + "-" + SEQUENCE.incrementAndGet()).toUpperCase();
        Http.Response party = admin.post("/api/v1/parties", Http.json(Map.of("code", code, "name", name + " Retail", "kind", "SHIPPER")));
        assertThat(party.status()).as(party.body()).isEqualTo(201);
        assertThat(admin.put("/api/v1/shippers/" + code + "/pickup-points/DEL-FC1", "").status()).isEqualTo(200);
        return new Shipper(code, new Http(port).withKey(issue(code, "SHIPPER")));
    }

    /** Books a parcel from Delhi to {@code pin}; COD when {@code codPaise} > 0; OTP delivery when asked. Answers the article number. */
    public String book(Shipper shipper, String pin, long codPaise, boolean otp) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("orderReference", "LM-" + RUN + "-" + SEQUENCE.incrementAndGet());
        p.put("pickupPoint", "DEL-FC1");
        p.put("service", "SPEED_POST_PARCEL");
        p.put("consignee", Map.of("name", "Anita Menon", "phone", "+91 98470 12345", "addressLine1", "12/345 Temple Road", "pin", pin));
        p.put("weightGrams", 1200);
        p.put("dimensions", Map.of("lengthCm", 30, "breadthCm", 20, "heightCm", 10));
        p.put("declaredValuePaise", 149_900);
        p.put("payment", codPaise > 0 ? Map.of("mode", "COD", "codAmountPaise", codPaise) : Map.of("mode", "PREPAID"));
        p.put("otpDelivery", otp);
        Http.Response r = shipper.http().post("/api/v1/shipments", Http.json(p));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("articleNumber").asString();
    }

    /** The article arrives at its delivery office; answers the office id. */
    public long receive(String article) {
        Http.Response r = ops.post("/api/v1/delivery/receipts", Http.json(Map.of("receipts", List.of(Map.of("article", article)))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get(0).get("officeId").asLong();
    }

    public JsonNode startRun(long office, LocalDate day, String... articles) {
        Http.Response r = ops.post("/api/v1/delivery/runs", Http.json(Map.of("runs", List.of(Map.of("officeId", office, "beat", "B1",
                "runDate", day.toString(), "articles", List.of(articles))))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get(0);
    }

    public Http.Response attempt(Map<String, Object> attempt) {
        return ops.post("/api/v1/delivery/attempts", Http.json(Map.of("attempts", List.of(attempt))));
    }

    public static Map<String, Object> delivered(String article, String otp, Map<String, Object> collection) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", article);
        m.put("outcome", "DELIVERED");
        if (otp != null) {
            m.put("otp", otp);
        }
        if (collection != null) {
            m.put("collection", collection);
        }
        return m;
    }

    public static Map<String, Object> notDelivered(String article, String reason) {
        return new LinkedHashMap<>(Map.of("article", article, "outcome", "NOT_DELIVERED", "reason", reason));
    }

    public static Map<String, Object> cash(long paise) {
        return Map.of("mode", "CASH", "amountPaise", paise);
    }

    public static Map<String, Object> upi(long paise, String reference) {
        return Map.of("mode", "UPI", "amountPaise", paise, "upiReference", reference);
    }

    public JsonNode article(Shipper shipper, String article) {
        Http.Response r = shipper.http().get("/api/v1/delivery/articles/" + article);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    public JsonNode codArticle(String article) {
        Http.Response r = finance.get("/api/v1/cod/articles/" + article);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    public JsonNode verifyLedger() {
        Http.Response r = finance.get("/api/v1/cod/ledger/verification");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("ok").asBoolean()).as(r.body()).isTrue();
        return r.json();
    }
}
