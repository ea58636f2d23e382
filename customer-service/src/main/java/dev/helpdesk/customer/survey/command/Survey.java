package dev.helpdesk.customer.survey.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.helpdesk.customer.survey.api.AnswerSurvey;
import dev.helpdesk.customer.survey.api.InvalidSurveyAnswer;
import dev.helpdesk.customer.survey.api.SurveyAnswered;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One satisfaction link's answer, by the link's token id. It is created by its answer and never
 * changes: a second answer to the same link is a second creation of the same aggregate, which the event
 * store refuses (its unique index on aggregate and sequence), so a link rates once even when two
 * instances take two answers at the same moment.
 */
@Aggregate
class Survey {

    @AggregateIdentifier
    private String surveyId;

    protected Survey() {
        // for Axon: the state is rebuilt from the events
    }

    @CommandHandler
    Survey(AnswerSurvey command) {
        List<Map.Entry<String, String>> violations = AnswerSurvey.violations(command.rating(), command.comment());
        if (!violations.isEmpty()) {
            throw new InvalidSurveyAnswer(violations);
        }
        String comment = command.comment() == null || command.comment().isBlank() ? null : command.comment().strip();
        apply(new SurveyAnswered(command.surveyId(), command.ticketId(), command.requesterId(), command.rating(),
                comment));
    }

    @EventSourcingHandler
    void on(SurveyAnswered event) {
        surveyId = event.surveyId();
    }
}
