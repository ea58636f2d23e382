package dev.helpdesk.reporting.integration;

import com.mongodb.client.MongoCollection;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import dev.helpdesk.reporting.query.ArticleFactsProjection;
import dev.helpdesk.reporting.query.ProjectionRebuilds;
import dev.helpdesk.reporting.query.ProjectionState;
import dev.helpdesk.reporting.query.ProjectionsStatus;
import dev.helpdesk.reporting.query.RebuildProgress;
import dev.helpdesk.reporting.query.TicketChange;
import dev.helpdesk.reporting.query.TicketFacts;
import dev.helpdesk.reporting.query.TicketFactsProjection;
import io.cloudevents.CloudEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the ticket facts from the beginning of {@code helpdesk.tickets.v1} and
 * {@code helpdesk.sla.v1}, and the article facts and deflections beside them from
 * {@code helpdesk.knowledge.v1}, into a fresh collection (and its {@code _articles} and
 * {@code _deflections} companions) while the current one serves:
 *
 * <ol>
 *   <li>records the new collection as being built, so every instance's live consumer writes each
 *       new event to it too, and waits until every instance has seen that;</li>
 *   <li>creates the reports' indexes on the new collection while it is (nearly) empty;</li>
 *   <li>notes the end of every partition of the three topics, and reads from their beginning to those
 *       ends with a consumer of its own (no group, nothing committed), applying each event to
 *       the new collection exactly as the live consumer does. Events after those ends reach it
 *       through the live consumers; an event both apply counts once, whatever the order
 *       (docs/reports.md);</li>
 *   <li>switches the reports over, then drops the old collection.</li>
 * </ol>
 *
 * A record that cannot be read is skipped (the live consumer dead-lettered it long ago). Any other
 * failure fails the rebuild: the old collection keeps serving and the new one is dropped.
 */
