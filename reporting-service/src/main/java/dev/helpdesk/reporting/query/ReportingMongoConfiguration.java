package dev.helpdesk.reporting.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.time.Clock;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
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

    /**
     * One index per moment a figure selects its tickets by (docs/reports.md), and the group,
     * which an agent's reports are limited to and the backlog is broken down by.
     */
    static final List<Bson> INDEXES = List.of(
            Indexes.ascending(TicketFields.OPENED_AT),
            Indexes.ascending(TicketFields.FIRST_RESPONSE_AT),
            Indexes.ascending(TicketFields.FINAL_RESOLVED_AT),
            Indexes.ascending(TicketFields.FIRST_RESPONSE_SLA_AT),
            Indexes.ascending(TicketFields.RESOLUTION_SLA_AT),
            Indexes.ascending(TicketFields.CLOSED_AT),
            Indexes.ascending(TicketFields.CANCELLED_AT),
            Indexes.ascending(TicketFields.RESOLVED_TIMES),
            Indexes.ascending(TicketFields.REOPENED_TIMES),
            Indexes.ascending(TicketFields.ESCALATED_TIMES),
            Indexes.ascending(TicketFields.OPEN, TicketFields.GROUP_ID),
            Indexes.ascending(TicketFields.ASSIGNEE_ID),
            Indexes.ascending(TicketFields.ARTICLE_RESOLUTIONS + "." + TicketFields.ARTICLE_RESOLUTION_AT),
            Indexes.ascending(TicketFields.SLA_RISK, TicketFields.SLA_RISK_AT));

    @Bean
    MongoDatabase reportingDatabase(MongoClient mongo, @Value("${spring.mongodb.database}") String database) {
        return mongo.getDatabase(database);
    }

    /** The reports' "now", which the backlog's ages are measured from. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The indexes only make the reports faster, so a Mongo that is down at start does not stop
     * the service: it reports itself not ready instead, and the next start creates them
     * (creating an existing index is a no-op).
     */
    @Bean
    ApplicationRunner ticketFactsIndexes(ProjectionState projections) {
        return arguments -> {
            try {
                projections.prepare(projections.servingName());
            } catch (RuntimeException e) {
                log.warn("Could not read which collection serves the reports: {}", e.getMessage());
            }
        };
    }

    /**
     * Reads the report cube in the background at start (D105): with a million tickets that takes a
     * while, during which the reports answer 503 and the projection waits; the service itself is
     * up and ready meanwhile. A failure (MongoDB down) is retried by the first report or write.
     */
    @Bean
    ApplicationRunner reportCube(ReportCubes cubes) {
        return arguments -> {
            Thread reading = new Thread(() -> {
                try {
                    cubes.prepare();
                } catch (RuntimeException e) {
                    log.warn("Could not read the report cube at start; the first report or event will: {}",
                            e.getMessage());
                }
            }, "report-cube");
            reading.setDaemon(true);
            reading.start();
        };
    }

    static void createIndexes(MongoCollection<Document> tickets) {
        try {
            INDEXES.forEach(tickets::createIndex);
        } catch (RuntimeException e) {
            log.warn("Could not create the indexes of {}: {}", TicketFacts.COLLECTION, e.getMessage());
        }
    }
}
