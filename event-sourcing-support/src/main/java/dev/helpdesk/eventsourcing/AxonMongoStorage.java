package dev.helpdesk.eventsourcing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A service's events live in its MongoDB database ({@code spring.mongodb.database}), one document
 * per event (Axon's Mongo extension, wired by hand: its Boot starter insists on a Mongo transaction
 * manager, which the embedded server cannot serve). Tracking tokens live there too, so a processor
 * such as a Kafka publisher resumes where it stopped.
 */
@Configuration(proxyBeanMethods = false)
public class AxonMongoStorage {

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client, @Value("${spring.mongodb.database}") String database) {
        return DefaultMongoTemplate.builder().mongoDatabase(client, database).build();
    }

    /**
     * Tracking processors read the store by event timestamp; an event committed later than the
     * look-back window after its timestamp would be skipped, so such an event is stamped anew
     * ({@link LateCommitRestamping}). The window's event ids go with every tracking query and every
     * stored token, so it is kept at Axon's own default of one second (D116). Under load, a tracking
     * read that follows one which found little waits for the linger first (D117).
     */
    @Bean
    EventStorageEngine eventStorageEngine(MongoTemplate axonMongoTemplate,
            @Qualifier("eventSerializer") Serializer eventSerializer, Serializer serializer,
            @Value("${helpdesk.axon.tracking-look-back:1s}") Duration lookBack,
            @Value("${helpdesk.axon.tracking-linger:25ms}") Duration linger, MeterRegistry meters) {
        return MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .storageStrategy(new LateCommitRestamping(EventEntryConfiguration.getDefault(), lookBack,
                        linger, Clock.systemUTC(), meters))
                .build();
    }

    /**
     * Axon's own event store, with a smaller read-ahead cache than its default of 10,000 events.
     * Each cached event carries its tracking token, and a Mongo tracking token holds the ids of
     * every event within the look-back window: at 120 events/s, 10,000 cached events held about
     * five million map entries (200 MB, most of the heap) and drove the service into full GCs.
     * Processors that fall further behind than the cache read the store themselves.
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon,
            @Value("${helpdesk.axon.cached-events:1000}") int cachedEvents) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .cachedEvents(cachedEvents)
                .build();
    }

    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoTokenStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer).build();
    }

    /** Axon still speaks Jackson 2; events and tokens are stored as plain JSON with ISO dates. */
    @Bean
    ObjectMapper axonObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
