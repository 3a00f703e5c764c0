package org.daksetu.tracking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.daksetu.network.application.PickupPoints;
import org.daksetu.network.application.Promises;
import org.daksetu.network.application.TransmissionStore;
import org.daksetu.network.domain.routing.Leg;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.support.IntegrationTest;
import org.daksetu.tracking.application.Articles;
import org.daksetu.tracking.application.IncomingScan;
import org.daksetu.tracking.application.ScanIntake;
import org.daksetu.tracking.application.TrackedArticle;
import org.daksetu.tracking.application.TrackingStore;
import org.daksetu.tracking.domain.ArticleNumber;
import org.daksetu.tracking.domain.Lifecycle;
import org.daksetu.tracking.domain.ScanCode;
import org.daksetu.tracking.domain.ScanEvent;
import org.daksetu.tracking.domain.TrackingState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Intake keeps recent histories in memory and reads only the new scans: whatever the arrival
 * order, rollbacks, concurrent intakes or another node writing, the state stored and the state
 * served must be the state derived from the committed history in the database.
 */
@IntegrationTest
class IntakeCoherenceIT {

    @Autowired
    Articles articles;
    @Autowired
    Promises promises;
    @Autowired
    TransmissionStore transmission;
    @Autowired
    PickupPoints pickupPoints;
    @Autowired
    ScanIntake intake;
    @Autowired
    TrackingStore store;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transactions;

