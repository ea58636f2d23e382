package dev.helpdesk.platform.events;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.integration.StaticMessageHeaderAccessor;
import org.springframework.integration.annotation.ServiceActivator;
import org.springframework.integration.context.IntegrationContextUtils;
import org.springframework.messaging.support.ErrorMessage;

/**
 * Counts and logs the records of the consumed topics that a Spring Cloud Stream binding gave up on.
 * The binder sends each to the binding's own error channel, where its dead-letter handler publishes
 * it to the DLQ and then a bridge forwards it to the application's global error channel, where
 * this listens. (The binding's channel has a name generated per binder instance, so it cannot be
 * subscribed to by name.) A service declares a {@link Watched} bean per consumed topic, and the
 * platform's auto-configuration makes the one counter of them all: of two beans of this class only
 * one would be subscribed to the error channel.
 */
public final class DeadLetterCounter {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterCounter.class);

    /** One consumed topic: where its records are parked, and what to do for each (increment a metric). */
    public record Watched(String topic, String deadLetterTopic, Runnable count) {
    }

    private final Map<String, Watched> byTopic;

    /** A service that consumes one topic. */
    public DeadLetterCounter(String topic, String deadLetterTopic, Runnable count) {
        this(List.of(new Watched(topic, deadLetterTopic, count)));
    }

    public DeadLetterCounter(List<Watched> topics) {
        this.byTopic = topics.stream().collect(Collectors.toUnmodifiableMap(Watched::topic, watched -> watched));
    }

    @ServiceActivator(inputChannel = IntegrationContextUtils.ERROR_CHANNEL_BEAN_NAME)
    public void count(ErrorMessage error) {
        Object source = StaticMessageHeaderAccessor.getSourceData(error);
        if (source instanceof ConsumerRecord<?, ?> record && byTopic.containsKey(record.topic())) {
            Watched watched = byTopic.get(record.topic());
            watched.count().run();
            log.warn("Record {}-{}@{} went to {}: {}", record.topic(), record.partition(), record.offset(),
                    watched.deadLetterTopic(), reasonOf(error.getPayload()));
        }
    }

    /** Our own account of a broken record if there is one, else the deepest cause. */
    static String reasonOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MalformedEventException malformed) {
                return malformed.getMessage();
            }
        }
        return NestedExceptionUtils.getMostSpecificCause(failure).getMessage();
    }
}
