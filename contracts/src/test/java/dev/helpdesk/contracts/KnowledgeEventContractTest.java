package dev.helpdesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helpdesk.contracts.knowledge.KnowledgeEventTypes;
import dev.helpdesk.contracts.knowledge.SuggestedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The knowledge service's events that are not an article's ({@link KnowledgeEventTypes}, records
 * {@code Knowledge<Name>}): the subject is the ticket id (the search id for a deflection), the time
 * equals the data's {@code at}, suggested articles come best first, each once, and a deflection
 * credits one to three articles.
 */
class KnowledgeEventContractTest extends EventContractTest {

    @Override
    protected Class<?> typeNames() {
        return KnowledgeEventTypes.class;
    }

    @Override
    protected String family() {
        return "knowledge";
    }

    @Override
    protected String recordPrefix() {
        return "Knowledge";
    }

    @Override
    protected int numberOfTypes() {
        return 2;
    }

    /** A deflection is about a portal search, not a ticket. */
    @Override
    protected String subjectField(String type) {
        return KnowledgeEventTypes.DEFLECTION_RECORDED.equals(type) ? "searchId" : subjectField();
    }

    @Override
    protected String source() {
        return Sources.KNOWLEDGE_SERVICE;
    }

    /** The suggested article is not an event's data but part of one: an element of {@code articles}. */
    @Override
    protected Set<Class<?>> partRecords() {
        return Set.of(SuggestedArticle.class);
    }

    @Override
    protected void checkFamilySpecifics(String type, JsonNode sample) {
        JsonNode data = sample.get("data");
        assertThat(Instant.parse(sample.get("time").asText())).isEqualTo(Instant.parse(data.get("at").asText()));
        if (KnowledgeEventTypes.DEFLECTION_RECORDED.equals(type)) {
            List<String> articles = new ArrayList<>();
            data.get("articleIds").forEach(article -> articles.add(article.asText()));
            assertThat(articles).as("one to three articles, each once").isNotEmpty().hasSizeLessThanOrEqualTo(3)
                    .doesNotHaveDuplicates();
            assertThat(Instant.parse(data.get("searchedAt").asText())).as("recorded after the search")
                    .isBefore(Instant.parse(data.get("at").asText()));
            return;
        }
        List<Double> scores = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        data.get("articles").forEach(article -> {
            scores.add(article.get("score").asDouble());
            ids.add(article.get("articleId").asText());
        });
        assertThat(scores).as("best first").isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(ids).as("each article once").hasSize(scores.size());
    }
}
