package org.daksetu.tracking.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.daksetu.network.application.Promises;
import org.daksetu.network.domain.routing.DeliveryPromise;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.shared.Pin;
import org.daksetu.support.IntegrationTest;
import org.daksetu.tracking.application.ArticleRegistration;
import org.daksetu.tracking.application.Articles;
import org.daksetu.tracking.application.ScanIntake;
import org.daksetu.tracking.application.TrackingStore;
import org.daksetu.tracking.domain.ArticleNumber;
import org.daksetu.tracking.domain.TrackingStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.JsonNode;

/** Scans in from a Kafka topic and the feed out to one, on an in-process KRaft broker on 127.0.0.1. */
@IntegrationTest
class KafkaIT {

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
        broker = new EmbeddedKafkaKraftBroker(1, 2, "scans", "feed");
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    private ArticleNumber register(String shipper) {
        ArticleNumber a = ArticleNumber.of("EK", 90_000_000L + (System.nanoTime() % 9_000_000L), "IN");
        DeliveryPromise p = promises.promise("DEL-FC1", new Pin(682028), OffsetDateTime.now(RoutingRules.IST_OFFSET).plusHours(1));
        articles.register(new ArticleRegistration(a, shipper, "DEL-FC1", new Pin(682028), 0, p.handoverAt(),
                p.itinerary(), p.edd()));
        return a;
    }

    @Test
    void scans_from_the_intake_topic_are_applied_and_a_record_that_is_not_json_is_quarantined() throws Exception {
        assertThat(broker.getBrokersAsString()).matches("(127\\.0\\.0\\.1|localhost):\\d+");
        ArticleNumber a = register("SHP-K");
        String id = UUID.randomUUID().toString();
        String at = OffsetDateTime.now(RoutingRules.IST_OFFSET).minusHours(1).toString();
        try (KafkaProducer<String, String> p = producer()) {
            p.send(new ProducerRecord<>("scans", a.value(), "{\"eventId\":\"" + id + "\",\"article\":\"" + a
                    + "\",\"code\":\"IB\",\"office\":\"110037\",\"occurredAt\":\"" + at + "\"}")).get();
            p.send(new ProducerRecord<>("scans", a.value(), "{\"eventId\":\"" + id + "\",\"article\":\"" + a
                    + "\",\"code\":\"IB\",\"office\":\"110037\",\"occurredAt\":\"" + at + "\"}")).get(); // duplicate
            p.send(new ProducerRecord<>("scans", "x", "this is not json")).get();
        }
        KafkaScanIntake consumer = new KafkaScanIntake(intake, broker.getBrokersAsString(), "scans", "test-" + UUID.randomUUID());
        consumer.start();
        try {
            long deadline = System.currentTimeMillis() + 30_000;
            while (store.find(a).orElseThrow().history().isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            consumer.stop();
        }
        assertThat(store.find(a).orElseThrow().history()).hasSize(1);
        assertThat(store.find(a).orElseThrow().state().status()).isEqualTo(TrackingStatus.BOOKED);
        assertThat(store.openQuarantine(0, 5000)).anySatisfy(q -> {
            assertThat(q.source()).isEqualTo("kafka");
            assertThat(q.scan().eventId()).startsWith("kafka:scans-");
        });
    }

    @Test
    void the_feed_is_published_keyed_by_article_with_the_shipper_in_a_header_and_the_cursor_moves_on() throws Exception {
        ArticleNumber a = register("SHP-FEED"), b = register("SHP-FEED");
        String at = OffsetDateTime.now(RoutingRules.IST_OFFSET).minusHours(1).toString();
        intake.accept(List.of(
                new org.daksetu.tracking.application.IncomingScan(UUID.randomUUID().toString(), a.value(), null, "IB", "110037", at, null),
                new org.daksetu.tracking.application.IncomingScan(UUID.randomUUID().toString(), b.value(), null, "IB", "110037", at, null)),
                "test");
        KafkaFeedPublisher publisher = new KafkaFeedPublisher(store, dataSource, broker.getBrokersAsString(),
                "feed", Duration.ofMillis(50), KafkaFeedPublisher.BATCH, Duration.ofSeconds(30));
        publisher.start();
        List<ConsumerRecord<String, String>> got = new ArrayList<>();
        try (KafkaConsumer<String, String> c = consumer()) {
            c.subscribe(List.of("feed"));
            long deadline = System.currentTimeMillis() + 30_000;
            // a and b may sit on different partitions: wait for both, whatever else the shared database publishes
            while ((got.stream().noneMatch(r -> r.key().equals(a.value())) || got.stream().noneMatch(r -> r.key().equals(b.value())))
                    && System.currentTimeMillis() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(got::add);
            }
        } finally {
            publisher.stop();
        }
        ConsumerRecord<String, String> forA = got.stream().filter(r -> r.key().equals(a.value())).findFirst().orElseThrow();
        JsonNode m = RouteJson.JSON.readTree(forA.value());
        assertThat(m.get("shippingV2").asString()).isEqualTo("PickupDone");
        assertThat(new String(forA.headers().lastHeader("shipper").value())).isEqualTo("SHP-FEED");
        long cursor = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
                .sql("SELECT cursor_seq FROM kafka_feed_cursor WHERE topic = 'feed'").query(Long.class).single();
        assertThat(cursor).isGreaterThanOrEqualTo(m.get("cursor").asLong());
    }

    private static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

}
