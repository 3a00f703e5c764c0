package org.daksetu.booking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daksetu.booking.api.BookingFixtures.*;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.daksetu.booking.application.ArticleNumberSettings;
import org.daksetu.booking.application.ArticleNumberStore;
import org.daksetu.booking.application.ArticleNumbers;
import org.daksetu.booking.domain.Service;
import org.daksetu.support.Http;
import org.daksetu.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** S10 numbers are unique under concurrent booking, across nodes, and a shipper's reserved block is its own. */
@IntegrationTest
class ArticleNumberIT {

    @LocalServerPort
    int port;

    @Autowired
    ArticleNumberStore store;

    @Autowired
    ArticleNumberSettings settings;

    @Test
    void parallel_single_bookings_never_share_a_number() throws Exception {
        Shipper shipper = aShipperUsing(port, "Parallel", "MAA-FC1");
        String batch = aReference("PAR");
        int threads = 16, each = 25;
        List<Future<List<String>>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    List<String> numbers = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        Http.Response r = shipper.http().post("/api/v1/shipments",
                                Http.json(aPrepaidParcel(batch + "-" + thread + "-" + i, "MAA-FC1", KOCHI)));
                        assertThat(r.status()).as(r.body()).isEqualTo(201);
                        numbers.add(r.json().get("articleNumber").asString());
                    }
                    return numbers;
                }));
            }
            Set<String> all = new HashSet<>();
            for (Future<List<String>> f : futures) {
                all.addAll(f.get());
            }
            assertThat(all).hasSize(threads * each);
        }
    }

    @Test
    void two_nodes_allocating_blocks_at_the_same_time_get_disjoint_numbers() throws Exception {
        // Each ArticleNumbers is what one application node holds: its own cache of blocks, one shared database.
        ArticleNumberSettings small = new ArticleNumberSettings(settings.country(), 50, settings.blockLifetime(),
                settings.reuseAfter(), settings.reservationValidity(), settings.series());
        List<ArticleNumbers> nodes = List.of(new ArticleNumbers(store, small, Clock.systemUTC()),
                new ArticleNumbers(store, small, Clock.systemUTC()), new ArticleNumbers(store, small, Clock.systemUTC()));
        List<Future<List<ArticleNumbers.Allocated>>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            for (int t = 0; t < 6; t++) {
                ArticleNumbers node = nodes.get(t % 3);
                futures.add(pool.submit(() -> {
                    List<ArticleNumbers.Allocated> got = new ArrayList<>();
                    for (int i = 0; i < 40; i++) {
                        got.addAll(node.allocate(Service.BUSINESS_PARCEL, 1 + i % 7));
                        got.addAll(node.allocate(Service.SPEED_POST_PARCEL, i == 20 ? 120 : 3));
                    }
                    return got;
                }));
            }
            Set<ArticleNumbers.Allocated> all = new HashSet<>();
            int count = 0;
            for (var f : futures) {
                List<ArticleNumbers.Allocated> got = f.get();
                count += got.size();
                all.addAll(got);
            }
            assertThat(all).hasSize(count);
        }
    }

    @Test
    void a_shipper_reserves_numbers_prints_them_and_books_with_them_once() {
        Shipper acme = aShipperUsing(port, "Reserve", "DEL-FC1");
        Shipper globex = aShipperUsing(port, "Thief", "DEL-FC1");
        Http.Response reserved = acme.http().post("/api/v1/article-number-reservations",
                Http.json(Map.of("service", "SPEED_POST_PARCEL", "count", 100)));
        assertThat(reserved.status()).as(reserved.body()).isEqualTo(201);
        JsonNode numbers = reserved.json().get("numbers");
        assertThat(numbers.size()).isEqualTo(100);
        assertThat(numbers.valueStream().map(JsonNode::asString).distinct().count()).isEqualTo(100);
        String mine = numbers.get(0).asString();
        assertThat(new Http(port).get("/api/v1/article-numbers/" + mine).json().get("valid").asBoolean()).isTrue();

        Http.Response booked = acme.http().post("/api/v1/shipments",
                Http.json(with(aPrepaidParcel(aReference("OWN"), "DEL-FC1", KOCHI), "articleNumber", mine)));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        assertThat(booked.json().get("articleNumber").asString()).isEqualTo(mine);

        Http.Response again = acme.http().post("/api/v1/shipments",
                Http.json(with(aPrepaidParcel(aReference("OWN"), "DEL-FC1", KOCHI), "articleNumber", mine)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("articleNumber");

        Http.Response stolen = globex.http().post("/api/v1/shipments",
                Http.json(with(aPrepaidParcel(aReference("OWN"), "DEL-FC1", KOCHI), "articleNumber", numbers.get(1).asString())));
        assertThat(stolen.status()).isEqualTo(400);
        assertThat(stolen.json().get("errors").get(0).get("message").asString()).contains("not among the numbers you reserved");

        Http.Response wrongService = acme.http().post("/api/v1/shipments", Http.json(with(with(aPrepaidParcel(aReference("OWN"),
                "DEL-FC1", KOCHI), "articleNumber", numbers.get(2).asString()), "service", "BUSINESS_PARCEL")));
        assertThat(wrongService.status()).isEqualTo(400);

        long id = reserved.json().get("id").asLong();
        assertThat(acme.http().get("/api/v1/article-number-reservations/" + id + "?format=csv").body().lines().count()).isEqualTo(101);
        assertThat(globex.http().get("/api/v1/article-number-reservations/" + id).status()).isEqualTo(404);
        assertThat(acme.http().post("/api/v1/article-number-reservations", Http.json(Map.of("service", "SPEED_POST_PARCEL", "count", 10_001)))
                .status()).isEqualTo(400);
    }

    @Test
    void reserved_numbers_are_never_handed_out_to_bookings() {
        Shipper acme = aShipperUsing(port, "Block", "DEL-FC1");
        JsonNode reserved = acme.http().post("/api/v1/article-number-reservations",
                Http.json(Map.of("service", "SPEED_POST_PARCEL", "count", 500))).json();
        Set<String> reservedNumbers = new HashSet<>();
        reserved.get("numbers").forEach(n -> reservedNumbers.add(n.asString()));
        for (int i = 0; i < 20; i++) {
            String number = acme.http().post("/api/v1/shipments", Http.json(aPrepaidParcel(aReference("NOTRES"), "DEL-FC1", KOCHI)))
                    .json().get("articleNumber").asString();
            assertThat(reservedNumbers).doesNotContain(number);
        }
    }
}
