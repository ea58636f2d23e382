package dev.helpdesk.ticket;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Tickets (incidents, service requests, problems) as event-sourced Axon aggregates stored in
 * MongoDB and published to Kafka as CloudEvents.
 */
@SpringBootApplication
public class TicketServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TicketServiceApplication.class, args);
    }
}
