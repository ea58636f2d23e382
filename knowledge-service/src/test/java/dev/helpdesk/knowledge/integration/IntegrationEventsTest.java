package dev.helpdesk.knowledge.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.contracts.knowledge.KnowledgeArticlesSuggested;
import dev.helpdesk.knowledge.api.ArticleContent;
import dev.helpdesk.knowledge.api.ArticleCreated;
import dev.helpdesk.knowledge.api.ArticleKind;
import dev.helpdesk.knowledge.api.ArticlePublished;
import dev.helpdesk.knowledge.api.ArticleRetired;
import dev.helpdesk.knowledge.api.ArticleSubmittedForReview;
import dev.helpdesk.knowledge.api.ArticleUpdated;
import dev.helpdesk.knowledge.api.ArticlesSuggested;
import dev.helpdesk.knowledge.api.DeflectionRecorded;
import dev.helpdesk.knowledge.api.SuggestedArticle;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every article event has its published form, and a draft's body never leaves the service. */
class IntegrationEventsTest {

    private static final UUID ID = UUID.fromString("7d3f0c2e-5a14-4b8e-9c61-2f0a9e4b7d15");
    private static final ArticleContent CONTENT = new ArticleContent("Reset your password", "Open the portal.",
            List.of("password"), List.of("accounts"), "Identity and access", null);
    private static final Instant AT = Instant.parse("2026-11-27T10:02:11.120Z");

    @Test
    void everyArticleEventIsTranslated() {
        assertThat(IntegrationEvents.translatedTypes()).isEqualTo(Set.of(ArticleCreated.class, ArticleUpdated.class,
                ArticleSubmittedForReview.class, ArticlePublished.class, ArticleRetired.class,
                ArticlesSuggested.class, DeflectionRecorded.class));
        assertThatThrownBy(() -> IntegrationEvents.translate("not an event", new EventContext("DRAFT", null, AT)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKnownErrorDrawnFromAProblemNamesIt() {
        UUID problem = UUID.fromString("0f6d4a8e-3c1b-4d7a-9f2e-8b5c6a7d9e10");
        Object published = IntegrationEvents.translate(
                new ArticleCreated(ID, ArticleKind.KNOWN_ERROR, "en", CONTENT, "an-agent", problem.toString()),
                new EventContext("DRAFT", "knowledge-service", AT));

        assertThat(((dev.helpdesk.contracts.article.ArticleCreated) published).problemId())
                .isEqualTo(problem.toString());
    }

    @Test
    void aCreationCarriesTheMetadataButNotTheBody() {
        Object published = IntegrationEvents.translate(
                new ArticleCreated(ID, ArticleKind.HOW_TO, "en", CONTENT, "an-agent", null),
                new EventContext("DRAFT", "an-agent", AT));

        assertThat(published).isEqualTo(new dev.helpdesk.contracts.article.ArticleCreated(ID.toString(), "HOW_TO", "en",
                "DRAFT", 1, "Reset your password", List.of("password"), List.of("accounts"), "Identity and access",
                null, "an-agent", AT));
    }

    @Test
    void aPublicationCarriesTheWholeVersion() {
        Object published = IntegrationEvents.translate(new ArticlePublished(ID, 2, ArticleKind.HOW_TO, "en", CONTENT),
                new EventContext("PUBLISHED", "an-editor", AT));

        assertThat(published).isEqualTo(new dev.helpdesk.contracts.article.ArticlePublished(ID.toString(), "HOW_TO",
                "en", "PUBLISHED", 2, "Reset your password", "Open the portal.", List.of("password"),
                List.of("accounts"), "Identity and access", null, "an-editor", AT));
    }

    @Test
    void aTicketsSuggestionsCarryEachArticleWithItsScore() {
        Object published = IntegrationEvents.translate(new ArticlesSuggested("0f6d4a8e-3c1b-4d7a-9f2e-8b5c6a7d9e10",
                List.of(new SuggestedArticle(ID, "Reset your password", ArticleKind.HOW_TO, "en", 4.5))),
                new EventContext(null, "knowledge-service", AT));

        assertThat(published).isEqualTo(new KnowledgeArticlesSuggested("0f6d4a8e-3c1b-4d7a-9f2e-8b5c6a7d9e10",
                List.of(new dev.helpdesk.contracts.knowledge.SuggestedArticle(ID.toString(), "Reset your password",
                        "HOW_TO", "en", 4.5)), AT));
    }
}
