package dev.helpdesk.ticket.query;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The queue projection keeps Axon's default processor (tracking, one segment, token in Mongo),
 * tunable under {@code axon.eventhandling.processors.ticket-queues}.
 */
@Configuration(proxyBeanMethods = false)
class TicketQueueProcessing {

    /**
     * A failed write must not be logged and skipped (the ticket would stay stale in every queue):
     * propagating keeps the token where it is and the processor retries with back-off.
     */
    @Bean
    ConfigurerModule ticketQueueErrorsPropagate() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                TicketQueueProjection.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
