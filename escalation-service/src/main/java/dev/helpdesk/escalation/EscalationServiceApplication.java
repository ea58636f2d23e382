package dev.helpdesk.escalation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * SLA policies, business-hours calendars, one SLA clock per ticket, escalations and
 * recurring-incident detection. Until those land it runs, connects to MongoDB and Kafka, and
 * reports its health; it serves no API it does not really implement.
 */
@SpringBootApplication
public class EscalationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EscalationServiceApplication.class, args);
    }
}
