package dev.helpdesk.reporting.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
     * The indexes of the queries still answered from the documents (docs/reports.md): the
     * export, the management report, the SLA breaches and risks, the knowledge report. The summary
     * and the breakdowns are read from the report cube (D105), not from these.
     */
    static final List<Bson> INDEXES = List.of(
            Indexes.ascending(TicketFields.OPENED_AT),
            Indexes.ascending(TicketFields.FIRST_RESPONSE_SLA_AT),
            Indexes.ascending(TicketFields.RESOLUTION_SLA_AT),
            Indexes.ascending(TicketFields.CANCELLED_AT),
            Indexes.ascending(TicketFields.RESOLVED_TIMES),
            Indexes.ascending(TicketFields.REOPENED_TIMES),
            Indexes.ascending(TicketFields.OPEN, TicketFields.GROUP_ID),
            Indexes.ascending(TicketFields.ARTICLE_RESOLUTIONS + "." + TicketFields.ARTICLE_RESOLUTION_AT),
            Indexes.ascending(TicketFields.SLA_RISK, TicketFields.SLA_RISK_AT));

    /**
     * Indexes earlier versions kept for the summary and the breakdowns, which no query uses since
     * the report cube (D105, D109). Every write paid for them: on the embedded MongoDB-wire node
     * a third of an insert's CPU went into its in-memory indexes. They are dropped where found.
     */
    static final List<String> RETIRED_INDEXES = List.of(
            TicketFields.FIRST_RESPONSE_AT + "_1",
            TicketFields.FINAL_RESOLVED_AT + "_1",
            TicketFields.CLOSED_AT + "_1",
            TicketFields.ESCALATED_TIMES + "_1",
            TicketFields.ASSIGNEE_ID + "_1");

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
            Set<String> present = new HashSet<>();
            tickets.listIndexes().forEach(index -> present.add(index.getString("name")));
            RETIRED_INDEXES.stream().filter(present::contains).forEach(tickets::dropIndex);
        } catch (RuntimeException e) {
            log.warn("Could not create the indexes of {}: {}", TicketFacts.COLLECTION, e.getMessage());
        }
    }
}
