package org.daksetu.tracking.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.daksetu.network.application.Promises;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.shared.Pin;
import org.daksetu.support.IntegrationTest;
import org.daksetu.support.RunApplication;
import org.daksetu.support.TestDatabase;
import org.daksetu.tracking.application.ArticleRegistration;
import org.daksetu.tracking.application.Articles;
import org.daksetu.tracking.application.IncomingScan;
import org.daksetu.tracking.application.ScanIntake;
import org.daksetu.tracking.application.TrackingStore;
import org.daksetu.tracking.domain.ArticleNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The feed on Kafka survives a crash of its publisher: a second application process publishes
 * the feed to a topic on an in-process KRaft broker (127.0.0.1) and is killed with SIGKILL in the
 * middle of it; more changes commit while no one publishes; a restarted publisher takes the lease
 * once the dead one's runs out. Every committed change is on the topic at least once.
 */
@IntegrationTest
class KafkaCrashIT {

    static final String TOPIC = "feed-crash";
    static EmbeddedKafkaKraftBroker broker;

    @Autowired
    ScanIntake intake;
    @Autowired
    TrackingStore store;
    @Autowired
    Articles articles;
    @Autowired
    Promises promises;
    @Autowired
    DataSource dataSource;

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 2, TOPIC);
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    /** Five scans for each of {@code count} new articles; returns their event ids. */
    private Set<String> scans(int count, OffsetDateTime t) {
        DeliveryPromise p = promises.promise("DEL-FC1", new Pin(682028), OffsetDateTime.now(RoutingRules.IST_OFFSET).plusHours(1));
        List<ArticleRegistration> regs = new ArrayList<>();
        List<IncomingScan> scans = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            ArticleNumber a = ArticleNumber.of("EC", 70_000_000L + (System.nanoTime() / 1000 + i) % 9_000_000L, "IN");
            regs.add(new ArticleRegistration(a, "SHP-KCRASH", "DEL-FC1", new Pin(682028), 0, p.handoverAt(), p.itinerary(), p.edd()));
            int step = 0;
            for (String code : List.of("IB", "IG", "ID", "IR", "BD")) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                scans.add(new IncomingScan(id, a.value(), null, code, "110037", t.plusMinutes(step++).toString(), null));
            }
        }
        articles.registerAll(regs);
        assertThat(intake.accept(scans, "test").accepted()).isEqualTo(scans.size());
        return ids;
    }

    @Test
    void a_publisher_killed_with_SIGKILL_mid_batch_loses_nothing_once_a_publisher_runs_again() throws Exception {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        // The topic carries the changes from here on (other tests' entries are not this test's business).
        long start = jdbc.sql("SELECT coalesce(max(seq), 0) FROM feed_entry").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO kafka_feed_cursor (topic, cursor_seq) VALUES (:topic, :seq)
                ON CONFLICT (topic) DO UPDATE SET cursor_seq = :seq, lease_owner = NULL, lease_until = NULL""")
                .param("topic", TOPIC).param("seq", start).update();
        OffsetDateTime t = OffsetDateTime.now(RoutingRules.IST_OFFSET).minusHours(6);
        Set<String> expected = new HashSet<>(scans(600, t));
        long last = jdbc.sql("SELECT max(seq) FROM feed_entry").query(Long.class).single();

        Map<String, Integer> seen = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(TOPIC));
            Path log = Files.createTempFile("daksetu-kafka-node", ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process node = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    RunApplication.class.getName(), "--daksetu.db.url=" + TestDatabase.url(),
                    "--daksetu.db.username=" + TestDatabase.username(), "--daksetu.db.password=" + TestDatabase.password(),
                    "--server.port=0", "--daksetu.webhooks.enabled=false",
                    "--daksetu.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                    "--daksetu.tracking.kafka.feed-topic=" + TOPIC, "--daksetu.tracking.kafka.batch-size=25",
                    "--daksetu.tracking.kafka.lease=PT3S", "--daksetu.webhooks.poll=PT0.05S")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long cursorAtKill;
            try {
                long deadline = System.currentTimeMillis() + 180_000;
                while (seen.isEmpty() && System.currentTimeMillis() < deadline && node.isAlive()) {
                    poll(consumer, seen);
                }
                assertThat(seen).as("the node published something; log in " + log).isNotEmpty();
                node.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no producer close, no cursor update
                assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(node.exitValue()).isEqualTo(137);
                cursorAtKill = jdbc.sql("SELECT cursor_seq FROM kafka_feed_cursor WHERE topic = :t").param("t", TOPIC)
                        .query(Long.class).single();
            } finally {
                node.destroyForcibly();
            }
            assertThat(cursorAtKill).as("killed in the middle of publishing").isLessThan(last);

            // Changes keep committing while no publisher is alive.
            expected.addAll(scans(100, t.plusHours(1)));

            KafkaFeedPublisher restarted = new KafkaFeedPublisher(store, dataSource, broker.getBrokersAsString(), TOPIC,
                    Duration.ofMillis(50), KafkaFeedPublisher.BATCH, Duration.ofSeconds(3));
            restarted.start();
            try {
                long deadline = System.currentTimeMillis() + 60_000;
                while (!seen.keySet().containsAll(expected) && System.currentTimeMillis() < deadline) {
                    poll(consumer, seen);
                }
            } finally {
                restarted.stop();
            }
        }
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(seen.keySet());
        assertThat(missing).as("committed changes that never reached the topic").isEmpty();
        long cursor = jdbc.sql("SELECT cursor_seq FROM kafka_feed_cursor WHERE topic = :t").param("t", TOPIC)
                .query(Long.class).single();
        assertThat(cursor).isGreaterThanOrEqualTo(jdbc.sql("SELECT max(seq) FROM feed_entry WHERE shipper_id = 'SHP-KCRASH'")
                .query(Long.class).single());
    }

    private static void poll(KafkaConsumer<String, String> consumer, Map<String, Integer> seen) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
            String id = RouteJson.JSON.readTree(r.value()).get("eventId").asString();
            seen.merge(id, 1, Integer::sum);
        }
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "crash-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }
}
