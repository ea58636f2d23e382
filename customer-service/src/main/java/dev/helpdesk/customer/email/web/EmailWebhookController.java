package dev.helpdesk.customer.email.web;

import dev.helpdesk.customer.email.api.ReceiveEmail;
import dev.helpdesk.customer.email.intake.EmailSettings;
import dev.helpdesk.customer.email.intake.MailIntake;
import dev.helpdesk.customer.email.intake.MailParser;
import dev.helpdesk.customer.email.intake.ParsedMail;
import dev.helpdesk.customer.email.intake.UnparsableMail;
import dev.helpdesk.eventsourcing.RequestMetadata;
import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.web.ProblemDetailsAdvice;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A mail provider's inbound webhook (D85): the same intake as the mailbox reader, for providers that
 * deliver by HTTP. JSON ({@link InboundMailRequest}) or the raw mail ({@code message/rfc822}). A valid
 * mail is answered 202 with what became of it (taken, a duplicate, rejected); invalid input is a 400 or,
 * for an attachment over the limit, a 413, and nothing is stored: the provider is told at once, so
 * nothing is parked for it.
 */
@RestController
class EmailWebhookController {

    static final String PATH = "/api/v1/channels/email/inbound";

    private final MailIntake intake;
    private final EmailSettings settings;

    EmailWebhookController(MailIntake intake, EmailSettings settings) {
        this.intake = intake;
        this.settings = settings;
    }

    @PostMapping(path = PATH, consumes = "application/json")
    ResponseEntity<InboundMailReply> receive(@RequestBody(required = false) InboundMailRequest request,
            Caller caller, HttpServletRequest http) {
        List<Map.Entry<String, String>> violations = InboundMailRequests.violations(request);
        if (!violations.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemDetailsAdvice.invalidFields(violations),
                    null);
        }
        Map.Entry<String, String> oversized = InboundMailRequests.oversized(request,
                settings.maxAttachmentSize().toBytes());
        if (oversized != null) {
            throw tooLarge(oversized);
        }
        return accepted(InboundMailRequests.mailOf(request), caller, http);
    }

    @PostMapping(path = PATH, consumes = "message/rfc822")
    ResponseEntity<InboundMailReply> receiveRaw(@RequestBody(required = false) byte[] raw, Caller caller,
            HttpServletRequest http) {
        if (raw == null || raw.length == 0) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
                    ProblemDetailsAdvice.invalidField("body", "must be a mail (RFC 5322)"), null);
        }
        ParsedMail mail;
        try {
            mail = MailParser.parse(raw);
        } catch (UnparsableMail e) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
                    ProblemDetailsAdvice.invalidField("body", e.getMessage()), null);
        }
        if (mail.from() == null || !MailParser.isAddress(mail.from())) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
                    ProblemDetailsAdvice.invalidField("from", "the mail has no usable sender address"), null);
        }
        long limit = settings.maxAttachmentSize().toBytes();
        for (int i = 0; i < mail.attachments().size(); i++) {
            ParsedMail.Attachment attachment = mail.attachments().get(i);
            if (attachment.data().length > limit) {
                throw tooLarge(Map.entry("attachments[" + i + "]", attachment.fileName() + " has "
                        + attachment.data().length + " bytes, more than the limit of " + limit));
            }
        }
        return accepted(mail, caller, http);
    }

    private ResponseEntity<InboundMailReply> accepted(ParsedMail mail, Caller caller, HttpServletRequest http) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(InboundMailReply.of(
                intake.take(mail, ReceiveEmail.VIA_WEBHOOK, caller.id(), RequestMetadata.of(caller, http))));
    }

    private static ErrorResponseException tooLarge(Map.Entry<String, String> field) {
        ProblemDetail problem = ProblemDetailsAdvice.invalidFields(List.of(field));
        problem.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        problem.setTitle("Attachment too large");
        problem.setDetail("An attachment is larger than the limit; nothing was stored");
        return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
    }
}
