package dev.helpdesk.customer.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.helpdesk.customer.api.OrganizationRegistered;
import dev.helpdesk.customer.api.OrganizationState;
import dev.helpdesk.customer.api.RegisterOrganization;
import java.time.Instant;
import java.util.Locale;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** An organisation that customers belong to. Its domain is kept in lower case, as mail reads it. */
@Aggregate
class Organization {

    @AggregateIdentifier
    private String organizationId;
    private String name;
    private String domain;
    private Instant createdAt;

    protected Organization() {
        // for Axon: the state is rebuilt from the events
    }

    /** Answers the organisation as registered; a second registration of the id meets the event store's unique index. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    OrganizationState handle(RegisterOrganization command) {
        CustomerRules.requireValidOrganization(command.name(), command.domain());
        apply(new OrganizationRegistered(command.organizationId(), command.name().strip(),
                command.domain() == null ? null : command.domain().strip().toLowerCase(Locale.ROOT)));
        return new OrganizationState(organizationId, name, domain, createdAt);
    }

    @EventSourcingHandler
    void on(OrganizationRegistered event, @Timestamp Instant at) {
        organizationId = event.organizationId();
        name = event.name();
        domain = event.domain();
        createdAt = Customer.stored(at);
    }
}
