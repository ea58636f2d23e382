package dev.helpdesk.reporting.integration;

import dev.helpdesk.contracts.Topics;
import dev.helpdesk.platform.events.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.integration.StaticMessageHeaderAccessor;
import org.springframework.integration.annotation.ServiceActivator;
import org.springframework.integration.context.IntegrationContextUtils;
import org.springframework.messaging.support.ErrorMessage;
import org.springframework.stereotype.Component;

/**
 * Counts the records of the tickets topic that the binder gave up on. The binder sends each to
 * the binding's own error channel, where its dead-letter handler publishes it to the DLQ and then
 * a bridge forwards it here, to the application's global error channel. (The binding's channel
 * has a name generated per binder instance, so it cannot be subscribed to by name.)
 */
@Component
class DeadLetterCounter {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterCounter.class);

    private final TicketEventMetrics metrics;

    DeadLetterCounter(TicketEventMetrics metrics) {
        this.metrics = metrics;
    }

    @ServiceActivator(inputChannel = IntegrationContextUtils.ERROR_CHANNEL_BEAN_NAME)
    void count(ErrorMessage error) {
        Object source = StaticMessageHeaderAccessor.getSourceData(error);
        if (source instanceof ConsumerRecord<?, ?> record && Topics.TICKETS.equals(record.topic())) {
            metrics.deadLettered();
            log.warn("Record {}-{}@{} went to {}: {}", record.topic(), record.partition(), record.offset(),
                    Topics.deadLetterOf(Topics.TICKETS), reasonOf(error.getPayload()));
        }
    }

    /** Our own account of a broken record if there is one, else the deepest cause. */
    private static String reasonOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MalformedEventException malformed) {
                return malformed.getMessage();
            }
        }
        return NestedExceptionUtils.getMostSpecificCause(failure).getMessage();
    }
}
