package org.daksetu.tracking.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.daksetu.network.application.Promises;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.shared.Pin;
import org.daksetu.support.IntegrationTest;
import org.daksetu.tracking.application.ArticleRegistration;
import org.daksetu.tracking.application.Articles;
import org.daksetu.tracking.application.RegisteredArticle;
import org.daksetu.tracking.application.TrackingStore;
import org.daksetu.tracking.domain.ArticleNumber;
import org.daksetu.tracking.domain.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registration of booked articles is set-based (each distinct route stored once, the articles by
 * one statement): registering a batch stores exactly what registering its articles one by one
 * stores, repeats are skipped and counted out, and two transactions registering the same new
 * routes at once share one stored route, whether the first commits or rolls back.
 */
@IntegrationTest
class RegistrationIT {

    private static final AtomicLong SERIAL = new AtomicLong(50_000_000L + System.currentTimeMillis() % 40_000_000L);

    @Autowired
    Articles articles;
    @Autowired
    TrackingStore store;
    @Autowired
    Promises promises;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    private static ArticleNumber next() {
        return ArticleNumber.of("EL", SERIAL.incrementAndGet(), "IN");
    }

    /** Parcels to a few PINs, several to each (so routes are shared), COD and prepaid. */
    private List<ArticleRegistration> parcels(String shipper) {
        OffsetDateTime handover = OffsetDateTime.now(RoutingRules.IST_OFFSET).minus(Duration.ofHours(23));
        List<ArticleRegistration> out = new ArrayList<>();
        int[] pins = {682028, 110001, 400001, 682028, 560001, 110001};
        for (int i = 0; i < 12; i++) {
            Pin pin = new Pin(pins[i % pins.length]);
            DeliveryPromise p = promises.promise("DEL-FC1", pin, handover);
            out.add(new ArticleRegistration(next(), shipper, "DEL-FC1", pin, i % 3 == 0 ? 0 : 10_000L * i,
                    handover.plusMinutes(i), p.itinerary(), p.edd()));
        }
        return out;
    }

    private Map<String, Object> row(ArticleNumber article) {
        return JdbcClient.create(dataSource).sql("""
                        SELECT shipper_id, pickup_point, destination_pin, cod_paise, booked_at, edd, route_id
                        FROM tracked_article WHERE article = ?""")
                .param(article.value()).query().singleRow();
    }

    @Test
    void a_batch_stores_exactly_what_one_by_one_registration_stores() {
        String shipper = "REG-" + UUID.randomUUID().toString().substring(0, 8);
        List<ArticleRegistration> single = parcels(shipper);
        List<ArticleRegistration> batch = new ArrayList<>();
        for (ArticleRegistration r : single) {
            batch.add(new ArticleRegistration(next(), r.shipperId(), r.pickupPoint(), r.destination(), r.codPaise(), r.bookedAt(),
                    r.itinerary(), r.edd()));
        }
        for (ArticleRegistration r : single) {
            assertThat(articles.register(r)).isTrue();
        }
        assertThat(articles.registerAll(batch)).isEqualTo(batch.size());

        for (int i = 0; i < single.size(); i++) {
            // Equal routes are stored once: the batch's articles point at the routes the single registrations stored.
            assertThat(row(batch.get(i).article())).isEqualTo(row(single.get(i).article()));
            Map<String, Object> stored = row(batch.get(i).article());
            assertThat(stored.get("cod_paise")).isEqualTo(batch.get(i).codPaise());
            // PostgreSQL keeps microseconds: both paths round the clock's nanoseconds the same way (the rows are equal).
            assertThat(Duration.between(((java.sql.Timestamp) stored.get("booked_at")).toInstant(), batch.get(i).bookedAt().toInstant())
                    .abs()).isLessThan(Duration.ofNanos(1000));
            assertThat(stored.get("edd").toString()).isEqualTo(batch.get(i).edd().toString());
            assertThat(store.find(batch.get(i).article()).orElseThrow().article().route())
                    .isEqualTo(articles.route(batch.get(i)));
        }

        // Registering again adds nothing; a batch of old and new articles counts the new ones only.
        assertThat(articles.registerAll(batch)).isZero();
        List<ArticleRegistration> mixed = new ArrayList<>(batch.subList(0, 4));
        parcels(shipper).subList(0, 3).forEach(mixed::add);
        assertThat(articles.registerAll(mixed)).isEqualTo(3);
        assertThat(articles.registerAll(List.of())).isZero();
    }

