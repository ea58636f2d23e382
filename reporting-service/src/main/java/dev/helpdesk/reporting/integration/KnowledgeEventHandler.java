package dev.helpdesk.reporting.integration;

import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.reporting.query.ApplyOutcome;
import dev.helpdesk.reporting.query.ArticleEvent;
import dev.helpdesk.reporting.query.ArticleFactsProjection;
import dev.helpdesk.reporting.query.DeflectionEvent;
import io.cloudevents.CloudEvent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies one record of the knowledge topic: an article event to its article's document, a
 * deflection to the deflections.
 */
@Component
public class KnowledgeEventHandler {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeEventHandler.class);

    private final CloudEventCodec codec;
    private final KnowledgeEventTranslator translator;
    private final ArticleFactsProjection projection;
    private final EventMetrics metrics;

    public KnowledgeEventHandler(CloudEventCodec codec, KnowledgeEventTranslator translator,
            ArticleFactsProjection projection, EventMetrics metrics) {
        this.codec = codec;
        this.translator = translator;
        this.projection = projection;
        this.metrics = metrics;
    }

    public void handle(byte[] record) {
        CloudEvent event = codec.decode(record);
        Optional<DeflectionEvent> deflection = translator.deflection(event);
        Optional<ArticleEvent> article = deflection.isPresent() ? Optional.empty() : translator.translate(event);
        if (deflection.isPresent()) {
            ApplyOutcome outcome = projection.apply(deflection.get());
            log.debug("Deflection {} of search {}: {}", event.getId(), deflection.get().searchId(), outcome);
            metrics.counted(EventMetrics.KNOWLEDGE, outcome);
        } else if (article.isEmpty()) {
            log.debug("Skipped knowledge event {} of type {}: not shown by the reports", event.getId(),
                    event.getType());
            metrics.skipped(EventMetrics.KNOWLEDGE);
        } else {
            ApplyOutcome outcome = projection.apply(article.get());
            log.debug("Event {} of article {} at sequence {}: {}", event.getId(), article.get().articleId(),
                    article.get().sequence(), outcome);
            metrics.counted(EventMetrics.KNOWLEDGE, outcome);
        }
        metrics.read(event.getTime());
    }
}
