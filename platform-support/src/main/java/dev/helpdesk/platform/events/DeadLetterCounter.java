package dev.helpdesk.platform.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.integration.StaticMessageHeaderAccessor;
import org.springframework.integration.annotation.ServiceActivator;
import org.springframework.integration.context.IntegrationContextUtils;
import org.springframework.messaging.support.ErrorMessage;

/**
 * Counts and logs the records of one topic that a Spring Cloud Stream binding gave up on. The
 * binder sends each to the binding's own error channel, where its dead-letter handler publishes
 * it to the DLQ and then a bridge forwards it to the application's global error channel, where
 * this listens. (The binding's channel has a name generated per binder instance, so it cannot be
 * subscribed to by name.) Declare one as a bean per consumed topic.
 */
public final class DeadLetterCounter {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterCounter.class);

    private final String topic;
    private final String deadLetterTopic;
    private final Runnable count;

    /**
     * @param count what to do for each dead-lettered record of {@code topic} (increment a metric)
     */
    public DeadLetterCounter(String topic, String deadLetterTopic, Runnable count) {
        this.topic = topic;
        this.deadLetterTopic = deadLetterTopic;
        this.count = count;
    }

    @ServiceActivator(inputChannel = IntegrationContextUtils.ERROR_CHANNEL_BEAN_NAME)
    public void count(ErrorMessage error) {
        Object source = StaticMessageHeaderAccessor.getSourceData(error);
        if (source instanceof ConsumerRecord<?, ?> record && topic.equals(record.topic())) {
            count.run();
            log.warn("Record {}-{}@{} went to {}: {}", record.topic(), record.partition(), record.offset(),
                    deadLetterTopic, reasonOf(error.getPayload()));
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