    TrackedParcels parcels;
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        parcels = new TrackedParcels(articles, promises, transmission, pickupPoints);
        jdbc = JdbcClient.create(dataSource);
    }

    /** The scans of a journey along the real itinerary, one event per leg end, in physical order. */
    private List<IncomingScan> journey(ArticleNumber a) {
        List<Leg> legs = parcels.delhiToKochi().itinerary().legs();
        OffsetDateTime t = OffsetDateTime.now(RoutingRules.IST_OFFSET).minusHours(20);
        List<IncomingScan> out = new ArrayList<>();
        out.add(scan(a, "IB", parcels.officeOf(legs.getFirst().from()), t));
        for (Leg leg : legs) {
            t = t.plusMinutes(30);
            out.add(scan(a, "ID", parcels.officeOf(leg.from()), t));
            t = t.plusMinutes(30);
            out.add(scan(a, "IR", parcels.officeOf(leg.to()), t));
        }
        out.add(scan(a, "BD", parcels.officeOf(legs.getLast().to()), t.plusMinutes(10)));
        return out;
    }

    private static IncomingScan scan(ArticleNumber a, String code, String office, OffsetDateTime at) {
        return new IncomingScan(UUID.randomUUID().toString(), a.value(), null, code, office, at.toString(), null);
    }

    /** The state derived from the history in the database, read past every cache. */
    private TrackingState fromDatabase(ArticleNumber a) {
        TrackedArticle served = store.find(a).orElseThrow();
        List<ScanEvent> history = jdbc.sql("SELECT event_id, code, place, occurred_at, received_at, bag FROM scan_event WHERE article = ?")
                .param(a.value())
                .query((rs, n) -> new ScanEvent(rs.getString(1), a, ScanCode.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), java.util.Optional.empty(),
                        java.util.Optional.ofNullable(rs.getString(6))))
                .list();
        return Lifecycle.derive(a, served.article().route(), history);
    }

    private void assertCoherent(ArticleNumber a) {
        TrackingState expected = fromDatabase(a);
        TrackedArticle served = store.find(a).orElseThrow();
        assertThat(served.history()).hasSize(expected.events());
        assertThat(served.state()).isEqualTo(expected);
        var stored = jdbc.sql("SELECT status, events, last_event_id FROM tracking_state WHERE article = ?").param(a.value())
                .query((rs, n) -> List.of(rs.getString(1), rs.getInt(2), String.valueOf(rs.getString(3)))).single();
        assertThat(stored).containsExactly(expected.status().name(), expected.events(),
                expected.lastEvent().map(ScanEvent::eventId).orElse("null"));
    }

    @Test
    void scans_arriving_in_any_order_over_many_intakes_give_the_state_of_the_whole_history() {
        Random random = new Random(11);
        for (int round = 0; round < 3; round++) {
            ArticleNumber a = parcels.register("SHP-COHERENT");
            List<IncomingScan> scans = new ArrayList<>(journey(a));
            Collections.shuffle(scans, random);
            for (int i = 0; i < scans.size(); i += 2) {
                List<IncomingScan> batch = new ArrayList<>(scans.subList(i, Math.min(scans.size(), i + 2)));
                batch.add(scans.get(random.nextInt(i + 1))); // a repeat of something already sent
                intake.accept(batch, "test");
                assertCoherent(a);
            }
            assertThat(store.find(a).orElseThrow().state().status().name()).isEqualTo("OUT_FOR_DELIVERY");
        }
    }

    @Test
    void a_rolled_back_intake_leaves_nothing_behind_in_memory() {
        ArticleNumber a = parcels.register("SHP-COHERENT");
        List<IncomingScan> scans = journey(a);
        intake.accept(scans.subList(0, 2), "test");
        assertCoherent(a);
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            intake.accept(scans.subList(2, 4), "test");
            throw new IllegalStateException("the caller's transaction fails after intake");
        })).hasMessageContaining("caller's transaction fails");
        assertThat(store.find(a).orElseThrow().history()).hasSize(2);
        assertCoherent(a);
        intake.accept(scans.subList(4, 5), "test");
        assertCoherent(a);
    }

    @Test
    void scans_written_by_another_node_are_seen_by_the_next_intake_here() {
        ArticleNumber a = parcels.register("SHP-COHERENT");
        List<IncomingScan> scans = journey(a);
        intake.accept(scans.subList(0, 2), "test");
        assertCoherent(a);
        // Another node's intake: its scan, and the clock it advanced with its own name.
        IncomingScan other = scans.get(2);
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("UPDATE tracking_intake_clock SET seq = seq + 1, writer = 'another-node' WHERE id = 1").update();
            jdbc.sql("""
                    INSERT INTO scan_event (event_id, article, code, place, occurred_at, received_at, source)
                    VALUES (?, ?, ?, ?, CAST(? AS timestamptz), now(), 'other node')""")
                    .params(other.eventId(), a.value(), other.code(), other.office(), other.occurredAt()).update();
        });
        intake.accept(scans.subList(3, 4), "test");
        assertThat(store.find(a).orElseThrow().history()).hasSize(4);
        assertCoherent(a);
    }

    @Test
    void concurrent_intakes_of_the_same_articles_end_in_the_state_of_every_scan() throws Exception {
        List<ArticleNumber> many = new ArrayList<>();
        List<IncomingScan> all = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ArticleNumber a = parcels.register("SHP-COHERENT");
            many.add(a);
            all.addAll(journey(a));
        }
        Collections.shuffle(all, new Random(5));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < all.size(); i += 7) {
                List<IncomingScan> batch = all.subList(i, Math.min(all.size(), i + 7));
                done.add(pool.submit((Callable<?>) () -> intake.accept(batch, "test")));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        for (ArticleNumber a : many) {
            assertCoherent(a);
            assertThat(store.find(a).orElseThrow().state().status().name()).isEqualTo("OUT_FOR_DELIVERY");
        }
    }

    @Test
    void a_scan_stored_behind_the_histories_back_is_still_a_duplicate_and_the_batch_is_not_lost() {
        ArticleNumber a = parcels.register("SHP-COHERENT");
        List<IncomingScan> scans = journey(a);
        intake.accept(scans.subList(0, 2), "test");
        // A row written without the intake clock (a repair by hand, say): the cached history does not show it.
        IncomingScan behind = scans.get(2);
        jdbc.sql("""
                INSERT INTO scan_event (event_id, article, code, place, occurred_at, received_at, source)
                VALUES (?, ?, ?, ?, CAST(? AS timestamptz), now(), 'by hand')""")
                .params(behind.eventId(), a.value(), behind.code(), behind.office(), behind.occurredAt()).update();
        var report = intake.accept(scans.subList(2, 4), "test");
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM scan_event WHERE article = ?").param(a.value()).query(Integer.class).single())
                .isEqualTo(4);
    }

    @Test
    void two_intakes_in_one_transaction_put_each_scan_in_the_feed_once() {
        ArticleNumber a = parcels.register("SHP-COHERENT");
        List<IncomingScan> scans = journey(a);
        transactions.executeWithoutResult(tx -> {
            intake.accept(scans.subList(0, 2), "test");
            intake.accept(scans.subList(2, 4), "test");
            intake.accept(scans.subList(1, 3), "test"); // repeats only
        });
        List<String> fed = jdbc.sql("SELECT event_id FROM feed_entry WHERE article = ? ORDER BY seq").param(a.value())
                .query(String.class).list();
        assertThat(fed).containsExactlyInAnyOrderElementsOf(scans.subList(0, 4).stream().map(IncomingScan::eventId).toList());
        assertCoherent(a);
    }

    /** Sessions waiting for the intake clock's row lock. */
    private int waitingForTheClock() {
        return jdbc.sql("""
                SELECT count(*) FROM pg_stat_activity
                 WHERE wait_event_type = 'Lock' AND query LIKE '%tracking_intake_clock%FOR UPDATE%'""").query(Integer.class).single();
    }

    private void awaitWaiting(int sessions) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (waitingForTheClock() < sessions) {
            assertThat(System.nanoTime()).as("%d intakes waiting for the clock", sessions).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** A transaction that does {@code work}, then stays open until {@code release}; answers once the work is done. */
    private Future<?> openTransaction(ExecutorService pool, Runnable work, java.util.concurrent.CountDownLatch release)
            throws InterruptedException {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Future<?> open = pool.submit(() -> transactions.executeWithoutResult(tx -> {
            work.run();
            done.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        done.await();
        return open;
    }

    @Test
    void an_intake_that_read_before_another_committed_the_same_article_derives_the_state_again() throws Exception {
        ArticleNumber a = parcels.register("SHP-COHERENT");
        List<IncomingScan> scans = journey(a);
        intake.accept(scans.subList(0, 2), "test");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        try {
            // The clock held elsewhere: both intakes read the same history, store their scans and wait for it.
            Future<?> holder = openTransaction(pool,
                    () -> jdbc.sql("SELECT seq FROM tracking_intake_clock WHERE id = 1 FOR UPDATE").query(Long.class).single(),
                    release);
            Future<?> first = pool.submit(() -> intake.accept(scans.subList(2, 3), "test"));
            awaitWaiting(1);
            Future<?> second = pool.submit(() -> intake.accept(scans.subList(3, 4), "test"));
            awaitWaiting(2);
            release.countDown();
            holder.get();
            first.get();
            second.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.find(a).orElseThrow().history()).hasSize(4);
        assertCoherent(a);
        assertThat(jdbc.sql("SELECT events FROM tracking_state WHERE article = ?").param(a.value()).query(Integer.class).single())
                .isEqualTo(4);
    }

    @Test
    void an_intake_that_read_before_another_node_wrote_reads_its_articles_again() throws Exception {
        ArticleNumber a = parcels.register("SHP-COHERENT");
        List<IncomingScan> scans = journey(a);
        intake.accept(scans.subList(0, 2), "test");
        IncomingScan other = scans.get(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        try {
            // Another node's intake, not yet committed when this node's intake reads the history.
            Future<?> node = openTransaction(pool, () -> {
                jdbc.sql("UPDATE tracking_intake_clock SET seq = seq + 1, writer = 'another-node' WHERE id = 1").update();
                jdbc.sql("""
                        INSERT INTO scan_event (event_id, article, code, place, occurred_at, received_at, source)
                        VALUES (?, ?, ?, ?, CAST(? AS timestamptz), now(), 'other node')""")
                        .params(other.eventId(), a.value(), other.code(), other.office(), other.occurredAt()).update();
            }, release);
            Future<?> here = pool.submit(() -> intake.accept(scans.subList(3, 4), "test"));
            awaitWaiting(1);
            release.countDown();
            node.get();
            here.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.find(a).orElseThrow().history()).hasSize(4);
        assertCoherent(a);
    }
}
