package dev.helpdesk.customer;

import dev.helpdesk.eventsourcing.EventSourcing;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The customer directory: organisations and customers (requesters) as event-sourced Axon
 * aggregates stored in MongoDB, their shared profile (VIP flag, tier, active) published on
 * {@code helpdesk.customers.v1}; the devices assigned to them; erasure of their personal data;
 * monitoring alerts from Alertmanager's webhook, published on {@code helpdesk.channels.v1} for the
 * ticket service to turn into incidents; and the e-mail notifications of ticket events. Inbound
 * e-mail and satisfaction surveys come with later slices of issue 6.
 */
@SpringBootApplication
@Import(EventSourcing.class)
public class CustomerServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CustomerServiceApplication.class, args);
    }
}
