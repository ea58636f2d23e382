package dev.helpdesk.reporting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The query side of the platform: it owns no write model, only projections of the event streams
 * that can be thrown away and rebuilt from Kafka, and the reports computed from them.
 */
@SpringBootApplication
public class ReportingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReportingServiceApplication.class, args);
    }
}
