package dev.helpdesk.eventsourcing;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * What an event-sourced service imports ({@code @Import(EventSourcing.class)} on its application
 * class): the event store and tokens in its Mongo database, request metadata on every event,
 * handlers that retry rather than skip, and timed command dispatch. A plain import rather than an
 * auto-configuration, so that these beans are the application's own and Axon's auto-configuration
 * backs off from them, as it did when each service declared them itself.
 */
@Configuration(proxyBeanMethods = false)
@Import({AxonMongoStorage.class, MessageMetadata.class, EventHandlerErrors.class})
public class EventSourcing {

    @Bean
    CommandDispatch commandDispatch(CommandGateway commands, MeterRegistry meters) {
        return new CommandDispatch(commands, meters);
    }
}
