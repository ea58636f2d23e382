package dev.helpdesk.reporting.integration;

import dev.helpdesk.platform.events.MalformedEventException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Sends a record the service gave up on to its topic's dead-letter topic, byte for byte, with
 * the headers the binder's own dead-lettering wrote before (docs/events.md: the reason in
 * {@code x-exception-message}, and where the record came from), then counts and logs it.
 */
final class DeadLetters implements ConsumerRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final DeadLetterPublishingRecoverer publisher;
    private final String topic;
    private final EventMetrics metrics;

    DeadLetters(KafkaTemplate<byte[], byte[]> template,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> destination, String topic, EventMetrics metrics) {
        this.publisher = new DeadLetterPublishingRecoverer(template, destination);
        this.publisher.setHeadersFunction(DeadLetters::headers);
        // A dead letter not acknowledged by Kafka fails the recovery, so the record is tried again.
        this.publisher.setFailIfSendResultIsError(true);
        this.topic = topic;
        this.metrics = metrics;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception failure) {
        publisher.accept(record, failure);
        metrics.deadLettered(topic);
        log.warn("Record {}-{}@{} went to the dead-letter topic: {}", record.topic(), record.partition(),
                record.offset(), reasonOf(failure));
    }

    private static Headers headers(ConsumerRecord<?, ?> record, Exception failure) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, "x-exception-message", reasonOf(failure));
        add(headers, "x-exception-fqcn", NestedExceptionUtils.getMostSpecificCause(failure).getClass().getName());
        add(headers, "x-original-topic", record.topic());
        add(headers, "x-original-partition", Integer.toString(record.partition()));
        add(headers, "x-original-offset", Long.toString(record.offset()));
        return headers;
    }

    /** Our own account of a broken record if there is one, else the deepest cause. */
    static String reasonOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MalformedEventException malformed) {
                return malformed.getMessage();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        String message = NestedExceptionUtils.getMostSpecificCause(failure).getMessage();
        return message == null ? failure.getClass().getName() : message;
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
