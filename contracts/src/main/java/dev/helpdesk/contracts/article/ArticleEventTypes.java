package dev.helpdesk.contracts.article;

/**
 * CloudEvents {@code type} of each article event, published by the knowledge service on
 * {@link dev.helpdesk.contracts.Topics#KNOWLEDGE}, keyed by the article id. The version is part of
 * the name: a change that breaks consumers gets a new name.
 */
public final class ArticleEventTypes {

    public static final String CREATED = "helpdesk.article.created.v1";
    public static final String UPDATED = "helpdesk.article.updated.v1";
    public static final String SUBMITTED_FOR_REVIEW = "helpdesk.article.submitted-for-review.v1";
    public static final String PUBLISHED = "helpdesk.article.published.v1";
    public static final String RETIRED = "helpdesk.article.retired.v1";

    private ArticleEventTypes() {
    }
}
