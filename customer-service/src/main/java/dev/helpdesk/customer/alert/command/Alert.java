package dev.helpdesk.customer.alert.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.helpdesk.customer.alert.api.AlertFired;
import dev.helpdesk.customer.alert.api.AlertNotification;
import dev.helpdesk.customer.alert.api.AlertOutcome;
import dev.helpdesk.customer.alert.api.AlertReceipt;
import dev.helpdesk.customer.alert.api.AlertResolved;
import dev.helpdesk.customer.alert.api.ReceiveAlert;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One monitoring alert, by its Alertmanager fingerprint, and its occurrences. An occurrence is
 * Alertmanager's: it starts at the alert's {@code startsAt}, which stays the same for every
 * notification while the alert keeps firing, and ends with the resolved notification. Each occurrence
 * gets one incident, whose id is derived from the fingerprint and the start, so a notification sent
 * again finds the same one. Notifications repeating a firing occurrence, and notifications of an older
 * occurrence arriving late (a retried webhook), record nothing.
 */
@Aggregate
class Alert {

    @AggregateIdentifier
    private String fingerprint;
    /** The occurrence firing now; null when none is. */
    private Occurrence firing;
    /** The start of the last occurrence that ended; null when none has. */
    private Instant lastEndedStart;

    protected Alert() {
        // for Axon: the state is rebuilt from the events
    }

    /**
     * A firing alert starts an occurrence unless it is the one firing now or an older one. A firing
     * alert of a later start while one is firing means Alertmanager saw the earlier end without telling
     * (its resolved notification was lost or not sent): that occurrence ends, the new one begins.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    AlertReceipt handle(ReceiveAlert command) {
        AlertNotification notification = Objects.requireNonNull(command.notification(), "notification");
        Instant start = Objects.requireNonNull(notification.startsAt(), "startsAt");
        return notification.firing() ? fire(command.fingerprint(), notification, start)
                : resolve(command.fingerprint(), notification, start);
    }

    private AlertReceipt fire(String id, AlertNotification notification, Instant start) {
        if (firing != null && !start.isAfter(firing.start())) {
            return new AlertReceipt(id, firing.incidentId(), AlertOutcome.REPEATED);
        }
        if (firing == null && lastEndedStart != null && !start.isAfter(lastEndedStart)) {
            return new AlertReceipt(id, incidentOf(id, start), AlertOutcome.IGNORED);
        }
        if (firing != null) {
            apply(new AlertResolved(id, firing.incidentId(), notification.endedAt(start)));
        }
        String incidentId = incidentOf(id, start);
        apply(new AlertFired(id, incidentId, notification));
        return new AlertReceipt(id, incidentId, AlertOutcome.OPENED);
    }

    /** Ends the occurrence firing now; a resolved alert of an older occurrence, or of none, changes nothing. */
    private AlertReceipt resolve(String id, AlertNotification notification, Instant start) {
        if (firing == null || start.isBefore(firing.start())) {
            return new AlertReceipt(id, null, AlertOutcome.IGNORED);
        }
        String incidentId = firing.incidentId();
        apply(new AlertResolved(id, incidentId, notification));
        return new AlertReceipt(id, incidentId, AlertOutcome.RESOLVED);
    }

    /** A name-based UUID of the fingerprint and the occurrence's start: the same occurrence, the same incident. */
    static String incidentOf(String fingerprint, Instant start) {
        return UUID.nameUUIDFromBytes(("alertmanager:" + fingerprint + ":" + start)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    @EventSourcingHandler
    void on(AlertFired event) {
        fingerprint = event.fingerprint();
        firing = new Occurrence(event.notification().startsAt(), event.incidentId());
    }

    @EventSourcingHandler
    void on(AlertResolved event) {
        fingerprint = event.fingerprint();
        lastEndedStart = firing == null ? event.notification().startsAt() : firing.start();
        firing = null;
    }

    private record Occurrence(Instant start, String incidentId) {
    }
}
