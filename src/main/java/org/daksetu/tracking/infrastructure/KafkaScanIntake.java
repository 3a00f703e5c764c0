package org.daksetu.tracking.infrastructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.daksetu.tracking.application.IncomingScan;
import org.daksetu.tracking.application.ScanIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Scan intake from a Kafka topic (off unless {@code daksetu.tracking.kafka.intake-topic} and
 * {@code daksetu.kafka.bootstrap-servers} are set). Each poll goes through {@link ScanIntake} as one
 * request; offsets are committed only after it committed, so a crash replays the poll and the
 * event ids make the replay harmless. A record that is not a JSON object is quarantined under
 * the id {@code kafka:<topic>-<partition>-<offset>} with the reason.
 */
@Component
class KafkaScanIntake implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaScanIntake.class);

    private final ScanIntake intake;
    private final String servers;
    private final String topic;
    private final String group;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    KafkaScanIntake(ScanIntake intake, @Value("${daksetu.kafka.bootstrap-servers:}") String servers,
                    @Value("${daksetu.tracking.kafka.intake-topic:}") String topic,
                    @Value("${daksetu.tracking.kafka.intake-group:daksetu-scan-intake}") String group) {
        this.intake = intake;
        this.servers = servers;
        this.topic = topic;
        this.group = group;
    }

    @Override
    public void start() {
        if (servers.isBlank() || topic.isBlank()) {
            return;
        }
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(ScanIntake.MAX_EVENTS));
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        running = true;
        thread = Thread.ofPlatform().name("kafka-scan-intake").daemon().start(this::run);
        log.info("Taking scans from Kafka topic {} at {}", topic, servers);
    }

    private void run() {
        try {
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    continue;
                }
                List<IncomingScan> scans = new ArrayList<>(records.count());
                Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
                for (ConsumerRecord<String, String> r : records) {
                    scans.add(scan(r));
                    next.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
                }
                try {
                    intake.accept(scans, "kafka");
                    consumer.commitSync(next);
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // Not applied: go back to the last committed offsets and take the same records again.
                    log.warn("Kafka scan intake failed, retrying the poll: {}", e.toString());
                    for (TopicPartition tp : next.keySet()) {
                        OffsetAndMetadata committed = consumer.committed(java.util.Set.of(tp)).get(tp);
                        consumer.seek(tp, committed == null ? 0 : committed.offset());
                    }
                    Thread.sleep(1000);
                }
            }
        } catch (WakeupException | InterruptedException e) {
            // stopping
        } finally {
            consumer.close();
        }
    }

    static IncomingScan scan(ConsumerRecord<String, String> r) {
        try {
            JsonNode n = RouteJson.JSON.readTree(r.value());
            if (n != null && n.isObject()) {
                return new IncomingScan(text(n, "eventId"), text(n, "article"), text(n, "bag"), text(n, "code"),
                        text(n, "office"), text(n, "occurredAt"), text(n, "reason"));
            }
        } catch (RuntimeException e) {
            // not JSON: quarantined below under the record's coordinates
        }
        return new IncomingScan("kafka:" + r.topic() + "-" + r.partition() + "-" + r.offset(), null, null,
                "NOT-A-JSON-OBJECT", null, null, null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    @Override
    public void stop() {
        running = false;
        if (consumer != null && thread != null) {
            consumer.wakeup();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
