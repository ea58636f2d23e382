package dev.helpdesk.customer.email.integration;

import dev.helpdesk.contracts.email.EmailEventTypes;
import dev.helpdesk.customer.channel.ChannelEvent;
import dev.helpdesk.customer.channel.ChannelEventMapping;
import dev.helpdesk.customer.email.api.AttachmentRef;
import dev.helpdesk.customer.email.api.EmailReceived;
import dev.helpdesk.customer.email.intake.MailAttachments;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/**
 * A taken mail as {@value EmailEventTypes#RECEIVED} on the channels topic, keyed by the mail's id; the
 * ticket service opens its ticket or adds it as the requester's reply. The sender's address and name
 * stay here: the requester's id names them.
 */
@Component
class EmailChannelEvents implements ChannelEventMapping {

    @Override
    public Optional<ChannelEvent> map(Object event, DomainEventMessage<?> message) {
        if (event instanceof EmailReceived received) {
            return Optional.of(new ChannelEvent(EmailEventTypes.RECEIVED,
                    new dev.helpdesk.contracts.email.EmailReceived(received.mailId(), received.messageId(),
                            received.ticketId(), received.replyToTicketId(), received.replyToNumber(),
                            received.requesterId(), received.requesterRegistered(), received.mail().subject(),
                            received.mail().text() == null ? "" : received.mail().text(),
                            attachments(received.mail().attachments()), received.via(), received.receivedBy(),
                            message.getTimestamp())));
        }
        return Optional.empty();
    }

    private static List<Map<String, Object>> attachments(List<AttachmentRef> attachments) {
        return attachments.stream().map(attachment -> {
            Map<String, Object> published = new LinkedHashMap<>();
            published.put("id", attachment.id());
            published.put("fileName", attachment.fileName());
            published.put("contentType", attachment.contentType());
            published.put("size", attachment.size());
            published.put("path", MailAttachments.pathOf(attachment.id()));
            return published;
        }).toList();
    }
}
