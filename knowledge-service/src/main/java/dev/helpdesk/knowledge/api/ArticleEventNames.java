package dev.helpdesk.knowledge.api;

import dev.helpdesk.contracts.article.ArticleEventTypes;
import java.util.Map;

/**
 * The public, versioned name of each domain event, and the status each leaves the article in:
 * every event moves the article to one fixed status, so consumers get it without a lookup.
 */
public final class ArticleEventNames {

    private static final Map<Class<?>, String> NAMES = Map.of(
            ArticleCreated.class, ArticleEventTypes.CREATED,
            ArticleUpdated.class, ArticleEventTypes.UPDATED,
            ArticleSubmittedForReview.class, ArticleEventTypes.SUBMITTED_FOR_REVIEW,
            ArticlePublished.class, ArticleEventTypes.PUBLISHED,
            ArticleRetired.class, ArticleEventTypes.RETIRED);

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

    public static ArticleStatus statusAfter(Class<?> eventType) {
        ArticleStatus status = STATUS_AFTER.get(eventType);
        if (status == null) {
            throw new IllegalArgumentException("Not an article event: " + eventType.getName());
        }
        return status;
    }
}
