package dev.helpdesk.customer;

import dev.helpdesk.eventsourcing.EventSourcing;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The customer directory: organisations and customers (requesters) as event-sourced Axon
 * aggregates stored in MongoDB, their shared profile (VIP flag, tier, active) published on
 * {@code helpdesk.customers.v1}. Assets, the e-mail channel and monitoring alerts come with later
 * slices of issue 6.
 */
@SpringBootApplication
@Import(EventSourcing.class)
public class CustomerServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CustomerServiceApplication.class, args);
    }
}
