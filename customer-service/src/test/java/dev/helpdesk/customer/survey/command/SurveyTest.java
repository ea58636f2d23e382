package dev.helpdesk.customer.survey.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.helpdesk.customer.survey.api.AnswerSurvey;
import dev.helpdesk.customer.survey.api.InvalidSurveyAnswer;
import dev.helpdesk.customer.survey.api.SurveyAnswered;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SurveyTest {

    private static final String SURVEY = "5d2e8f40-61a7-4c3b-9e0d-2f4a6b8c1e37";
    private static final String TICKET = "0f6d4a8e-3c1b-4d7a-9f2e-8b5c6a7d9e10";
    private static final String DANA = "c0000000-0000-4000-8000-000000000001";

    private FixtureConfiguration<Survey> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Survey.class);
    }

    @Test
    void anAnswerIsRecordedWithItsCommentStripped() {
        fixture.givenNoPriorActivity()
                .when(new AnswerSurvey(SURVEY, TICKET, DANA, 4, "  Quick and friendly.  "))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SurveyAnswered(SURVEY, TICKET, DANA, 4, "Quick and friendly."));
    }

    @Test
    void aBlankCommentIsNone() {
        fixture.givenNoPriorActivity()
                .when(new AnswerSurvey(SURVEY, TICKET, DANA, 1, "   "))
                .expectEvents(new SurveyAnswered(SURVEY, TICKET, DANA, 1, null));
    }

    @Test
    void aRatingOutsideOneToFiveOrATooLongCommentIsRefusedByField() {
        fixture.givenNoPriorActivity()
                .when(new AnswerSurvey(SURVEY, TICKET, DANA, 0, "x".repeat(AnswerSurvey.MAX_COMMENT + 1)))
                .expectNoEvents()
                .expectException(InvalidSurveyAnswer.class)
                .expectExceptionMessage(containsString("rating"));
        fixture.givenNoPriorActivity()
                .when(new AnswerSurvey(SURVEY, TICKET, DANA, null, null))
                .expectNoEvents()
                .expectException(InvalidSurveyAnswer.class);
        assertThat(AnswerSurvey.violations(6, "x".repeat(AnswerSurvey.MAX_COMMENT + 1)))
                .extracting(java.util.Map.Entry::getKey).containsExactly("rating", "comment");
        assertThat(AnswerSurvey.violations(5, "x".repeat(AnswerSurvey.MAX_COMMENT))).isEmpty();
    }
}
