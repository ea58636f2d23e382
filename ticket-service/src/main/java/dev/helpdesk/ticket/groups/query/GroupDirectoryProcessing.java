package dev.helpdesk.ticket.groups.query;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The directory's processing group keeps Axon's default processor (tracking, one segment, token
 * in Mongo), so it can be tuned under {@code axon.eventhandling.processors.group-directory}.
 */
@Configuration(proxyBeanMethods = false)
class GroupDirectoryProcessing {

    /**
     * Axon's default error handler logs a failing handler and moves on, which would leave a group
     * stale in the listing for good. Propagating keeps the token where it is, and the processor
     * retries with back-off until the write succeeds.
     */
    @Bean
    ConfigurerModule groupDirectoryErrorsPropagate() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                GroupDirectoryProjection.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
