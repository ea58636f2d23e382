package dev.helpdesk.knowledge.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dev.helpdesk.knowledge.api.ArticlesSuggested;
import dev.helpdesk.knowledge.api.SuggestArticles;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * What the knowledge service told about one ticket, identified by the ticket's id: the articles
 * suggested for it when it was opened. An aggregate so that the suggestions are stored as an event
 * and published from the event store like every article event (at least once, never lost, DESIGN.md
 * section 3), and so that reading the same opened event twice records them once: the first
 * suggestion for a ticket is the only one.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class TicketSuggestions {

    @AggregateIdentifier
    private String ticketId;
    private boolean suggested;

    protected TicketSuggestions() {
        // for Axon: the state is rebuilt from the events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SuggestArticles command) {
        if (suggested) {
            return; // the opened event was read again: its suggestions are on record already
        }
        apply(new ArticlesSuggested(command.ticketId(), command.articles()));
    }

    @EventSourcingHandler
    void on(ArticlesSuggested event) {
        ticketId = event.ticketId();
        suggested = true;
    }
}
