package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A portal search that deflected a ticket (helpdesk.knowledge.deflection-recorded.v1): the articles
 * it showed first are each credited with one deflection, at the moment of the search.
 */
public record DeflectionEvent(String searchId, String eventId, List<String> articleIds, Instant searchedAt) {

    public DeflectionEvent {
        Objects.requireNonNull(searchId, "searchId");
        Objects.requireNonNull(eventId, "eventId");
        articleIds = List.copyOf(articleIds);
        // Mongo dates hold milliseconds: the same moment on arrival and when read back.
        searchedAt = Objects.requireNonNull(searchedAt, "searchedAt").truncatedTo(ChronoUnit.MILLIS);
    }
}
