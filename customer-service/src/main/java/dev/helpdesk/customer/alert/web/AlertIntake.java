package dev.helpdesk.customer.alert.web;

import dev.helpdesk.customer.alert.api.AlertNotification;
import dev.helpdesk.customer.alert.api.AlertReceipt;
import dev.helpdesk.customer.alert.api.ReceiveAlert;
import dev.helpdesk.eventsourcing.CommandDispatch;
import java.util.Map;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * Sends one alert to its aggregate. Two instances (or two Alertmanager replicas notifying at once) may
 * write the same alert at the same moment; the event store's unique index lets one win and the other
 * is sent again, so it decides on the winner's state (usually: the occurrence is firing already).
 */
@Component
class AlertIntake {

    private static final int ATTEMPTS = 3;

    private final CommandDispatch commands;

    AlertIntake(CommandDispatch commands) {
        this.commands = commands;
    }

    AlertReceipt receive(String fingerprint, AlertNotification notification, Map<String, ?> metadata) {
        for (int attempt = 1; ; attempt++) {
            try {
                return commands.sendAndWait(new ReceiveAlert(fingerprint, notification), metadata);
            } catch (AggregateStreamCreationException | ConcurrencyException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }
}
