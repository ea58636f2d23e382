package dev.helpdesk.customer.seed;

import dev.helpdesk.customer.directory.CustomerAdministration;
import dev.helpdesk.customer.directory.CustomerIdTaken;
import dev.helpdesk.eventsourcing.MessageMetadata;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Registers the demo directory at start-up ({@code helpdesk.customers.seed-demo}, on by default).
 * Each record goes through the aggregate, so it has its history and its events on Kafka; one that
 * exists already (a restart, a second instance) meets the event store's unique index and is left
 * as it is, including any change made to it since.
 */
@Component
@ConditionalOnProperty(name = "helpdesk.customers.seed-demo", havingValue = "true", matchIfMissing = true)
class DemoDirectorySeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectorySeeder.class);
    private static final Map<String, ?> SEEDER = Map.of(MessageMetadata.ACTOR_ID, "customer-service");

    private final CustomerAdministration administration;

    DemoDirectorySeeder(CustomerAdministration administration) {
        this.administration = administration;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        int registered = 0;
        try {
            administration.registerOrganization(DemoDirectory.ORGANIZATION_ID, DemoDirectory.ORGANIZATION_NAME,
                    DemoDirectory.ORGANIZATION_DOMAIN, SEEDER);
            registered++;
        } catch (CustomerIdTaken exists) {
            // seeded before
        }
        for (DemoDirectory.DemoCustomer customer : DemoDirectory.CUSTOMERS) {
            try {
                administration.register(customer.id(), customer.profile(), SEEDER);
                registered++;
            } catch (CustomerIdTaken exists) {
                // seeded before
            }
        }
        log.info("Demo directory: {} records registered, the others were there", registered);
    }
}
