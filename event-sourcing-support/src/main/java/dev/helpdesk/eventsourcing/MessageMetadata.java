package dev.helpdesk.eventsourcing;

import java.util.List;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who and which request caused a command travel with it as metadata, and Axon copies them onto
 * every event the command produces: the history shows the actor, Kafka gets the trace context.
 */
@Configuration(proxyBeanMethods = false)
public class MessageMetadata {

    /** The subject of the caller's token. */
    public static final String ACTOR_ID = "actorId";
    /** W3C trace context of the request. */
    public static final String TRACEPARENT = "traceparent";
    /** The gateway's {@code X-Correlation-Id}. */
    public static final String REQUEST_ID = "requestId";

    public static final List<String> PROPAGATED = List.of(ACTOR_ID, TRACEPARENT, REQUEST_ID);

    @Bean
    CorrelationDataProvider requestMetadataProvider() {
        return new SimpleCorrelationDataProvider(PROPAGATED.toArray(String[]::new));
    }
}