@Component
class KafkaProjectionRebuilds implements ProjectionRebuilds, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KafkaProjectionRebuilds.class);
    private static final Duration POLL = Duration.ofMillis(500);
    static final int MAX_POLL_RECORDS = 5000;
    /** Held events released and written as one batch (D101): they and their documents take some tens of MB. */
    static final int BATCH_RECORDS = 50_000;
    /** What an event held back takes on the heap, about (D107). */
    static final int HELD_EVENT_BYTES = 600;
    /**
     * Events a rebuild holds back at most (D107), unless {@code helpdesk.reporting.rebuild.held-events}
     * says otherwise: an eighth of the heap, and at least one batch. With the local platform's
     * 384 MB about 80,000 events, a week of tickets at 1,000 a day.
     */
    static final int DEFAULT_HELD_EVENTS = (int) Math.max(BATCH_RECORDS,
            Math.min(2_000_000, Runtime.getRuntime().maxMemory() / 8 / HELD_EVENT_BYTES));
    /** How far in event time a partition may read ahead of the slowest one (D107). */
    static final Duration ALIGNMENT_SLACK = Duration.ofHours(1);
    private static final Duration HEARTBEAT = ProjectionState.STALE.dividedBy(6);

    private final KafkaProperties kafka;
    private final ProjectionState projections;
    private final TicketFactsProjection projection;
    private final CloudEventCodec codec;
    private final TicketEventTranslator tickets;
    private final SlaEventTranslator sla;
    private final KnowledgeEventTranslator knowledge;
    private final ArticleFactsProjection articles;
    private final Clock clock;
    private final int heldEvents;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private volatile RebuildRun current;
    private volatile boolean stopping;

    KafkaProjectionRebuilds(KafkaProperties kafka, ProjectionState projections, TicketFactsProjection projection,
            CloudEventCodec codec, TicketEventTranslator tickets, SlaEventTranslator sla,
            KnowledgeEventTranslator knowledge, ArticleFactsProjection articles, Clock clock,
            @Value("${helpdesk.reporting.rebuild.held-events:0}") int heldEvents) {
        this.kafka = kafka;
        this.projections = projections;
        this.projection = projection;
        this.codec = codec;
        this.tickets = tickets;
        this.sla = sla;
        this.knowledge = knowledge;
        this.articles = articles;
        this.clock = clock;
        this.heldEvents = heldEvents > 0 ? heldEvents : DEFAULT_HELD_EVENTS;
    }

    @Override
    public synchronized RebuildProgress start() {
        if (current != null && current.running()) {
            throw new RebuildAlreadyRunningException();
        }
        String collection = TicketFacts.COLLECTION + "_r" + clock.millis();
        if (!projections.startBuilding(collection)) {
            throw new RebuildAlreadyRunningException();
        }
        RebuildRun run = new RebuildRun(collection, clock);
        current = run;
        executor.submit(() -> rebuild(run));
        return run.progress();
    }

    @Override
    public ProjectionsStatus status() {
        RebuildRun run = current;
        return new ProjectionsStatus(projections.servingName(), run == null ? null : run.progress());
    }

    @Override
    public void destroy() {
        stopping = true;
        executor.shutdownNow();
    }

    private void rebuild(RebuildRun run) {
        try {
            // Every instance rereads the state within REFRESH: after twice that, all write new events to both.
            Thread.sleep(ProjectionState.REFRESH.multipliedBy(2).toMillis());
            MongoCollection<Document> target = projections.collection(run.collection());
            // The indexes first, kept up by every write: building them afterwards reads every
            // document once per index (on the embedded server, 14 passes of deserialising a
            // million documents: longer than reading the topics).
            projections.prepare(run.collection());
            readEverything(run, target);
            String previous = projections.switchTo(run.collection());
            Thread.sleep(ProjectionState.REFRESH.multipliedBy(2).toMillis());
            projections.drop(previous);
            run.done();
            log.info("Rebuilt the projections into {} from {} records; {} replaced", run.collection(),
                    run.progress().eventsDone(), previous);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(run, e);
        } catch (RuntimeException e) {
            fail(run, e);
        }
    }

    private void fail(RebuildRun run, Exception e) {
        log.warn("The rebuild into {} failed; the current projection keeps serving", run.collection(), e);
        run.failed(e.getMessage() == null ? e.getClass().getName() : e.getMessage());
        try {
            projections.abandon(run.collection());
        } catch (RuntimeException cleanup) {
            log.warn("Could not clear the failed rebuild {}: {}", run.collection(), cleanup.getMessage());
        }
    }

    private void readEverything(RebuildRun run, MongoCollection<Document> target) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties());
                RebuildWrites writes = new RebuildWrites()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.TICKETS, Topics.SLA, Topics.KNOWLEDGE)) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic);
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
                }
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions));
            long total = 0;
            Set<TopicPartition> remaining = new HashSet<>();
            for (TopicPartition partition : partitions) {
                long records = ends.get(partition) - beginnings.get(partition);
                total += records;
                if (records > 0) {
                    remaining.add(partition);
                }
            }
            run.reading(total);
            consumer.seekToBeginning(partitions);
            long lastHeartbeat = 0;
            HeldTicketChanges held = new HeldTicketChanges();
            PartitionTimes times = new PartitionTimes(ALIGNMENT_SLACK);
            while (!remaining.isEmpty()) {
                if (System.currentTimeMillis() - lastHeartbeat > HEARTBEAT.toMillis()) {
                    projections.heartbeat(run.collection());
                    lastHeartbeat = System.currentTimeMillis();
                }
                if (stopping) {
                    throw new IllegalStateException("the service is stopping");
                }
                long notHeld = 0;
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < ends.get(partition) && !translate(target, record, partition, held, times)) {
                        notHeld++;
                    }
                    while (held.size() > heldEvents) {
                        release(run, target, held, writes);
                    }
                }
                // records that hold nothing back (knowledge, unreadable) are done once read
                run.read(notHeld);
                remaining.removeIf(partition -> consumer.position(partition) >= ends.get(partition));
                Set<TopicPartition> ahead = times.ahead(remaining);
                consumer.pause(ahead);
                consumer.resume(remaining.stream().filter(partition -> !ahead.contains(partition)).toList());
            }
            while (held.size() > 0) {
                release(run, target, held, writes);
            }
            writes.awaitWritten();
        }
    }

    /** Writes the quietest tickets' events, a batch at a time (at most as many as may be held). */
    private void release(RebuildRun run, MongoCollection<Document> target, HeldTicketChanges held,
            RebuildWrites writes) {
        List<TicketChange> batch = held.releaseQuietest(Math.min(BATCH_RECORDS, heldEvents));
        writes.submit(() -> apply(run, target, batch));
    }

    /** One batch of released events, in one read and one bulk write (D101); done once written. */
    private void apply(RebuildRun run, MongoCollection<Document> target, List<TicketChange> changes) {
        projection.applyAllTo(target, changes);
        run.read(changes.size());
    }

    /**
     * Holds a ticket or SLA record's event back with its ticket's others, and notes how far its
     * partition has been read; applies a knowledge record at once (few, and to other collections).
     * Whether the record's event is held.
     */
    private boolean translate(MongoCollection<Document> target, ConsumerRecord<byte[], byte[]> record,
            TopicPartition partition, HeldTicketChanges held, PartitionTimes times) {
        try {
            CloudEvent event = codec.decode(record.value());
            if (event.getTime() != null) {
                times.read(partition, event.getTime().toInstant());
            }
            Optional<TicketChange> change;
            if (Topics.TICKETS.equals(record.topic())) {
                change = tickets.translate(event).map(TicketChange::of);
            } else if (Topics.SLA.equals(record.topic())) {
                change = sla.translate(event).map(TicketChange::of);
            } else {
                knowledge.deflection(event).ifPresent(deflection -> articles.applyTo(
                        projections.deflectionsOf(target), deflection));
                knowledge.translate(event).ifPresent(article -> articles.applyTo(projections.articlesOf(target),
                        article));
                change = Optional.empty();
            }
            change.ifPresent(held::add);
            return change.isPresent();
        } catch (MalformedEventException unreadable) {
            log.debug("Skipped unreadable record {}-{}@{}", record.topic(), record.partition(), record.offset());
            return false;
        }
    }

    private Map<String, Object> consumerProperties() {
        Map<String, Object> properties = new HashMap<>(kafka.buildConsumerProperties());
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        // one bulk write per poll: bigger polls, fewer round trips; a few MB of records at most
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS);
        properties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024);
        return properties;
    }
}
