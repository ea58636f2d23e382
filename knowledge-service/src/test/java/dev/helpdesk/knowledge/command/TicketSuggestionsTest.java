package dev.helpdesk.knowledge.command;

import dev.helpdesk.knowledge.api.ArticleContent;
import dev.helpdesk.knowledge.api.ArticleCreated;
import dev.helpdesk.knowledge.api.ArticleKind;
import dev.helpdesk.knowledge.api.ArticlesSuggested;
import dev.helpdesk.knowledge.api.CreateArticle;
import dev.helpdesk.knowledge.api.SuggestArticles;
import dev.helpdesk.knowledge.api.SuggestedArticle;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** A ticket's suggestions are recorded once; a known error keeps the problem it came from. */
class TicketSuggestionsTest {

    private static final String TICKET = "0f6d4a8e-3c1b-4d7a-9f2e-8b5c6a7d9e10";
    private static final SuggestedArticle VPN = new SuggestedArticle(
            UUID.fromString("7d3f0c2e-5a14-4b8e-9c61-2f0a9e4b7d15"), "VPN connection drops", ArticleKind.KNOWN_ERROR,
            "en", 7.25);

    private final FixtureConfiguration<TicketSuggestions> fixture = new AggregateTestFixture<>(TicketSuggestions.class);

    @Test
    void aTicketsFirstSuggestionsAreRecorded() {
        fixture.givenNoPriorActivity()
                .when(new SuggestArticles(TICKET, List.of(VPN)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ArticlesSuggested(TICKET, List.of(VPN)));
    }

    @Test
    void findingNothingIsRecordedToo() {
        fixture.givenNoPriorActivity()
                .when(new SuggestArticles(TICKET, null))
                .expectEvents(new ArticlesSuggested(TICKET, List.of()));
    }

    @Test
    void readingTheOpenedTicketAgainRecordsNothingMore() {
        fixture.given(new ArticlesSuggested(TICKET, List.of(VPN)))
                .when(new SuggestArticles(TICKET, List.of()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aKnownErrorDrawnFromAProblemNamesIt() {
        UUID id = UUID.fromString("5b0c2e9a-7d41-3f6e-9a8b-1c2d3e4f5a6b");
        ArticleContent content = new ArticleContent("VPN concentrator drops sessions",
                "## Symptoms\n\nUsers lose the VPN.\n\n## Workaround\n\nUse vpn2.", List.of(), List.of(), null, null);
        new AggregateTestFixture<>(Article.class).givenNoPriorActivity()
                .when(new CreateArticle(id, ArticleKind.KNOWN_ERROR, "en", content, "an-agent", TICKET))
                .expectEvents(new ArticleCreated(id, ArticleKind.KNOWN_ERROR, "en", content, "an-agent", TICKET));
    }
}
