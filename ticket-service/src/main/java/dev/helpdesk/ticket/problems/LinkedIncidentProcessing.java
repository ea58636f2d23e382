package dev.helpdesk.ticket.problems;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The recorder keeps Axon's default processor (tracking, one segment, token in Mongo), tunable
 * under {@code axon.eventhandling.processors.problem-incidents}.
 */
@Configuration(proxyBeanMethods = false)
class LinkedIncidentProcessing {

    /**
     * A failed command must not be logged and skipped (the problem would never list the
     * incident): propagating keeps the token where it is and the processor retries with back-off.
     */
    @Bean
    ConfigurerModule linkedIncidentErrorsPropagate() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                LinkedIncidentRecorder.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
