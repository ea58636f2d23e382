package dev.helpdesk.escalation;

import dev.helpdesk.contracts.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The SLA events topic as a subscriber sees it from now on, with the moment each record arrived:
 * a plain consumer on every partition, from their ends, polling on its own thread (no consumer
 * group, so no wait for a rebalance).
 */
final class SlaTopic implements AutoCloseable {

    /** A record and when the subscriber got it. */
    record Arrival(ConsumerRecord<String, byte[]> record, Instant arrivedAt) {
    }

    private final List<Arrival> arrivals = new ArrayList<>();
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final Thread poller;

    SlaTopic(String bootstrapServers) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.SLA, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // settle the positions before anything is produced
        poller = new Thread(() -> {
            try (consumer) {
                while (open.get()) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                        synchronized (arrivals) {
                            arrivals.add(new Arrival(record, Instant.now()));
                        }
                    }
                }
            }
        }, "sla-topic-probe");
        poller.start();
    }

    /** The records keyed {@code key} that arrived so far, in order of arrival. */
    List<Arrival> keyed(String key) {
        synchronized (arrivals) {
            return arrivals.stream().filter(arrival -> key.equals(arrival.record().key())).toList();
        }
    }

    @Override
    public void close() {
        open.set(false);
        try {
            poller.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
