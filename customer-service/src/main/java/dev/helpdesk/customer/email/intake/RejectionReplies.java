package dev.helpdesk.customer.email.intake;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The reply to a mail from an unknown sender when those are rejected ({@code helpdesk.email.unknown-senders=reject}):
 * sent once per mail (on the mail's first parking), marked {@code Auto-Submitted: auto-replied} (RFC 3834)
 * so that no auto-responder answers it. Never sent to our own address. A failed send is logged: the mail
 * itself stays on record among the parked mail.
 */
@Component
class RejectionReplies {

    private static final Logger log = LoggerFactory.getLogger(RejectionReplies.class);

    private final JavaMailSender mail;
    private final String from;

    RejectionReplies(JavaMailSender mail, @Value("${helpdesk.notifications.from:support@helpdesk.local}") String from) {
        this.mail = mail;
        this.from = from;
    }

    void reply(ParsedMail rejected) {
        if (rejected.from() == null || rejected.from().equalsIgnoreCase(from)) {
            return;
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(rejected.from());
            helper.setSubject("Re: " + (rejected.subject() == null ? "your mail" : rejected.subject()));
            helper.setText("Hello,\n\nthis address takes requests only from registered customers, and we could not"
                    + " find one with your address. Your mail was not turned into a ticket.\n\nPlease ask your"
                    + " organisation's service desk contact to register you, or use the self-service portal.\n\n"
                    + "-- The help desk (an automatic reply)\n");
            message.setHeader("Auto-Submitted", "auto-replied");
            if (rejected.messageId() != null) {
                message.setHeader("In-Reply-To", rejected.messageId());
                message.setHeader("References", rejected.messageId());
            }
            mail.send(message);
        } catch (MessagingException | MailException e) {
            log.error("The rejection reply to {} could not be sent: {}", rejected.from(), e.getMessage());
        }
    }
}
