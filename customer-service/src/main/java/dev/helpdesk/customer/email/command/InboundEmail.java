package dev.helpdesk.customer.email.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.helpdesk.customer.email.api.EmailReceived;
import dev.helpdesk.customer.email.api.InvalidEmail;
import dev.helpdesk.customer.email.api.ReceiveEmail;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One inbound mail, by its id (the hash of its Message-ID). It is created when the mail is taken and
 * never changes: the same mail taken again, by a restarted reader, a second instance polling the same
 * mailbox or a webhook retried, is a second creation of the same aggregate, which the event store
 * refuses (its unique index on aggregate and sequence). That, not a separate check, makes each mail
 * count once, as an alert's fingerprint does (D55) and a survey link does (D81).
 */
@Aggregate
class InboundEmail {

    static final String ID_PREFIX = "email-";

    @AggregateIdentifier
    private String mailId;

    protected InboundEmail() {
        // for Axon: the state is rebuilt from the events
    }

    @CommandHandler
    InboundEmail(ReceiveEmail command) {
        if (command.mailId() == null || !command.mailId().startsWith(ID_PREFIX)) {
            throw new InvalidEmail("A mail's id starts with " + ID_PREFIX);
        }
        if (command.requesterId() == null || command.requesterId().isBlank()) {
            throw new InvalidEmail("Mail " + command.mailId() + " names no requester");
        }
        if (command.ticketId() == null || command.mail() == null || command.mail().subject() == null
                || command.mail().subject().isBlank()) {
            throw new InvalidEmail("Mail " + command.mailId() + " lacks its ticket id or subject");
        }
        apply(new EmailReceived(command.mailId(), command.messageId(), command.ticketId(),
                command.replyToTicketId(), command.replyToNumber(), command.requesterId(),
                command.requesterRegistered(), command.mail(), command.via(), command.receivedBy()));
    }

    @EventSourcingHandler
    void on(EmailReceived event) {
        mailId = event.mailId();
    }
}
