package dev.helpdesk.knowledge.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dev.helpdesk.knowledge.api.DeflectionRecorded;
import dev.helpdesk.knowledge.api.RecordDeflection;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A portal search that deflected a ticket, identified by the search's id: an aggregate so that the
 * deflection is stored as an event and published from the event store like every other event of the
 * service (at least once, never lost), and so that settling the same search twice (a crash between
 * recording and marking it, two instances) records it once.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class PortalSearchDeflection {

    @AggregateIdentifier
    private String searchId;
    private boolean recorded;

    protected PortalSearchDeflection() {
        // for Axon: the state is rebuilt from the events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordDeflection command) {
        if (recorded || command.articleIds().isEmpty()) {
            return; // settled before, or nothing to credit
        }
        apply(new DeflectionRecorded(command.searchId(), command.articleIds(), command.searchedAt()));
    }

    @EventSourcingHandler
    void on(DeflectionRecorded event) {
        searchId = event.searchId();
        recorded = true;
    }
}
