package dev.helpdesk.ticket.channels.surveys;

import dev.helpdesk.contracts.survey.SurveyAnswered;
import dev.helpdesk.contracts.survey.SurveyEventTypes;
import dev.helpdesk.eventsourcing.CommandDispatch;
import dev.helpdesk.eventsourcing.MessageMetadata;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import dev.helpdesk.ticket.api.RateSatisfaction;
import dev.helpdesk.ticket.api.TicketRejected;
import dev.helpdesk.ticket.api.TicketStatus;
import dev.helpdesk.ticket.channels.ChannelEventHandler;
import dev.helpdesk.ticket.query.TicketTimeline;
import dev.helpdesk.ticket.query.TicketView;
import io.cloudevents.CloudEvent;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A satisfaction link's answer (issue 6, D82): carried out as the requester's own
 * {@link RateSatisfaction}, with the requester the link named as the actor, as if they had rated the
 * ticket over the API. Idempotent: a ticket rated already is left alone ({@code already-rated}), so a
 * redelivery changes nothing. What cannot become a rating is counted and dropped with a log line, not
 * dead-lettered, since no replay would change it: a ticket this service does not know
 * ({@code unknown-ticket}), a rater who is not (or no longer) the ticket's requester
 * ({@code not-requester}), a ticket that is no longer RESOLVED or CLOSED, e.g. reopened since
 * ({@code not-applicable}), or one that changed between the read and the command ({@code refused}).
 * An event without its ids or with a rating outside 1 to 5 is malformed and goes to the dead-letter
 * topic.
 */
@Component
class SurveyRatings implements ChannelEventHandler {

    private static final Logger log = LoggerFactory.getLogger(SurveyRatings.class);
    private static final int MAX_COMMENT = 2_000;

    private final CloudEventCodec codec;
    private final TicketTimeline tickets;
    private final CommandDispatch commands;

    SurveyRatings(CloudEventCodec codec, TicketTimeline tickets, CommandDispatch commands) {
        this.codec = codec;
        this.tickets = tickets;
        this.commands = commands;
    }

    @Override
    public String type() {
        return SurveyEventTypes.ANSWERED;
    }

    @Override
    public String handle(CloudEvent event) {
        SurveyAnswered answer = codec.dataOf(event, SurveyAnswered.class);
        UUID ticketId = readable(answer, event.getId());
        Optional<TicketView> found = tickets.current(ticketId);
        if (found.isEmpty()) {
            log.warn("Survey {} rates ticket {}, which this service does not know", answer.surveyId(), ticketId);
            return "unknown-ticket";
        }
        TicketView ticket = found.get();
        if (ticket.satisfaction() != null) {
            return "already-rated";
        }
        if (!answer.requesterId().equals(ticket.requesterId())) {
            log.warn("Survey {} of ticket {} names {}, who is not its requester", answer.surveyId(), ticketId,
                    answer.requesterId());
            return "not-requester";
        }
        if (ticket.status() != TicketStatus.RESOLVED && ticket.status() != TicketStatus.CLOSED) {
            log.info("Survey {} rates ticket {}, which is {} now: not recorded", answer.surveyId(), ticketId,
                    ticket.status());
            return "not-applicable";
        }
        try {
            commands.send(new RateSatisfaction(ticketId, null, answer.requesterId(), answer.rating(),
                    answer.comment()), Map.of(MessageMetadata.ACTOR_ID, answer.requesterId()));
            return "rated";
        } catch (TicketRejected refused) {
            // rated, reopened or handed to someone else between the read and the command
            log.info("Ticket {} refused the rating of survey {}: {}", ticketId, answer.surveyId(),
                    refused.getMessage());
            return "refused";
        }
    }

    /** The fields every step needs; without them the event is malformed and goes to the dead-letter topic. */
    private static UUID readable(SurveyAnswered answer, String eventId) {
        if (answer.requesterId() == null || answer.requesterId().isBlank()) {
            throw new MalformedEventException("Survey event " + eventId + " names no requester");
        }
        if (answer.rating() < 1 || answer.rating() > 5) {
            throw new MalformedEventException("Survey event " + eventId + " has the rating " + answer.rating()
                    + ", not 1 to 5");
        }
        if (answer.comment() != null && answer.comment().length() > MAX_COMMENT) {
            throw new MalformedEventException("Survey event " + eventId + " has a comment longer than "
                    + MAX_COMMENT + " characters");
        }
        try {
            return UUID.fromString(String.valueOf(answer.ticketId()));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("Survey event " + eventId + " has no ticketId that is a UUID", e);
        }
    }
}
