package dev.helpdesk.knowledge.api;

import dev.helpdesk.contracts.article.ArticleEventTypes;
import dev.helpdesk.contracts.knowledge.KnowledgeEventTypes;
import java.util.Map;

/**
 * The public, versioned name of each domain event, and the status each article event leaves the
 * article in: every article event moves the article to one fixed status, so consumers get it
 * without a lookup. The service's events about tickets (suggestions) and portal searches (deflections) have no
 * article status.
 */
public final class ArticleEventNames {

    private static final Map<Class<?>, String> NAMES = Map.of(
            ArticleCreated.class, ArticleEventTypes.CREATED,
            ArticleUpdated.class, ArticleEventTypes.UPDATED,
            ArticleSubmittedForReview.class, ArticleEventTypes.SUBMITTED_FOR_REVIEW,
            ArticlePublished.class, ArticleEventTypes.PUBLISHED,
            ArticleRetired.class, ArticleEventTypes.RETIRED,
            ArticlesSuggested.class, KnowledgeEventTypes.ARTICLES_SUGGESTED,
            DeflectionRecorded.class, KnowledgeEventTypes.DEFLECTION_RECORDED);

    private static final Map<Class<?>, ArticleStatus> STATUS_AFTER = Map.of(
            ArticleCreated.class, ArticleStatus.DRAFT,
            ArticleUpdated.class, ArticleStatus.DRAFT,
            ArticleSubmittedForReview.class, ArticleStatus.IN_REVIEW,
            ArticlePublished.class, ArticleStatus.PUBLISHED,
            ArticleRetired.class, ArticleStatus.RETIRED);

    private ArticleEventNames() {
    }

    public static String of(Class<?> eventType) {
        String name = NAMES.get(eventType);
        if (name == null) {
            throw new IllegalArgumentException("No public name for " + eventType.getName());
        }
        return name;
    }

    /** True for the events of the Article aggregate, false for those about tickets. */
    public static boolean isAboutAnArticle(Class<?> eventType) {
        return STATUS_AFTER.containsKey(eventType);
    }

    public static ArticleStatus statusAfter(Class<?> eventType) {
        ArticleStatus status = STATUS_AFTER.get(eventType);
        if (status == null) {
            throw new IllegalArgumentException("Not an article event: " + eventType.getName());
        }
        return status;
    }
}
