package dev.helpdesk.eventsourcing;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's default error handler logs a failing event handler and moves on. For every processor of
 * our services that would lose something for good: an event never on Kafka, a ticket stale in
 * every queue, a customer stale in the directory.
 * Propagating keeps the processor's token where it is, and the processor retries with back-off
 * until the handler succeeds; each handler is safe to run again on the same event.
 */
@Configuration(proxyBeanMethods = false)
public class EventHandlerErrors {

    @Bean
    ConfigurerModule eventHandlerErrorsPropagate() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
