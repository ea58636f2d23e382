package dev.helpdesk.knowledge.command;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import dev.helpdesk.knowledge.api.ArticleContent;
import dev.helpdesk.knowledge.api.ArticleCreated;
import dev.helpdesk.knowledge.api.ArticleKind;
import dev.helpdesk.knowledge.api.ArticlePublished;
import dev.helpdesk.knowledge.api.ArticleRejected;
import dev.helpdesk.knowledge.api.ArticleRetired;
import dev.helpdesk.knowledge.api.ArticleSubmittedForReview;
import dev.helpdesk.knowledge.api.ArticleUpdated;
import dev.helpdesk.knowledge.api.CreateArticle;
import dev.helpdesk.knowledge.api.InvalidArticleCommand;
import dev.helpdesk.knowledge.api.PublishArticle;
import dev.helpdesk.knowledge.api.RetireArticle;
import dev.helpdesk.knowledge.api.StaleArticleVersion;
import dev.helpdesk.knowledge.api.SubmitArticleForReview;
import dev.helpdesk.knowledge.api.UpdateArticle;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The article's workflow and versions, on the aggregate alone. */
class ArticleWorkflowTest {

    private static final UUID ID = UUID.fromString("7d3f0c2e-5a14-4b8e-9c61-2f0a9e4b7d15");
    private static final ArticleContent V1 = new ArticleContent("Reset your password", "Open the portal.",
            List.of("password"), List.of("accounts"), "Identity and access", null);
    private static final ArticleContent V2 = new ArticleContent("Reset your password", "Open the portal.\nChoose Forgot password.",
            List.of("password"), List.of("accounts"), "Identity and access", null);

