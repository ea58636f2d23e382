package dev.helpdesk.reporting.integration;

import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.reporting.query.ApplyOutcome;
import dev.helpdesk.reporting.query.TicketChange;
import dev.helpdesk.reporting.query.TicketFactsProjection;
import io.cloudevents.CloudEvent;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Applies one poll's records of the tickets or the SLA topic to the projection as one batch
 * (D103): one read and one bulk write instead of both per record. It returns only once the
 * projection has written, so the poll's offsets are committed after the write. A failure names
 * the record it concerns ({@link BatchListenerFailedException}), so that the listener container
 * treats it as it treated a single record's (RetryUntilMongoIsBack): the records before it are
 * committed, it is retried or dead-lettered, the ones after it are delivered again.
 *
 * <ul>
 *   <li>a record that cannot be read: the ones before it are applied, it goes to the dead-letter
 *       topic;</li>
 *   <li>MongoDB unreachable or timing out: the batch's first record waits for it (retried for as
 *       long as it takes), the whole batch is delivered again;</li>
 *   <li>any other failure: the batch is applied again one record at a time, and the record that
 *       fails alone is the one retried and then dead-lettered, never a good one beside it.</li>
 * </ul>
 *
 * Every event is idempotent (its sequence or SLA key), so applying part of a batch twice changes
 * nothing.
 */
@Component
class ProjectionBatches {

    private final CloudEventCodec codec;
    private final TicketFactsProjection projection;
    private final EventMetrics metrics;

    ProjectionBatches(CloudEventCodec codec, TicketFactsProjection projection, EventMetrics metrics) {
        this.codec = codec;
        this.projection = projection;
        this.metrics = metrics;
    }

    /**
     * @param topic     the metrics' topic tag ({@link EventMetrics#TICKETS} or {@link EventMetrics#SLA})
     * @param translate the event's change to the projection, or empty for a type the reports do not count
     */
    void apply(String topic, List<byte[]> records, Function<CloudEvent, Optional<TicketChange>> translate) {
        List<Read> read = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                CloudEvent event = codec.decode(records.get(i));
                read.add(new Read(translate.apply(event), event.getTime()));
            } catch (RuntimeException unreadable) {
                applyAll(topic, read);
                throw new BatchListenerFailedException(DeadLetters.reasonOf(unreadable), unreadable, i);
            }
        }
        applyAll(topic, read);
    }

    private void applyAll(String topic, List<Read> read) {
        List<TicketChange> changes = read.stream().flatMap(record -> record.change().stream()).toList();
        List<ApplyOutcome> outcomes;
        try {
            outcomes = projection.applyAll(changes);
        } catch (RuntimeException failure) {
            if (TransientFailures.isTransient(failure) || read.isEmpty()) {
                throw new BatchListenerFailedException(DeadLetters.reasonOf(failure), failure, 0);
            }
            applyOneByOne(topic, read);
            return;
        }
        outcomes.forEach(outcome -> metrics.counted(topic, outcome));
        counted(topic, read);
    }

    /** After a failure of the whole batch: the record that fails alone is the one to blame. */
    private void applyOneByOne(String topic, List<Read> read) {
        for (int i = 0; i < read.size(); i++) {
            Optional<TicketChange> change = read.get(i).change();
            try {
                change.ifPresent(applied -> metrics.counted(topic, projection.apply(applied)));
            } catch (RuntimeException failure) {
                throw new BatchListenerFailedException(DeadLetters.reasonOf(failure), failure, i);
            }
            counted(topic, List.of(read.get(i)));
        }
    }

    private void counted(String topic, List<Read> read) {
        for (Read record : read) {
            if (record.change().isEmpty()) {
                metrics.skipped(topic);
            }
            metrics.read(record.time());
        }
    }

    /** A record as read: its change (none for a type not counted) and its event's time. */
    private record Read(Optional<TicketChange> change, OffsetDateTime time) {
    }
}
