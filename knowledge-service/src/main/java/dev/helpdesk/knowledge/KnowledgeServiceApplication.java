package dev.helpdesk.knowledge;

import dev.helpdesk.eventsourcing.EventSourcing;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * How-to, FAQ and known-error articles: event-sourced with their versions and publishing workflow
 * (events in MongoDB, published on {@code helpdesk.knowledge.v1}), and full-text search in English
 * and German from a Lucene index that is a projection of those events. Suggestions for tickets
 * and feedback arrive with later slices of issue 5.
 */
@SpringBootApplication
@Import(EventSourcing.class)
public class KnowledgeServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(KnowledgeServiceApplication.class, args);
    }
}
