package dev.helpdesk.knowledge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * How-to, FAQ and known-error articles: versions, the publishing workflow, full-text search and suggestions. Until those land it runs, connects to MongoDB and Kafka, and reports its health; it
 * serves no API it does not really implement.
 */
@SpringBootApplication
public class KnowledgeServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(KnowledgeServiceApplication.class, args);
    }
}
