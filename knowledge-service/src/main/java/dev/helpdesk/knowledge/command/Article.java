package dev.helpdesk.knowledge.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dev.helpdesk.knowledge.api.ArticleContent;
import dev.helpdesk.knowledge.api.ArticleCreated;
import dev.helpdesk.knowledge.api.ArticleKind;
import dev.helpdesk.knowledge.api.ArticlePublished;
import dev.helpdesk.knowledge.api.ArticleRejected;
import dev.helpdesk.knowledge.api.ArticleRetired;
import dev.helpdesk.knowledge.api.ArticleStatus;
import dev.helpdesk.knowledge.api.ArticleSubmittedForReview;
import dev.helpdesk.knowledge.api.ArticleUpdated;
import dev.helpdesk.knowledge.api.CreateArticle;
import dev.helpdesk.knowledge.api.PublishArticle;
import dev.helpdesk.knowledge.api.RetireArticle;
import dev.helpdesk.knowledge.api.StaleArticleVersion;
import dev.helpdesk.knowledge.api.SubmitArticleForReview;
import dev.helpdesk.knowledge.api.UpdateArticle;
import java.util.Arrays;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An article's write model. Its workflow is DRAFT → IN_REVIEW → PUBLISHED → RETIRED. Every edit
 * makes a new content version (a DRAFT), also of a published article, whose published version
 * stays what readers see until the new one is published; RETIRED is final. State changes only in
 * the event sourcing handlers, so replaying the events always rebuilds the same article.
 */
@Aggregate
// Snapshots, should they be switched on, store the fields as JSON; there are no getters.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Article {

    @AggregateIdentifier
    private UUID articleId;
    private ArticleKind kind;
    private String language;
    private ArticleStatus status;
    /** The newest content version and what it says. */
    private int latestVersion;
    private ArticleContent latest;

    protected Article() {
        // for Axon: the state is rebuilt from the events
    }

    @CommandHandler
    Article(CreateArticle command) {
        ArticleRules.requireCreatable(command);
        apply(new ArticleCreated(command.articleId(), command.kind(), command.language(),
                ArticleRules.clean(command.content()), command.authorId(), command.problemId()));
    }

    @CommandHandler
    void handle(UpdateArticle command) {
        checkVersion(command.expectedVersion());
        requireStatus("edit", ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.PUBLISHED);
        ArticleContent edited = new ArticleContent(
                command.title() == null ? latest.title() : command.title(),
                command.body() == null ? latest.body() : command.body(),
                command.tags() == null ? latest.tags() : command.tags(),
                command.categories() == null ? latest.categories() : command.categories(),
                command.relatedService() == null ? latest.relatedService() : command.relatedService(),
                command.assetType() == null ? latest.assetType() : command.assetType());
        ArticleRules.requireValid(edited);
        ArticleContent cleaned = ArticleRules.clean(edited);
        if (cleaned.equals(latest)) {
            return; // the same content is not a new version
        }
        apply(new ArticleUpdated(articleId, latestVersion + 1, cleaned, command.authorId()));
    }

    @CommandHandler
    void handle(SubmitArticleForReview command) {
        checkVersion(command.expectedVersion());
        requireStatus("submit for review", ArticleStatus.DRAFT);
        apply(new ArticleSubmittedForReview(articleId, latestVersion));
    }

    @CommandHandler
    void handle(PublishArticle command) {
        checkVersion(command.expectedVersion());
        requireStatus("publish", ArticleStatus.IN_REVIEW);
        apply(new ArticlePublished(articleId, latestVersion, kind, language, latest));
    }

    /** Any article that is not yet retired may be: a published one, or a draft nobody wants. */
    @CommandHandler
    void handle(RetireArticle command) {
        checkVersion(command.expectedVersion());
        requireStatus("retire", ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.PUBLISHED);
        ArticleRules.requireValidReason(command.reason());
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
        apply(new ArticleRetired(articleId, reason));
    }

    @EventSourcingHandler
    void on(ArticleCreated event) {
        articleId = event.articleId();
        kind = event.kind();
        language = event.language();
        status = ArticleStatus.DRAFT;
        latestVersion = 1;
        latest = event.content();
    }

    @EventSourcingHandler
    void on(ArticleUpdated event) {
        status = ArticleStatus.DRAFT;
        latestVersion = event.version();
        latest = event.content();
    }

    @EventSourcingHandler
    void on(ArticleSubmittedForReview event) {
        status = ArticleStatus.IN_REVIEW;
    }

    @EventSourcingHandler
    void on(ArticlePublished event) {
        status = ArticleStatus.PUBLISHED;
    }

    @EventSourcingHandler
    void on(ArticleRetired event) {
        status = ArticleStatus.RETIRED;
    }

    /** The article's public version is its number of events: the ETag a caller sends back. */
    private void checkVersion(Long expectedVersion) {
        long current = AggregateLifecycle.getVersion() + 1;
        if (expectedVersion != null && expectedVersion != current) {
            throw new StaleArticleVersion(expectedVersion, current);
        }
    }

    private void requireStatus(String action, ArticleStatus... allowed) {
        for (ArticleStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new ArticleRejected(status, action, "allowed only when " + Arrays.toString(allowed));
    }
}
