package dev.helpdesk.knowledge.integration;

import dev.helpdesk.contracts.knowledge.KnowledgeArticlesSuggested;
import dev.helpdesk.contracts.knowledge.KnowledgeDeflectionRecorded;
import dev.helpdesk.knowledge.api.ArticleContent;
import dev.helpdesk.knowledge.api.ArticleCreated;
import dev.helpdesk.knowledge.api.ArticlePublished;
import dev.helpdesk.knowledge.api.ArticleRetired;
import dev.helpdesk.knowledge.api.ArticleSubmittedForReview;
import dev.helpdesk.knowledge.api.ArticleUpdated;
import dev.helpdesk.knowledge.api.ArticlesSuggested;
import dev.helpdesk.knowledge.api.DeflectionRecorded;
import dev.helpdesk.knowledge.api.SuggestedArticle;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Translates the service's own events (about articles, and the suggestions for tickets) into the
 * published language of the contracts module, so the two can evolve apart. Every event has exactly
 * one entry; any other
 * event throws, so a new one cannot be skipped silently. A draft's body stays inside the service
 * (docs: drafts are not fit for the readers of a topic kept for ever); a publication carries it.
 */
final class IntegrationEvents {

    private static final Map<Class<?>, BiFunction<Object, EventContext, Object>> TRANSLATIONS = Map.of(
            ArticleCreated.class, translation(ArticleCreated.class, IntegrationEvents::created),
            ArticleUpdated.class, translation(ArticleUpdated.class, IntegrationEvents::updated),
            ArticleSubmittedForReview.class, translation(ArticleSubmittedForReview.class, IntegrationEvents::submitted),
            ArticlePublished.class, translation(ArticlePublished.class, IntegrationEvents::published),
            ArticleRetired.class, translation(ArticleRetired.class, IntegrationEvents::retired),
            ArticlesSuggested.class, translation(ArticlesSuggested.class, IntegrationEvents::suggested),
            DeflectionRecorded.class, translation(DeflectionRecorded.class, IntegrationEvents::deflection));

    private IntegrationEvents() {
    }

    static Object translate(Object event, EventContext context) {
        BiFunction<Object, EventContext, Object> translation = TRANSLATIONS.get(event.getClass());
        if (translation == null) {
            throw new IllegalStateException("No published form of " + event.getClass().getName()
                    + ": add one before storing such events");
        }
        return translation.apply(event, context);
    }

    static Set<Class<?>> translatedTypes() {
        return TRANSLATIONS.keySet();
    }

    private static <E> BiFunction<Object, EventContext, Object> translation(Class<E> type,
            BiFunction<E, EventContext, Object> translate) {
        return (event, context) -> translate.apply(type.cast(event), context);
    }

    static dev.helpdesk.contracts.article.ArticleCreated created(ArticleCreated event, EventContext context) {
        ArticleContent content = event.content();
        return new dev.helpdesk.contracts.article.ArticleCreated(event.articleId().toString(), event.kind().name(),
                event.language(), context.status(), 1, content.title(), content.tags(), content.categories(),
                content.relatedService(), content.assetType(), context.by(), context.at(), event.problemId());
    }

    static dev.helpdesk.contracts.article.ArticleUpdated updated(ArticleUpdated event, EventContext context) {
        ArticleContent content = event.content();
        return new dev.helpdesk.contracts.article.ArticleUpdated(event.articleId().toString(), context.status(),
                event.version(), content.title(), content.tags(), content.categories(), content.relatedService(),
                content.assetType(), context.by(), context.at());
    }

    static dev.helpdesk.contracts.article.ArticleSubmittedForReview submitted(ArticleSubmittedForReview event,
            EventContext context) {
        return new dev.helpdesk.contracts.article.ArticleSubmittedForReview(event.articleId().toString(),
                context.status(), event.version(), context.by(), context.at());
    }

    static dev.helpdesk.contracts.article.ArticlePublished published(ArticlePublished event, EventContext context) {
        ArticleContent content = event.content();
        return new dev.helpdesk.contracts.article.ArticlePublished(event.articleId().toString(), event.kind().name(),
                event.language(), context.status(), event.version(), content.title(), content.body(), content.tags(),
                content.categories(), content.relatedService(), content.assetType(), context.by(), context.at());
    }

    static KnowledgeArticlesSuggested suggested(ArticlesSuggested event, EventContext context) {
        return new KnowledgeArticlesSuggested(event.ticketId(), event.articles().stream()
                .map(IntegrationEvents::suggestedArticle).toList(), context.at());
    }

    static KnowledgeDeflectionRecorded deflection(DeflectionRecorded event, EventContext context) {
        return new KnowledgeDeflectionRecorded(event.searchId(), event.articleIds(), event.searchedAt(), context.at());
    }

    private static dev.helpdesk.contracts.knowledge.SuggestedArticle suggestedArticle(SuggestedArticle article) {
        return new dev.helpdesk.contracts.knowledge.SuggestedArticle(article.articleId().toString(), article.title(),
                article.kind().name(), article.language(), article.score());
    }

    static dev.helpdesk.contracts.article.ArticleRetired retired(ArticleRetired event, EventContext context) {
        return new dev.helpdesk.contracts.article.ArticleRetired(event.articleId().toString(), context.status(),
                event.reason(), context.by(), context.at());
    }
}
