package dev.helpdesk.customer.survey.integration;

import dev.helpdesk.contracts.survey.SurveyEventTypes;
import dev.helpdesk.customer.channel.ChannelEvent;
import dev.helpdesk.customer.channel.ChannelEventMapping;
import dev.helpdesk.customer.survey.api.SurveyAnswered;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/**
 * A survey's answer as {@value SurveyEventTypes#ANSWERED} on the channels topic, keyed by the survey's
 * id; the ticket service records it as the ticket's rating.
 */
@Component
class SurveyChannelEvents implements ChannelEventMapping {

    @Override
    public Optional<ChannelEvent> map(Object event, DomainEventMessage<?> message) {
        if (event instanceof SurveyAnswered answered) {
            return Optional.of(new ChannelEvent(SurveyEventTypes.ANSWERED,
                    new dev.helpdesk.contracts.survey.SurveyAnswered(answered.surveyId(), answered.ticketId(),
                            answered.requesterId(), answered.rating(), answered.comment(), message.getTimestamp())));
        }
        return Optional.empty();
    }
}
