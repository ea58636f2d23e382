package dev.helpdesk.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A subscriber like any other, reading the tickets topic while the load runs, to measure how long
 * after the service accepted an event (its CloudEvent {@code time}) a consumer sees it.
 *
 * <p>It keeps every event it reads, by subject: a ticket's first event can reach Kafka before
 * the 201 that tells the virtual user the ticket's id, so the probe cannot filter at read time.
 * Which tickets count is decided afterwards ({@link #awaitEvents}).
 */
final class KafkaLagProbe implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final ObjectMapper json;
    private final Thread thread;
    private final CountDownLatch assigned = new CountDownLatch(1);
    private final Map<String, TicketEvents> bySubject = new ConcurrentHashMap<>();
    private final AtomicLong unreadable = new AtomicLong();
    private volatile long lastRecordNanos;
    private volatile boolean running = true;
    private volatile Exception failure;

    KafkaLagProbe(String bootstrapServers, String topic, ObjectMapper json) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        // a group of its own: it must not take partitions away from the platform's consumers
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "helpdesk-benchmark-" + UUID.randomUUID());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "helpdesk-benchmark");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // the ticket service creates the topic with its partitions; a probe must never create it
        // with the broker's default partition count
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        this.topic = topic;
        this.json = json;
        this.thread = new Thread(this::consume, "kafka-lag-probe");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    boolean started() {
        return thread.getState() != Thread.State.NEW;
    }

    /**
     * Waits until the probe owns every partition and stands at their ends, so that every event of
     * the load that follows is seen, and none from before is mistaken for one.
     */
    void awaitAssignment(Duration patience) throws InterruptedException {
        boolean ready = assigned.await(patience.toMillis(), TimeUnit.MILLISECONDS);
        if (failure != null) {
            throw new IllegalStateException("Kafka consumer failed: " + failure, failure);
        }
        if (!ready) {
            throw new IllegalStateException("no partition of " + topic + " assigned within " + patience.toSeconds()
                    + " s: is Kafka running, and does the topic exist (the ticket service creates it)?");
        }
    }

    private void consume() {
        try (consumer) {
            consumer.subscribe(Set.of(topic));
            while (running && consumer.assignment().isEmpty()) {
                keep(consumer.poll(Duration.ofMillis(100)));
            }
            Set<TopicPartition> partitions = consumer.assignment();
            consumer.seekToEnd(partitions);
            // seekToEnd is lazy; position() resolves it now, before the load starts, not at the next poll
            partitions.forEach(consumer::position);
            lastRecordNanos = System.nanoTime();
            assigned.countDown();
            while (running) {
                keep(consumer.poll(Duration.ofMillis(100)));
            }
        } catch (WakeupException e) {
            // close() woke the consumer up to stop it
        } catch (RuntimeException e) {
            failure = e;
            assigned.countDown();
        }
    }

    /** Everything of one poll gets the same seen-time: the moment the poll returned. */
    private void keep(ConsumerRecords<String, byte[]> records) {
        if (records.isEmpty()) {
            return;
        }
        long seenMicros = LoadPhase.epochMicros(Instant.now());
        lastRecordNanos = System.nanoTime();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                JsonNode event = json.readTree(record.value());
                String subject = event.path("subject").asText(record.key());
                long eventMicros = LoadPhase.epochMicros(Instant.from(
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(event.path("time").asText())));
                long producedMicros = record.timestampType() == TimestampType.CREATE_TIME
                        ? record.timestamp() * 1000 : Long.MIN_VALUE;
                // the sequence is the aggregate's version after the event: the natural key to spot a redelivery
                String key = event.hasNonNull("sequence") ? event.get("sequence").asText() : event.path("id").asText();
                Observation observation = new Observation(event.path("type").asText(), eventMicros, producedMicros,
                        seenMicros);
                bySubject.computeIfAbsent(subject, s -> new TicketEvents()).add(key, observation);
            } catch (IOException | RuntimeException e) {
                // not a CloudEvent we can read (e.g. a DateTimeParseException); counted, never fatal
                unreadable.incrementAndGet();
            }
        }
    }

    /**
     * Waits until no record has arrived for {@code quiet}, at most {@code patience}; true if the
     * topic went quiet. The ticket service publishes from its event store in order, one event at a
     * time, so after a burst of commands it can be seconds behind; measuring the next phase before
     * that backlog is gone would charge the previous phase's queue to the next phase's events.
     */
    boolean awaitQuiet(Duration quiet, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() - lastRecordNanos < quiet.toNanos()) {
            if (System.nanoTime() > deadline || failure != null) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    /**
     * Waits up to {@code patience} until every expected event of {@code tickets} arrived, then
     * measures them. Each of {@code expectedTypes} is expected once per ticket.
     */
    KafkaStats awaitEvents(Set<String> tickets, Set<String> expectedTypes, Duration patience,
            long lastResponseEpochMicros) throws InterruptedException {
        long expected = (long) tickets.size() * expectedTypes.size();
        long deadline = System.nanoTime() + patience.toNanos();
        while (received(tickets, expectedTypes) < expected && System.nanoTime() < deadline && failure == null) {
            Thread.sleep(100);
        }
        return KafkaStats.of(topic, expected, tickets, expectedTypes, bySubject, lastResponseEpochMicros,
                unreadable.get(), failure == null ? null : failure.toString());
    }

    private long received(Set<String> tickets, Set<String> expectedTypes) {
        long count = 0;
        for (String ticket : tickets) {
            TicketEvents events = bySubject.get(ticket);
            if (events != null) {
                count += events.count(expectedTypes);
            }
        }
        return count;
    }

    @Override
    public void close() {
        running = false;
        if (!started()) {
            consumer.close();
            return;
        }
        // the consumer belongs to the probe's thread, which closes it on its way out
        consumer.wakeup();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One event as the probe saw it; all times in microseconds since the epoch. */
    record Observation(String type, long eventMicros, long producedMicros, long seenMicros) {
    }

    /** The events of one subject, first delivery of each kept, redeliveries counted. */
    static final class TicketEvents {
        private final Map<String, Observation> byKey = new ConcurrentHashMap<>();
        private final AtomicLong duplicates = new AtomicLong();

        void add(String key, Observation observation) {
            if (byKey.putIfAbsent(key, observation) != null) {
                duplicates.incrementAndGet();
            }
        }

        long count(Set<String> types) {
            return byKey.values().stream().filter(o -> types.contains(o.type())).count();
        }

        Iterable<Observation> observations() {
            return byKey.values();
        }

        long duplicates() {
            return duplicates.get();
        }
    }
}
