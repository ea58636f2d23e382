package dev.helpdesk.knowledge.query;

import dev.helpdesk.knowledge.api.ArticleKind;
import dev.helpdesk.knowledge.api.ArticleStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An article as its events tell it, read straight from the event store: always current, right
 * after the caller's own command too.
 *
 * @param sequence         how many events the article has: its ETag
 * @param versions         every content version, oldest first
 * @param publishedVersion the version readers see, or null (none yet, or retired)
 * @param retiredReason    why it was retired, or null
 * @param problemId        the PROBLEM ticket a known error was drawn from, or null
 */
public record ArticleState(UUID id, ArticleKind kind, String language, ArticleStatus status, long sequence,
        List<ArticleVersion> versions, Integer publishedVersion, Instant createdAt, Instant updatedAt,
        String retiredReason, String problemId) {

    public ArticleVersion latest() {
        return versions.get(versions.size() - 1);
    }

    public Optional<ArticleVersion> version(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
    }

    public Optional<ArticleVersion> published() {
        return publishedVersion == null ? Optional.empty() : version(publishedVersion);
    }
}
