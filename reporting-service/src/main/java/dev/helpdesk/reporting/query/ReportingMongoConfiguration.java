package dev.helpdesk.reporting.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's own database, holding nothing but projections that can be rebuilt. */
@Configuration(proxyBeanMethods = false)
class ReportingMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReportingMongoConfiguration.class);

    @Bean
    MongoDatabase reportingDatabase(MongoClient mongo, @Value("${spring.mongodb.database}") String database) {
        return mongo.getDatabase(database);
    }

    /**
     * Every report selects tickets by opening time. The index only makes that faster, so a Mongo
     * that is down at start does not stop the service: it reports itself not ready instead, and
     * the next start creates the index (creating an existing index is a no-op).
     */
    @Bean
    ApplicationRunner ticketFactsIndexes(MongoDatabase reportingDatabase) {
        return arguments -> {
            try {
                reportingDatabase.getCollection(TicketFacts.COLLECTION)
                        .createIndex(Indexes.ascending(TicketFacts.OPENED_AT));
            } catch (RuntimeException e) {
                log.warn("Could not create the index on {}.{}: {}", TicketFacts.COLLECTION, TicketFacts.OPENED_AT,
                        e.getMessage());
            }
        };
    }
}
