package dev.helpdesk.ticket.channels.email;

import dev.helpdesk.contracts.email.EmailEventTypes;
import dev.helpdesk.contracts.email.EmailReceived;
import dev.helpdesk.eventsourcing.CommandDispatch;
import dev.helpdesk.eventsourcing.MessageMetadata;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import dev.helpdesk.ticket.api.AddComment;
import dev.helpdesk.ticket.api.Author;
import dev.helpdesk.ticket.api.Channel;
import dev.helpdesk.ticket.api.Level;
import dev.helpdesk.ticket.api.OpenTicket;
import dev.helpdesk.ticket.api.TicketRejected;
import dev.helpdesk.ticket.api.TicketStatus;
import dev.helpdesk.ticket.api.TicketType;
import dev.helpdesk.ticket.api.Visibility;
import dev.helpdesk.ticket.channels.ChannelEventHandler;
import dev.helpdesk.ticket.numbering.TicketNumberAllocator;
import dev.helpdesk.ticket.query.TicketTimeline;
import dev.helpdesk.ticket.query.TicketView;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An inbound mail (issue 6, D88): a reply to one of the requester's tickets that is still open or resolved
 * becomes the requester's PUBLIC comment on it, as if they had commented over the API (so a PENDING ticket
 * resumes and a RESOLVED one within the reopen window reopens, by the ticket's own rules); any other mail
 * opens the INCIDENT the event names, channel EMAIL, by the account that took the mail in (like an alert's,
 * D57). A reply that cannot be added (the ticket is closed or cancelled, is someone else's, or is unknown
 * here) opens a new ticket that names the old one, rather than being lost or landing on a stranger's ticket.
 * Idempotent: the ticket id comes with the event, and the comment's id is the mail's.
 */
@Component
class EmailTickets implements ChannelEventHandler {

    private static final Logger log = LoggerFactory.getLogger(EmailTickets.class);
    private static final int MAX_SUBJECT = 200;
    private static final int MAX_TEXT = 20_000;

    private final CloudEventCodec codec;
    private final TicketTimeline tickets;
    private final TicketNumberAllocator numbers;
    private final CommandDispatch commands;
    private final Duration reopenWindow;

    EmailTickets(CloudEventCodec codec, TicketTimeline tickets, TicketNumberAllocator numbers,
            CommandDispatch commands, @Value("${helpdesk.tickets.reopen-window:7d}") Duration reopenWindow) {
        this.codec = codec;
        this.tickets = tickets;
        this.numbers = numbers;
        this.commands = commands;
        this.reopenWindow = reopenWindow;
    }

    @Override
    public String type() {
        return EmailEventTypes.RECEIVED;
    }

    @Override
    public String handle(CloudEvent event) {
        EmailReceived mail = codec.dataOf(event, EmailReceived.class);
        UUID ticketId = readable(mail, event.getId());
        if (mail.replyToTicketId() == null) {
            return open(ticketId, mail, null);
        }
        UUID repliedTo = uuid(mail.replyToTicketId(), "replyToTicketId", event.getId());
        Optional<TicketView> found = tickets.current(repliedTo);
        if (found.isEmpty()) {
            log.info("Mail {} answers ticket {}, which this service does not know: a new ticket", mail.mailId(),
                    repliedTo);
            return open(ticketId, mail, null);
        }
        TicketView ticket = found.get();
        if (!mail.requesterId().equals(ticket.requesterId())) {
            log.warn("Mail {} from {} answers ticket {} of another requester: a new ticket", mail.mailId(),
                    mail.requesterId(), ticket.number());
            return open(ticketId, mail, ticket);
        }
        if (ticket.status() == TicketStatus.CLOSED || ticket.status() == TicketStatus.CANCELLED) {
            return open(ticketId, mail, ticket);
        }
        return comment(ticketId, mail, ticket);
    }

    private String comment(UUID newTicketId, EmailReceived mail, TicketView ticket) {
        String commentId = mail.mailId();
        if (ticket.comments().stream().anyMatch(comment -> commentId.equals(comment.id()))) {
            return "already-commented";
        }
        try {
            commands.send(new AddComment(ticket.id(), null, commentId, mail.requesterId(), Author.CUSTOMER,
                    Visibility.PUBLIC, EmailTicketText.comment(mail), reopenWindow),
                    Map.of(MessageMetadata.ACTOR_ID, mail.requesterId()));
            return "commented";
        } catch (TicketRejected refused) {
            // closed or cancelled between the read and the command: the mail still needs a ticket
            log.info("Ticket {} refused mail {}: {}", ticket.number(), mail.mailId(), refused.getMessage());
            return open(newTicketId, mail, ticket);
        }
    }

    private String open(UUID ticketId, EmailReceived mail, TicketView followed) {
        if (tickets.current(ticketId).isPresent()) {
            return "already-open";
        }
        try {
            commands.send(new OpenTicket(ticketId, numbers.next(), TicketType.INCIDENT, mail.subject().strip(),
                    EmailTicketText.description(mail, followed == null ? null : followed.number().toString()),
                    mail.requesterId(), Channel.EMAIL, null, Level.LOW, Level.MEDIUM, List.of("email"),
                    mail.receivedBy()), Map.of(MessageMetadata.ACTOR_ID, mail.receivedBy()));
            return followed == null ? "opened" : "opened-follow-up";
        } catch (AggregateStreamCreationException | ConcurrencyException raced) {
            return "already-open"; // another instance opened it first
        }
    }

    /** The fields every step needs; without them the event is malformed and goes to the dead-letter topic. */
    private static UUID readable(EmailReceived mail, String eventId) {
        if (mail.mailId() == null || !mail.mailId().startsWith("email-") || mail.requesterId() == null
                || mail.requesterId().isBlank() || mail.receivedBy() == null || mail.receivedBy().isBlank()) {
            throw new MalformedEventException("Mail event " + eventId + " lacks its mailId, requesterId or receivedBy");
        }
        if (mail.subject() == null || mail.subject().isBlank() || mail.subject().strip().length() > MAX_SUBJECT) {
            throw new MalformedEventException("Mail event " + eventId + " has no subject of 1 to " + MAX_SUBJECT
                    + " characters");
        }
        if (mail.text() != null && mail.text().length() > MAX_TEXT) {
            throw new MalformedEventException("Mail event " + eventId + " has a text longer than " + MAX_TEXT);
        }
        return uuid(mail.ticketId(), "ticketId", eventId);
    }

    private static UUID uuid(String value, String field, String eventId) {
        try {
            return UUID.fromString(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("Mail event " + eventId + " has no " + field + " that is a UUID", e);
        }
    }
}
