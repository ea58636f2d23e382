package dev.helpdesk.knowledge.search;

import dev.helpdesk.knowledge.api.ArticleCreated;
import dev.helpdesk.knowledge.api.ArticlePublished;
import dev.helpdesk.knowledge.api.ArticleRetired;
import dev.helpdesk.knowledge.api.ArticleStatus;
import dev.helpdesk.knowledge.api.ArticleSubmittedForReview;
import dev.helpdesk.knowledge.api.ArticleUpdated;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps the article index a projection of the article events (a tracking processor whose
 * position is kept in the index itself, {@link IndexTokenStore}). Each handler sets the
 * article's fields from its event and the event's timestamp, never adds to them, so applying an
 * event again (after a failure, or in a rebuild) gives the same document, and a rebuild from the
 * events gives the same index.
 */
@Component
@ProcessingGroup(ArticleSearchProjection.PROCESSING_GROUP)
class ArticleSearchProjection {

    static final String PROCESSING_GROUP = "article-search";

    private final ArticleIndex index;

    ArticleSearchProjection(ArticleIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(ArticleCreated event, @Timestamp Instant at) {
        index.put(new IndexedArticle(event.articleId().toString(), event.kind(), event.language(),
                ArticleStatus.DRAFT, 1, event.content().title(), event.content().categories(), at, at, null, null,
                null));
    }

    @EventHandler
    void on(ArticleUpdated event, @Timestamp Instant at) {
        index.put(article(event.articleId()).withLatest(ArticleStatus.DRAFT, event.version(), event.content(), at));
    }

    @EventHandler
    void on(ArticleSubmittedForReview event, @Timestamp Instant at) {
        index.put(article(event.articleId()).withStatus(ArticleStatus.IN_REVIEW, at));
    }

    @EventHandler
    void on(ArticlePublished event, @Timestamp Instant at) {
        index.put(article(event.articleId()).withPublished(event.version(), event.content(), at));
    }

    @EventHandler
    void on(ArticleRetired event, @Timestamp Instant at) {
        index.put(article(event.articleId()).withStatus(ArticleStatus.RETIRED, at));
    }

    /** Every event but the first follows its article's creation in the stream. */
    private IndexedArticle article(UUID articleId) {
        return index.find(articleId.toString()).orElseThrow(() -> new IllegalStateException(
                "Article " + articleId + " is not in the index, though its creation came before"));
    }
}
