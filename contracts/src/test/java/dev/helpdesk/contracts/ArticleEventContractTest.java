package dev.helpdesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helpdesk.contracts.article.ArticleEventTypes;
import java.time.Instant;
import java.util.Map;

/**
 * The article events ({@link ArticleEventTypes}, records {@code Article<Name>}): about an article,
 * so the subject is the article id; every sample carries the trace context of its request, the
 * status the event leaves the article in, and an instant {@code at} equal to the event's time.
 * Only a published event carries the body (drafts stay inside the service).
 */
class ArticleEventContractTest extends EventContractTest {

    private static final Map<String, String> STATUS_AFTER = Map.of(
            ArticleEventTypes.CREATED, "DRAFT",
            ArticleEventTypes.UPDATED, "DRAFT",
            ArticleEventTypes.SUBMITTED_FOR_REVIEW, "IN_REVIEW",
            ArticleEventTypes.PUBLISHED, "PUBLISHED",
            ArticleEventTypes.RETIRED, "RETIRED");

    @Override
    protected Class<?> typeNames() {
        return ArticleEventTypes.class;
    }

    @Override
    protected String family() {
        return "article";
    }

    @Override
    protected String recordPrefix() {
        return "Article";
    }

    @Override
    protected int numberOfTypes() {
        return 5;
    }

    @Override
    protected String source() {
        return Sources.KNOWLEDGE_SERVICE;
    }

    @Override
    protected String subjectField() {
        return "articleId";
    }

    @Override
    protected void checkFamilySpecifics(String type, JsonNode sample) {
        JsonNode data = sample.get("data");
        assertThat(sample.get(CloudEventContract.TRACEPARENT).asText()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        assertThat(Instant.parse(sample.get("time").asText())).isEqualTo(Instant.parse(data.get("at").asText()));
        assertThat(data.get("status").asText()).isEqualTo(STATUS_AFTER.get(type));
        assertThat(data.has("body")).as("only a published article's body leaves the service")
                .isEqualTo(type.equals(ArticleEventTypes.PUBLISHED));
    }
}
