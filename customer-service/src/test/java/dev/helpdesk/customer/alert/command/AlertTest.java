package dev.helpdesk.customer.alert.command;

import dev.helpdesk.customer.alert.api.AlertFired;
import dev.helpdesk.customer.alert.api.AlertNotification;
import dev.helpdesk.customer.alert.api.AlertOutcome;
import dev.helpdesk.customer.alert.api.AlertReceipt;
import dev.helpdesk.customer.alert.api.AlertResolved;
import dev.helpdesk.customer.alert.api.ReceiveAlert;
import java.time.Instant;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlertTest {

    private static final String FINGERPRINT = "c3e1d9a2b4f60718";
    private static final Instant STARTED = Instant.parse("2026-11-27T10:14:30Z");
    private static final Instant ENDED = Instant.parse("2026-11-27T10:44:30Z");
    private static final Instant AGAIN = Instant.parse("2026-11-27T11:02:00Z");

    private FixtureConfiguration<Alert> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alert.class);
    }

    private static AlertNotification firing(Instant start) {
        return new AlertNotification(true, "DiskAlmostFull", Map.of("alertname", "DiskAlmostFull",
                "severity", "critical"), Map.of("summary", "Disk full"), start, null, null, null, "helpdesk",
                "demo-integration");
    }

    private static AlertNotification resolved(Instant start, Instant end) {
        return new AlertNotification(false, "DiskAlmostFull", Map.of("alertname", "DiskAlmostFull",
                "severity", "critical"), Map.of("summary", "Disk full"), start, end, null, null, "helpdesk",
                "demo-integration");
    }

    private static String incident(Instant start) {
        return Alert.incidentOf(FINGERPRINT, start);
    }

    @Test
    void theFirstFiringStartsAnOccurrenceWithItsIncident() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveAlert(FINGERPRINT, firing(STARTED)))
                .expectEvents(new AlertFired(FINGERPRINT, incident(STARTED), firing(STARTED)))
                .expectResultMessagePayload(new AlertReceipt(FINGERPRINT, incident(STARTED), AlertOutcome.OPENED));
    }

    @Test
    void theSameOccurrenceNotifiedAgainRecordsNothing() {
        fixture.given(new AlertFired(FINGERPRINT, incident(STARTED), firing(STARTED)))
                .when(new ReceiveAlert(FINGERPRINT, firing(STARTED)))
                .expectNoEvents()
                .expectResultMessagePayload(new AlertReceipt(FINGERPRINT, incident(STARTED), AlertOutcome.REPEATED));
    }

    @Test
    void theResolvedNotificationEndsTheOccurrenceAndNamesItsIncident() {
        fixture.given(new AlertFired(FINGERPRINT, incident(STARTED), firing(STARTED)))
                .when(new ReceiveAlert(FINGERPRINT, resolved(STARTED, ENDED)))
                .expectEvents(new AlertResolved(FINGERPRINT, incident(STARTED), resolved(STARTED, ENDED)))
                .expectResultMessagePayload(new AlertReceipt(FINGERPRINT, incident(STARTED), AlertOutcome.RESOLVED));
    }

    @Test
    void aResolvedAlertOfNoKnownOccurrenceRecordsNothing() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveAlert(FINGERPRINT, resolved(STARTED, ENDED)))
                .expectNoEvents()
                .expectResultMessagePayload(new AlertReceipt(FINGERPRINT, null, AlertOutcome.IGNORED));
    }

    @Test
    void aResolvedNotificationSentAgainRecordsNothing() {
        fixture.given(new AlertFired(FINGERPRINT, incident(STARTED), firing(STARTED)),
                        new AlertResolved(FINGERPRINT, incident(STARTED), resolved(STARTED, ENDED)))
                .when(new ReceiveAlert(FINGERPRINT, resolved(STARTED, ENDED)))
                .expectNoEvents()
                .expectResultMessagePayload(new AlertReceipt(FINGERPRINT, null, AlertOutcome.IGNORED));
    }

    @Test
    void aLateFiringOfAnOccurrenceThatEndedRecordsNothing() {
        fixture.given(new AlertFired(FINGERPRINT, incident(STARTED), firing(STARTED)),
                        new AlertResolved(FINGERPRINT, incident(STARTED), resolved(STARTED, ENDED)))
                .when(new ReceiveAlert(FINGERPRINT, firing(STARTED)))
                .expectNoEvents()
                .expectResultMessagePayload(new AlertReceipt(FINGERPRINT, incident(STARTED), AlertOutcome.IGNORED));
    }

    @Test
    void firingAgainAfterTheEndStartsANewOccurrenceWithANewIncident() {
        fixture.given(new AlertFired(FINGERPRINT, incident(STARTED), firing(STARTED)),
                        new AlertResolved(FINGERPRINT, incident(STARTED), resolved(STARTED, ENDED)))
                .when(new ReceiveAlert(FINGERPRINT, firing(AGAIN)))
                .expectEvents(new AlertFired(FINGERPRINT, incident(AGAIN), firing(AGAIN)))
                .expectResultMessagePayload(new AlertReceipt(FINGERPRINT, incident(AGAIN), AlertOutcome.OPENED));
    }

    @Test
    void aLaterStartWhileFiringEndsTheOccurrenceWhoseEndWasMissedAndStartsTheNext() {
        fixture.given(new AlertFired(FINGERPRINT, incident(STARTED), firing(STARTED)))
                .when(new ReceiveAlert(FINGERPRINT, firing(AGAIN)))
                .expectEvents(new AlertResolved(FINGERPRINT, incident(STARTED), firing(AGAIN).endedAt(AGAIN)),
                        new AlertFired(FINGERPRINT, incident(AGAIN), firing(AGAIN)))
                .expectResultMessagePayload(new AlertReceipt(FINGERPRINT, incident(AGAIN), AlertOutcome.OPENED));
    }

    @Test
    void aResolvedNotificationOfAnOlderOccurrenceLeavesTheFiringOneAlone() {
        fixture.given(new AlertFired(FINGERPRINT, incident(AGAIN), firing(AGAIN)))
                .when(new ReceiveAlert(FINGERPRINT, resolved(STARTED, ENDED)))
                .expectNoEvents()
                .expectResultMessagePayload(new AlertReceipt(FINGERPRINT, null, AlertOutcome.IGNORED));
    }
}