    private FixtureConfiguration<Article> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Article.class);
    }

    private static ArticleCreated created() {
        return new ArticleCreated(ID, ArticleKind.HOW_TO, "en", V1, "an-agent", null);
    }

    @Test
    void creatingAnArticleMakesVersionOneADraftWithCleanedLabels() {
        ArticleContent messy = new ArticleContent("  Reset your password ", "Open the portal.",
                List.of(" Password", "password"), List.of("accounts "), " Identity and access ", " ");
        fixture.givenNoPriorActivity()
                .when(new CreateArticle(ID, ArticleKind.HOW_TO, "en", messy, "an-agent", null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(created());
    }

    @Test
    void anUnknownLanguageABlankTitleAndABlankBodyAreRejectedTogether() {
        fixture.givenNoPriorActivity()
                .when(new CreateArticle(ID, ArticleKind.FAQ, "fr", new ArticleContent(" ", "", null, null, null, null),
                        "an-agent", null))
                .expectException(InvalidArticleCommand.class)
                .expectExceptionMessage(allOf(
                        containsString("language"),
                        containsString("title"),
                        containsString("body")))
                .expectNoEvents();
    }

    @Test
    void aDraftGoesToReviewThenIsPublished() {
        fixture.given(created())
                .when(new SubmitArticleForReview(ID, 1L))
                .expectEvents(new ArticleSubmittedForReview(ID, 1));
        fixture.given(created(), new ArticleSubmittedForReview(ID, 1))
                .when(new PublishArticle(ID, 2L))
                .expectEvents(new ArticlePublished(ID, 1, ArticleKind.HOW_TO, "en", V1));
    }

    @Test
    void aDraftCannotBePublishedWithoutReview() {
        fixture.given(created())
                .when(new PublishArticle(ID, null))
                .expectException(ArticleRejected.class)
                .expectNoEvents();
    }

    @Test
    void editingAPublishedArticleMakesANewDraftVersionAndPublishingItPublishesThatVersion() {
        fixture.given(created(), new ArticleSubmittedForReview(ID, 1),
                        new ArticlePublished(ID, 1, ArticleKind.HOW_TO, "en", V1))
                .when(new UpdateArticle(ID, 3L, null, V2.body(), null, null, null, null, "an-editor"))
                .expectEvents(new ArticleUpdated(ID, 2, V2, "an-editor"));
        fixture.given(created(), new ArticleSubmittedForReview(ID, 1),
                        new ArticlePublished(ID, 1, ArticleKind.HOW_TO, "en", V1),
                        new ArticleUpdated(ID, 2, V2, "an-editor"), new ArticleSubmittedForReview(ID, 2))
                .when(new PublishArticle(ID, null))
                .expectEvents(new ArticlePublished(ID, 2, ArticleKind.HOW_TO, "en", V2));
    }

    @Test
    void anEditThatChangesNothingIsNoNewVersion() {
        fixture.given(created())
                .when(new UpdateArticle(ID, null, V1.title(), V1.body(), V1.tags(), null, null, null, "an-agent"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void editingDuringReviewSendsTheArticleBackToDraft() {
        fixture.given(created(), new ArticleSubmittedForReview(ID, 1))
                .when(new UpdateArticle(ID, null, null, V2.body(), null, null, null, null, "an-agent"))
                .expectEvents(new ArticleUpdated(ID, 2, V2, "an-agent"));
        // back in draft: it cannot be published until it is submitted again
        fixture.given(created(), new ArticleSubmittedForReview(ID, 1), new ArticleUpdated(ID, 2, V2, "an-agent"))
                .when(new PublishArticle(ID, null))
                .expectException(ArticleRejected.class);
        fixture.given(created(), new ArticleSubmittedForReview(ID, 1), new ArticleUpdated(ID, 2, V2, "an-agent"))
                .when(new SubmitArticleForReview(ID, null))
                .expectEvents(new ArticleSubmittedForReview(ID, 2));
    }

    @Test
    void aRetiredArticleCannotBeEditedSubmittedPublishedOrRetiredAgain() {
        Object[] history = {created(), new ArticleSubmittedForReview(ID, 1),
                new ArticlePublished(ID, 1, ArticleKind.HOW_TO, "en", V1), new ArticleRetired(ID, "outdated")};
        fixture.given(history)
                .when(new UpdateArticle(ID, null, "New title", null, null, null, null, null, "an-agent"))
                .expectException(ArticleRejected.class)
                .expectExceptionMessage(containsString("RETIRED"))
                .expectNoEvents();
        fixture.given(history).when(new SubmitArticleForReview(ID, null)).expectException(ArticleRejected.class);
        fixture.given(history).when(new PublishArticle(ID, null)).expectException(ArticleRejected.class);
        fixture.given(history).when(new RetireArticle(ID, null, "again")).expectException(ArticleRejected.class);
    }

    @Test
    void aPublishedArticleIsRetiredWithItsReason() {
        fixture.given(created(), new ArticleSubmittedForReview(ID, 1),
                        new ArticlePublished(ID, 1, ArticleKind.HOW_TO, "en", V1))
                .when(new RetireArticle(ID, 3L, "  Replaced by the SSO article "))
                .expectEvents(new ArticleRetired(ID, "Replaced by the SSO article"));
    }

    @Test
    void anOverlongRetirementReasonIsRejected() {
        fixture.given(created())
                .when(new RetireArticle(ID, null, "x".repeat(1001)))
                .expectException(InvalidArticleCommand.class)
                .expectNoEvents();
    }

    @Test
    void aStaleRevisionIsRejectedAndChangesNothing() {
        fixture.given(created(), new ArticleSubmittedForReview(ID, 1))
                .when(new PublishArticle(ID, 1L))
                .expectException(StaleArticleVersion.class)
                .expectNoEvents();
    }

    @Test
    void anEditWithAnOverlongTitleOrABlankTagIsRejected() {
        fixture.given(created())
                .when(new UpdateArticle(ID, null, "x".repeat(201), null, Arrays.asList("ok", " "), null, null,
                        null, "an-agent"))
                .expectException(InvalidArticleCommand.class)
                .expectExceptionMessage(allOf(
                        containsString("title"),
                        containsString("tags[1]")))
                .expectNoEvents();
    }
}
