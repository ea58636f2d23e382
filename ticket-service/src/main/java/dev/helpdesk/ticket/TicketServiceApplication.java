package dev.helpdesk.ticket;

import dev.helpdesk.eventsourcing.EventSourcing;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * Tickets (incidents, service requests, problems) as event-sourced Axon aggregates stored in
 * MongoDB and published to Kafka as CloudEvents.
 */
@SpringBootApplication
@Import(EventSourcing.class)
public class TicketServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TicketServiceApplication.class, args);
    }
}
