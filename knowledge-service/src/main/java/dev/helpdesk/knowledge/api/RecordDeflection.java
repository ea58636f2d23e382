package dev.helpdesk.knowledge.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that a customer's portal search deflected a ticket: it showed these articles and no ticket
 * of that customer followed within the window. A search is recorded once: a repeat records nothing.
 */
public record RecordDeflection(
        @TargetAggregateIdentifier String searchId,
        List<String> articleIds,
        Instant searchedAt) {

    public RecordDeflection {
        articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
    }
}
