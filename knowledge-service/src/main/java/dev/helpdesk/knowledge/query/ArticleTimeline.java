package dev.helpdesk.knowledge.query;

import dev.helpdesk.eventsourcing.MessageMetadata;
import dev.helpdesk.knowledge.api.ArticleContent;
import dev.helpdesk.knowledge.api.ArticleCreated;
import dev.helpdesk.knowledge.api.ArticleKind;
import dev.helpdesk.knowledge.api.ArticlePublished;
import dev.helpdesk.knowledge.api.ArticleRetired;
import dev.helpdesk.knowledge.api.ArticleStatus;
import dev.helpdesk.knowledge.api.ArticleSubmittedForReview;
import dev.helpdesk.knowledge.api.ArticleUpdated;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads an article from its own events (as the ticket service reads a ticket, decisions D8): an
 * article has tens of events at most, so folding them per request costs little, and the answer is
 * current the moment a command returns, with every version and who wrote it.
 */
@Component
public class ArticleTimeline {

    private final EventStore events;

    public ArticleTimeline(EventStore events) {
        this.events = events;
    }

    public Optional<ArticleState> current(UUID articleId) {
        Fold fold = new Fold();
        DomainEventStream stream = events.readEvents(articleId.toString());
        while (stream.hasNext()) {
            fold.apply(stream.next());
        }
        return Optional.ofNullable(fold.state());
    }

    /** The article's state, built up one event at a time. */
    private static final class Fold {

        private UUID id;
        private ArticleKind kind;
        private String language;
        private ArticleStatus status;
        private long sequence;
        private final List<ArticleVersion> versions = new ArrayList<>();
        private Integer publishedVersion;
        private Instant createdAt;
        private Instant updatedAt;
        private String retiredReason;
        private String problemId;

        void apply(DomainEventMessage<?> message) {
            Object event = message.getPayload();
            Instant at = message.getTimestamp();
            String actor = (String) message.getMetaData().get(MessageMetadata.ACTOR_ID);
            sequence = message.getSequenceNumber() + 1;
            updatedAt = at;
            if (event instanceof ArticleCreated created) {
                id = created.articleId();
                kind = created.kind();
                language = created.language();
                status = ArticleStatus.DRAFT;
                createdAt = at;
                problemId = created.problemId();
                addVersion(1, authorOf(created.authorId(), actor), at, created.content());
            } else if (event instanceof ArticleUpdated updated) {
                status = ArticleStatus.DRAFT;
                addVersion(updated.version(), authorOf(updated.authorId(), actor), at, updated.content());
            } else if (event instanceof ArticleSubmittedForReview) {
                status = ArticleStatus.IN_REVIEW;
            } else if (event instanceof ArticlePublished published) {
                status = ArticleStatus.PUBLISHED;
                publishedVersion = published.version();
                versions.set(published.version() - 1, versions.get(published.version() - 1).publishedAt(at));
            } else if (event instanceof ArticleRetired retired) {
                status = ArticleStatus.RETIRED;
                retiredReason = retired.reason();
            }
        }

        private void addVersion(int version, String author, Instant at, ArticleContent content) {
            ArticleContent before = versions.isEmpty() ? null : versions.get(versions.size() - 1).content();
            versions.add(new ArticleVersion(version, author, at, VersionDiff.summary(before, content), content, null));
        }

        private static String authorOf(String named, String actor) {
            return named != null ? named : actor;
        }

        ArticleState state() {
            if (id == null) {
                return null;
            }
            Integer readable = status == ArticleStatus.RETIRED ? null : publishedVersion;
            return new ArticleState(id, kind, language, status, sequence, List.copyOf(versions), readable, createdAt,
                    updatedAt, retiredReason, problemId);
        }
    }
}
