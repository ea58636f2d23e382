package dev.helpdesk.customer.email.web;

import dev.helpdesk.customer.email.intake.MailAttachments;
import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.security.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads an inbound mail's attachment (D84): staff (agents, supervisors, admins, integrations) may read
 * any; a customer only those of their own mail, and for anyone else's gets the 404 of an attachment that
 * does not exist (as for tickets: nothing is told about others). Always as a download
 * ({@code Content-Disposition: attachment}, {@code nosniff}), never rendered in the service's origin.
 */
@RestController
class EmailAttachmentsController {

    private final MailAttachments attachments;

    EmailAttachmentsController(MailAttachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/api/v1/channels/email/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable String id, Caller caller) {
        boolean staff = caller.hasAny(Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.INTEGRATION);
        MailAttachments.Stored stored = attachments.find(id)
                .filter(found -> staff || (caller.has(Role.CUSTOMER) && caller.customerId() != null
                        && caller.customerId().equals(found.requesterId())))
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND, "No attachment " + id), null));
        MediaType type;
        try {
            type = MediaType.parseMediaType(stored.ref().contentType());
        } catch (IllegalArgumentException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(stored.ref().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(stored.data());
    }
}
