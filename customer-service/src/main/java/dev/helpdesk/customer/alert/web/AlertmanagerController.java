package dev.helpdesk.customer.alert.web;

import dev.helpdesk.customer.alert.api.AlertReceipt;
import dev.helpdesk.eventsourcing.RequestMetadata;
import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.web.ProblemDetailsAdvice;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Prometheus Alertmanager's webhook receiver ({@code webhook_configs}): each alert of a notification
 * is taken by its fingerprint's aggregate, which opens an incident for a new occurrence and resolves
 * it when the occurrence ends; the incidents themselves are opened and resolved by the ticket service
 * from the channels topic, so the answer is 202 with what became of each alert. The whole notification
 * is checked first: one invalid alert makes it a 400 naming every invalid field, and none is taken.
 */
@RestController
class AlertmanagerController {

    static final String PATH = "/api/v1/integrations/alertmanager";

    private final AlertIntake intake;

    AlertmanagerController(AlertIntake intake) {
        this.intake = intake;
    }

    @PostMapping(PATH)
    ResponseEntity<AlertmanagerReply> receive(@RequestBody(required = false) AlertmanagerPayload payload,
            Caller caller, HttpServletRequest http) {
        List<Map.Entry<String, String>> violations = AlertmanagerPayloads.violations(payload);
        if (!violations.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemDetailsAdvice.invalidFields(violations),
                    null);
        }
        Map<String, Object> metadata = RequestMetadata.of(caller, http);
        List<AlertmanagerReply.Alert> taken = new ArrayList<>();
        for (AlertmanagerPayload.Alert alert : payload.alerts()) {
            AlertReceipt receipt = intake.receive(alert.fingerprint(),
                    AlertmanagerPayloads.notificationOf(payload, alert, caller.id()), metadata);
            taken.add(new AlertmanagerReply.Alert(receipt.fingerprint(), alert.status(), receipt.incidentId(),
                    receipt.outcome().name()));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new AlertmanagerReply(taken));
    }
}
