package dev.helpdesk.knowledge;

import dev.helpdesk.eventsourcing.EventSourcing;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * How-to, FAQ and known-error articles: event-sourced with their versions and publishing workflow
 * (events in MongoDB, published on {@code helpdesk.knowledge.v1}), and full-text search in English
 * and German from a Lucene index that is a projection of those events. It reads the ticket events
 * to suggest articles for each new ticket (published on the same topic), to count the tickets
 * resolved with each article and to draw known-error drafts from resolved problems; readers' votes,
 * views and deflected portal searches show how much each article helps.
 */
@SpringBootApplication
@Import(EventSourcing.class)
@EnableScheduling
public class KnowledgeServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(KnowledgeServiceApplication.class, args);
    }
}
