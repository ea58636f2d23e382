package dev.helpdesk.reporting.integration;

import dev.helpdesk.contracts.article.ArticleCreated;
import dev.helpdesk.contracts.article.ArticleEventTypes;
import dev.helpdesk.contracts.article.ArticlePublished;
import dev.helpdesk.contracts.article.ArticleRetired;
import dev.helpdesk.contracts.article.ArticleSubmittedForReview;
import dev.helpdesk.contracts.article.ArticleUpdated;
import dev.helpdesk.contracts.knowledge.KnowledgeDeflectionRecorded;
import dev.helpdesk.contracts.knowledge.KnowledgeEventTypes;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import dev.helpdesk.reporting.query.ArticleEvent;
import dev.helpdesk.reporting.query.DeflectionEvent;
import io.cloudevents.CloudEvent;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Translates the article events of {@code helpdesk.knowledge.v1} into the reports'
 * {@link ArticleEvent} (what the knowledge report shows of an article) and its deflections into
 * {@link DeflectionEvent}. Other types on the topic (the suggestions recorded for tickets, a newer
 * producer's types) are skipped; an article event
 * that breaks the contract is a {@link MalformedEventException} (dead-lettered).
 */
@Component
public class KnowledgeEventTranslator {

    private final CloudEventCodec codec;

    public KnowledgeEventTranslator(CloudEventCodec codec) {
        this.codec = codec;
    }

    /** The deflection a {@code deflection-recorded} event records; empty for any other type. */
    public Optional<DeflectionEvent> deflection(CloudEvent event) {
        if (!KnowledgeEventTypes.DEFLECTION_RECORDED.equals(event.getType())) {
            return Optional.empty();
        }
        KnowledgeDeflectionRecorded data = codec.dataOf(event, KnowledgeDeflectionRecorded.class);
        if (data.searchId() == null || !data.searchId().equals(event.getSubject())) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " is about " + event.getSubject()
                    + " but its data names search " + data.searchId());
        }
        if (data.articleIds() == null || data.searchedAt() == null) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " lacks its articleIds or searchedAt");
        }
        return Optional.of(new DeflectionEvent(data.searchId(), event.getId(), data.articleIds(), data.searchedAt()));
    }

    public Optional<ArticleEvent> translate(CloudEvent event) {
        ArticleEvent translated = switch (event.getType()) {
            case ArticleEventTypes.CREATED -> {
                ArticleCreated data = codec.dataOf(event, ArticleCreated.class);
                yield article(event, data.articleId(), false, data.status(), data.title(), data.language(),
                        data.kind());
            }
            case ArticleEventTypes.UPDATED -> {
                ArticleUpdated data = codec.dataOf(event, ArticleUpdated.class);
                yield article(event, data.articleId(), false, data.status(), data.title(), null, null);
            }
            case ArticleEventTypes.SUBMITTED_FOR_REVIEW -> {
                ArticleSubmittedForReview data = codec.dataOf(event, ArticleSubmittedForReview.class);
                yield article(event, data.articleId(), false, data.status(), null, null, null);
            }
            case ArticleEventTypes.PUBLISHED -> {
                ArticlePublished data = codec.dataOf(event, ArticlePublished.class);
                yield article(event, data.articleId(), true, data.status(), data.title(), data.language(),
                        data.kind());
            }
            case ArticleEventTypes.RETIRED -> {
                ArticleRetired data = codec.dataOf(event, ArticleRetired.class);
                yield article(event, data.articleId(), false, data.status(), null, null, null);
            }
            default -> null;
        };
        return Optional.ofNullable(translated);
    }

    private static ArticleEvent article(CloudEvent event, String articleId, boolean published, String status,
            String title, String language, String kind) {
        if (articleId == null || !articleId.equals(event.getSubject())) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " is about " + event.getSubject()
                    + " but its data names article " + articleId);
        }
        long sequence = CloudEventCodec.sequenceOf(event);
        if (sequence < 1) {
            throw new MalformedEventException("CloudEvent " + event.getId()
                    + " has no sequence extension of 1 or more, so it cannot be ordered against its article's events");
        }
        return new ArticleEvent(articleId, event.getId(), sequence, published, status, title, language, kind);
    }
}