    @Test
    void two_transactions_registering_the_same_new_routes_share_them_whether_the_first_commits_or_rolls_back() throws Exception {
        for (boolean firstCommits : new boolean[] {true, false}) {
            List<ArticleRegistration> parcels = parcels("REG-RACE");
            // Routes no one stored before: the same itineraries with an alias of this run's own.
            Map<String, String> alias = Map.of("RACE-" + UUID.randomUUID(), "DEL-FC1");
            List<RegisteredArticle> first = new ArrayList<>();
            List<RegisteredArticle> second = new ArrayList<>();
            for (ArticleRegistration r : parcels) {
                Route route = new Route(r.itinerary(), r.edd(), alias);
                first.add(new RegisteredArticle(r, route));
                second.add(new RegisteredArticle(new ArticleRegistration(next(), r.shipperId(), r.pickupPoint(), r.destination(),
                        r.codPaise(), r.bookedAt(), r.itinerary(), r.edd()), route));
            }
            TransactionTemplate tx = new TransactionTemplate(transactions);
            CountDownLatch firstRegistered = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> one = pool.submit(() -> tx.execute(status -> {
                    int n = store.register(first);
                    firstRegistered.countDown();
                    sleep(300); // the second waits on these routes meanwhile
                    if (!firstCommits) {
                        status.setRollbackOnly();
                    }
                    return n;
                }));
                assertThat(firstRegistered.await(30, TimeUnit.SECONDS)).isTrue();
                Future<Integer> two = pool.submit(() -> tx.execute(status -> store.register(second)));
                assertThat(one.get(30, TimeUnit.SECONDS)).isEqualTo(first.size());
                assertThat(two.get(30, TimeUnit.SECONDS)).isEqualTo(second.size());
            } finally {
                pool.shutdownNow();
            }
            for (int i = 0; i < second.size(); i++) {
                ArticleNumber a = second.get(i).registration().article();
                assertThat(store.find(a).orElseThrow().article().route()).isEqualTo(second.get(i).route());
                if (firstCommits) {
                    assertThat(row(a).get("route_id")).isEqualTo(row(first.get(i).registration().article()).get("route_id"));
                } else {
                    assertThat(store.find(first.get(i).registration().article())).isEmpty();
                }
            }
            long distinct = second.stream().map(r -> RouteJson.digest(r.route())).distinct().count();
            assertThat(JdbcClient.create(dataSource).sql("SELECT count(*) FROM tracking_route WHERE place_aliases ->> :k IS NOT NULL")
                    .param("k", alias.keySet().iterator().next()).query(Long.class).single()).isEqualTo(distinct);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void newly_registered_articles_are_cached_exactly_as_the_database_gives_them_back() {
        List<ArticleRegistration> batch = parcels("REG-SEED");
        // A clock with nanoseconds, as a booking's "now" can have: stored rounded to microseconds.
        ArticleRegistration first = batch.getFirst();
        batch.set(0, new ArticleRegistration(first.article(), first.shipperId(), first.pickupPoint(), first.destination(),
                first.codPaise(), first.bookedAt().withNano(123_456_789), first.itinerary(), first.edd()));
        assertThat(articles.registerAll(batch)).isEqualTo(batch.size());
        JdbcTrackingStore jdbc = (JdbcTrackingStore) store;
        for (ArticleRegistration r : batch) {
            assertThat(jdbc.cached(r.article())).as("seeded: %s", r.article()).isTrue();
            assertThat(store.find(r.article())).isEqualTo(jdbc.fromDatabase(r.article()));
        }
    }

    @Test
    void a_time_is_rounded_as_postgresql_rounds_it() {
        OffsetDateTime t = OffsetDateTime.parse("2026-11-21T10:15:30+05:30");
        var jdbc = JdbcClient.create(dataSource);
        for (int nanos : new int[] {0, 1, 499, 500, 501, 1_500, 2_500, 123_456_789, 999_999_499, 999_999_500, 999_999_501}) {
            OffsetDateTime in = t.withNano(nanos);
            OffsetDateTime stored = jdbc.sql("SELECT CAST(? AS timestamptz)").param(in.toString())
                    .query(OffsetDateTime.class).single();
            assertThat(JdbcTrackingStore.asStored(in)).as("%d ns", nanos).isEqualTo(stored);
        }
    }
}
