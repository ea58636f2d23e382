package dev.helpdesk.knowledge.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A portal search that showed these articles (best first) and was not followed by a ticket. */
@Revision("1")
public record DeflectionRecorded(
        String searchId,
        List<String> articleIds,
        Instant searchedAt) {

    public DeflectionRecorded {
        articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
    }
}
