package org.daksetu.tracking.infrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.daksetu.tracking.application.FeedEntry;
import org.daksetu.tracking.application.FeedMessage;
import org.daksetu.tracking.application.TrackingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes the feed to a Kafka topic keyed by article number, so each article's changes stay in
 * order in one partition (off unless {@code daksetu.tracking.kafka.feed-topic} and
 * {@code daksetu.kafka.bootstrap-servers} are set). The cursor in {@code kafka_feed_cursor} moves
 * only after the broker acknowledged the batch (acks=all, idempotent producer): at least once.
 * A lease keeps one node publishing at a time. The record carries the shipper in a header.
 */
@Component
class KafkaFeedPublisher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaFeedPublisher.class);
    static final int BATCH = 1000;

    private final TrackingStore store;
    private final JdbcClient jdbc;
    private final String servers;
    private final String topic;
    private final Duration poll;
    private final int batchSize;
    private final Duration lease;
    /** This process, as the holder of the publishing lease. */
    private final String node = java.util.UUID.randomUUID().toString();
    private volatile KafkaProducer<String, String> producer;
    private volatile Thread thread;
    private volatile boolean running;

    KafkaFeedPublisher(TrackingStore store, DataSource dataSource, @Value("${daksetu.kafka.bootstrap-servers:}") String servers,
                       @Value("${daksetu.tracking.kafka.feed-topic:}") String topic,
                       @Value("${daksetu.webhooks.poll:PT0.2S}") Duration poll,
                       @Value("${daksetu.tracking.kafka.batch-size:" + BATCH + "}") int batchSize,
                       @Value("${daksetu.tracking.kafka.lease:PT30S}") Duration lease) {
        this.store = store;
        this.batchSize = batchSize;
        this.lease = lease;
        this.jdbc = JdbcClient.create(dataSource);
        this.servers = servers;
        this.topic = topic;
        this.poll = poll;
    }

    @Override
    public void start() {
        if (servers.isBlank() || topic.isBlank()) {
            return;
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        jdbc.sql("INSERT INTO kafka_feed_cursor (topic) VALUES (:topic) ON CONFLICT DO NOTHING").param("topic", topic).update();
        running = true;
        thread = Thread.ofVirtual().name("kafka-feed").start(this::run);
        log.info("Publishing the tracking feed to Kafka topic {} at {}", topic, servers);
    }

    private void run() {
        while (running) {
            try {
                if (publishOnce() == 0) {
                    Thread.sleep(poll);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | ExecutionException e) {
                log.warn("Publishing the feed to Kafka failed, trying again: {}", e.toString());
                try {
                    Thread.sleep(poll.multipliedBy(10));
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    /** Publishes one batch if this node holds (or takes) the lease; returns how many entries it sent. */
    int publishOnce() throws ExecutionException, InterruptedException {
        Optional<Long> cursor = jdbc.sql("""
                        UPDATE kafka_feed_cursor SET lease_owner = :me, lease_until = now() + make_interval(secs => :lease)
                         WHERE topic = :topic AND (lease_owner = :me OR lease_until IS NULL OR lease_until < now())
                        RETURNING cursor_seq""").param("topic", topic).param("me", node)
                .param("lease", lease.toMillis() / 1000.0).query(Long.class).optional();
        if (cursor.isEmpty()) {
            return 0;
        }
        List<FeedEntry> batch = store.feedAll(cursor.get(), batchSize);
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>(batch.size());
        for (FeedEntry e : batch) {
            ProducerRecord<String, String> r = new ProducerRecord<>(topic, e.article().value(),
                    RouteJson.JSON.writeValueAsString(FeedMessage.of(e)));
            r.headers().add("shipper", e.shipperId().getBytes(StandardCharsets.UTF_8));
            sent.add(producer.send(r));
        }
        producer.flush();
        for (Future<RecordMetadata> f : sent) {
            f.get(); // throws if the broker did not take it: the cursor stays, the batch is sent again
        }
        jdbc.sql("UPDATE kafka_feed_cursor SET cursor_seq = :to WHERE topic = :topic AND cursor_seq = :from")
                .param("to", batch.getLast().seq()).param("topic", topic).param("from", cursor.get()).update();
        return batch.size();
    }

    @Override
    public void stop() {
        running = false; // no interrupt: it would close a JDBC socket in mid-statement
        Thread t = thread;
        if (t != null) {
            try {
                t.join(poll.multipliedBy(20).toMillis() + 15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
