package dev.helpdesk.escalation.clocks.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.escalation.calendar.BusinessCalendar;
import dev.helpdesk.escalation.calendars.DefaultCalendars;
import dev.helpdesk.escalation.clock.SlaClock;
import dev.helpdesk.escalation.clock.SlaClockState;
import dev.helpdesk.escalation.clock.SlaTargets;
import dev.helpdesk.escalation.clock.TargetKind;
import dev.helpdesk.escalation.clock.Threshold;
import dev.helpdesk.escalation.clocks.Escalation;
import dev.helpdesk.escalation.clocks.EscalationLevel;
import dev.helpdesk.escalation.clocks.EscalationRequest;
import dev.helpdesk.escalation.clocks.FollowUp;
import dev.helpdesk.escalation.clocks.FollowUpKind;
import dev.helpdesk.escalation.clocks.FollowUps;
import dev.helpdesk.escalation.clocks.PolicyInForce;
import dev.helpdesk.escalation.clocks.PolicyLookup;
import dev.helpdesk.escalation.clocks.QueuedSlaEvent;
import dev.helpdesk.escalation.clocks.RecordedThreshold;
import dev.helpdesk.escalation.clocks.TargetStopped;
import dev.helpdesk.escalation.clocks.TicketClock;
import dev.helpdesk.escalation.clocks.TicketDetails;
import dev.helpdesk.escalation.clocks.TicketEvent;
import dev.helpdesk.escalation.clocks.TicketTransition;
import dev.helpdesk.escalation.policies.Priority;
import dev.helpdesk.escalation.policies.TicketType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;

/** A clock written to its document and read back is the same clock, calendar and all. */
class ClockMappingTest {

    private static final String TICKET = "5b0c1f3e-8d2a-4c6b-9e7f-1a2b3c4d5e6f";
    private static final Instant T0 = Instant.parse("2026-03-27T16:00:00.123456789Z");
    private static final BusinessCalendar BERLIN = BusinessCalendar.parse(ZoneId.of("Europe/Berlin"),
            Map.of(DayOfWeek.MONDAY, List.of(List.of("08:00", "12:00"), List.of("13:00", "17:00")),
                    DayOfWeek.FRIDAY, List.of(List.of("08:00", "24:00"))),
            List.of(LocalDate.parse("2026-04-03")));
    /** Odd warnings, so that thresholds fall on nanoseconds. */
    private static final PolicyLookup ODD = facts -> Optional.of(new PolicyInForce("odd", "berlin",
            new SlaTargets(Duration.ofSeconds(7), Duration.ofHours(30), List.of(Threshold.of("0.123456789"),
                    Threshold.of("0.9"))), BERLIN));

    @Test
    void aClockInEveryStateReadsBackEqual() {
        TicketClock opened = TicketClock.opened(new TicketEvent(TICKET, 1, T0, new TicketTransition.Opened(
                new TicketDetails(Priority.P3, TicketType.SERVICE_REQUEST, "Laptops", "c-7"))), ODD);
        TicketClock paused = opened.applied(event(2, "PT1S", new TicketTransition.Paused()), ODD);
        TicketClock resumed = paused.applied(event(3, "PT2H", new TicketTransition.Resumed()), ODD);
        TicketClock responded = resumed.applied(event(4, "PT3H", new TicketTransition.FirstResponded()), ODD);
        TicketClock retargeted = responded.applied(event(5, "PT4H", new TicketTransition.PriorityChanged(Priority.P1)),
                facts -> Optional.of(new PolicyInForce("default-p1", "24x7", SlaTargets.of(Duration.ofMinutes(15),
                        Duration.ofHours(4)), DefaultCalendars.in(ZoneId.of("UTC")).get(0).calendar())));
        TicketClock resolved = retargeted.applied(event(6, "PT90H", new TicketTransition.Resolved()), ODD);
        TicketClock unknownFacts = TicketClock.opened(new TicketEvent(TICKET, 1, T0, new TicketTransition.Opened(
                new TicketDetails(null, null, null, null))), facts -> Optional.empty());

        for (TicketClock clock : List.of(opened, paused, resumed, responded, retargeted, resolved, unknownFacts)) {
            Document stored = ClockMapping.toDocument(clock);

            assertThat(ClockMapping.fromDocument(throughBson(stored))).isEqualTo(clock);
        }
    }

    @Test
    void theDocumentHoldsTheQueryableNextDueRoundedUpAndTheCalendarAsPublished() {
        TicketClock opened = TicketClock.opened(new TicketEvent(TICKET, 1, T0, new TicketTransition.Opened(
                new TicketDetails(Priority.P3, TicketType.INCIDENT, null, null))), ODD);

        Document stored = ClockMapping.toDocument(opened);

        Instant nextDue = opened.nextDue().orElseThrow();
        assertThat(stored.getDate("nextDue")).isEqualTo(ClockMapping.notBefore(nextDue));
        assertThat(stored.getDate("nextDue").toInstant()).isAfterOrEqualTo(nextDue)
                .isBefore(nextDue.plusMillis(1));
        assertThat(stored.getString("_id")).isEqualTo(TICKET);
        assertThat(stored.getString("policyId")).isEqualTo("odd");
        Document calendar = stored.get("calendar", Document.class);
        assertThat(calendar.getString("zone")).isEqualTo("Europe/Berlin");
        assertThat(calendar.get("hours", Document.class).get("MONDAY"))
                .isEqualTo(List.of(List.of("08:00", "12:00"), List.of("13:00", "17:00")));
        assertThat(calendar.getList("holidays", String.class)).containsExactly("2026-04-03");
        Document resolution = stored.get("clock", Document.class).get("resolution", Document.class);
        assertThat(resolution.getString("target")).isEqualTo("PT30H");
        assertThat(resolution.getList("warnAt", String.class)).containsExactly("0.123456789", "0.9");
    }

    @Test
    void aClockThatCountsNothingHasNoNextDue() {
        TicketClock paused = TicketClock.opened(new TicketEvent(TICKET, 1, T0, new TicketTransition.Opened(
                new TicketDetails(Priority.P3, TicketType.INCIDENT, null, null))), ODD)
                .applied(event(2, "PT1S", new TicketTransition.Paused()), ODD);

        assertThat(ClockMapping.toDocument(paused).get("nextDue")).isNull();
        assertThat(ClockMapping.toDocument(paused).containsKey("nextDue")).isTrue();
    }

    @Test
    void aQueuedThresholdReadsBackAsItWasRecordedToTheNanosecond() {
        TicketClock opened = TicketClock.opened(new TicketEvent(TICKET, 1, T0, new TicketTransition.Opened(
                new TicketDetails(Priority.P3, TicketType.INCIDENT, null, null))), ODD);
        RecordedThreshold warning = new RecordedThreshold(4, TargetKind.RESOLUTION, Threshold.of("0.123456789"),
                T0.plusNanos(1), T0.plusSeconds(7), Duration.ofNanos(6_135_802_469L), "odd", null);
        RecordedThreshold breach = new RecordedThreshold(5, TargetKind.FIRST_RESPONSE, Threshold.BREACH,
                T0.plusSeconds(7), T0.plusSeconds(7), Duration.ZERO, "odd", Priority.P3);
        Document stored = ClockMapping.toDocument(opened).append("unpublished",
                List.of(ClockMapping.unpublished(warning), ClockMapping.unpublished(breach)));

        assertThat(ClockMapping.queued(throughBson(stored))).containsExactly(warning, breach);
    }

    @Test
    void anEscalatedClockAndAQueuedEscalationReadBackAndOnlyTheEscalationMatchesItsIdentity() {
        TicketClock opened = TicketClock.opened(new TicketEvent(TICKET, 1, T0, new TicketTransition.Opened(
                new TicketDetails(Priority.P3, TicketType.INCIDENT, null, null))), ODD);
        List<EscalationLevel> both = List.of(EscalationLevel.FUNCTIONAL, EscalationLevel.HIERARCHICAL);
        TicketClock escalated = new TicketClock(TICKET, 1, opened.details(), opened.openedAt(), opened.policyId(),
                opened.calendarId(), opened.clock(),
                List.of(new Escalation(TargetKind.FIRST_RESPONSE, both, T0.plusSeconds(7).plusNanos(3))));
        RecordedThreshold breach = new RecordedThreshold(5, TargetKind.FIRST_RESPONSE, Threshold.BREACH,
                T0.plusSeconds(7), T0.plusSeconds(7), Duration.ZERO, "odd", Priority.P3);
        EscalationRequest escalation = new EscalationRequest(6, TargetKind.FIRST_RESPONSE, both, T0.plusSeconds(7),
                T0.plusSeconds(7), "odd", Priority.P3);
        Document stored = throughBson(ClockMapping.toDocument(escalated).append("unpublished",
                List.of(ClockMapping.unpublished(breach), ClockMapping.unpublished(escalation))));

        assertThat(ClockMapping.fromDocument(stored)).isEqualTo(escalated);
        assertThat(stored.getBoolean(ClockMapping.ESCALATION_ACTIVE)).isTrue();
        assertThat(ClockMapping.queued(stored)).containsExactly(breach, escalation);
        // a $pull of the breach's identity must leave its escalation queued, and the other way round
        List<Document> entries = stored.getList("unpublished", Document.class);
        assertThat(entries).filteredOn(entry -> matches(entry, ClockMapping.identityOf(breach))).hasSize(1)
                .allMatch(entry -> entry.containsKey("target"));
        assertThat(entries).filteredOn(entry -> matches(entry, ClockMapping.identityOf(escalation))).hasSize(1)
                .allMatch(entry -> entry.containsKey("levels"));
    }

    @Test
    void aWaitingEscalationReadsBackWaitingAndAnEscalationStoredBeforeDelaysWasRequestedAtItsBreach() {
        TicketClock opened = TicketClock.opened(new TicketEvent(TICKET, 1, T0, new TicketTransition.Opened(
                new TicketDetails(Priority.P3, TicketType.INCIDENT, null, null))), ODD);
        Escalation waiting = new Escalation(TargetKind.RESOLUTION, List.of(EscalationLevel.HIERARCHICAL),
                T0.plusSeconds(7), T0.plusSeconds(67), false, "odd", Priority.P3);
        TicketClock escalated = new TicketClock(TICKET, 1, opened.details(), opened.openedAt(), opened.policyId(),
                opened.calendarId(), opened.clock(), List.of(waiting));

        Document stored = throughBson(ClockMapping.toDocument(escalated));
        assertThat(ClockMapping.fromDocument(stored)).isEqualTo(escalated);
        assertThat(stored.getBoolean(ClockMapping.ESCALATION_ACTIVE)).isFalse();
        assertThat(stored.get(ClockMapping.ESCALATED_AT)).isNull();

        Document old = stored.getList(ClockMapping.ESCALATIONS, Document.class).get(0);
        old.keySet().retainAll(List.of("target", "levels", "at"));
        assertThat(ClockMapping.fromDocument(throughBson(stored)).escalations()).containsExactly(
                new Escalation(TargetKind.RESOLUTION, List.of(EscalationLevel.HIERARCHICAL), T0.plusSeconds(7)));
    }

    @Test
    void followUpsAndQueuedFollowUpsReadBackAndEachHasItsOwnIdentity() {
        TicketClock opened = TicketClock.opened(new TicketEvent(TICKET, 1, T0, new TicketTransition.Opened(
                new TicketDetails(Priority.P3, TicketType.INCIDENT, null, null))), ODD);
        FollowUps followUps = new FollowUps(T0.plusNanos(7), null, T0.plusSeconds(9), T0.plusSeconds(99), 2, 5);
        TicketClock following = new TicketClock(TICKET, 1, opened.details(), opened.openedAt(), opened.policyId(),
                opened.calendarId(), opened.clock(), List.of(), followUps);
        FollowUp close = new FollowUp(6, FollowUpKind.AUTO_CLOSE, T0.plusSeconds(60), T0.plusNanos(7), 0);
        FollowUp first = new FollowUp(7, FollowUpKind.PENDING_REMINDER, T0.plusSeconds(70), T0.plusSeconds(9), 1);
        FollowUp second = new FollowUp(8, FollowUpKind.PENDING_REMINDER, T0.plusSeconds(80), T0.plusSeconds(9), 2);
        Document stored = throughBson(ClockMapping.toDocument(following).append("unpublished",
                List.of(ClockMapping.unpublished(close), ClockMapping.unpublished(first),
                        ClockMapping.unpublished(second))));

        assertThat(ClockMapping.fromDocument(stored)).isEqualTo(following);
        assertThat(ClockMapping.queued(stored)).containsExactly(close, first, second);
        List<Document> entries = stored.getList("unpublished", Document.class);
        for (FollowUp followUp : List.of(close, first, second)) {
            assertThat(entries).filteredOn(entry -> matches(entry, ClockMapping.identityOf(followUp))).hasSize(1);
        }
    }

    @Test
    void aClockStoredBeforeFollowUpsExistedHasNonePending() {
        TicketClock opened = TicketClock.opened(new TicketEvent(TICKET, 1, T0, new TicketTransition.Opened(
                new TicketDetails(Priority.P3, TicketType.INCIDENT, null, null))), ODD);
        Document stored = throughBson(ClockMapping.toDocument(opened));
        stored.remove("followUps");

        assertThat(ClockMapping.fromDocument(stored).followUps()).isEqualTo(FollowUps.NONE);
    }

    @Test
    void stopsQueuedAndQueuedStopsReadBackAndEachHasItsOwnIdentity() {
        TicketClock opened = TicketClock.opened(new TicketEvent(TICKET, 1, T0, new TicketTransition.Opened(
                new TicketDetails(Priority.P3, TicketType.INCIDENT, null, null))), ODD);
        TicketClock stopping = new TicketClock(TICKET, 1, opened.details(), opened.openedAt(), opened.policyId(),
                opened.calendarId(), opened.clock(), List.of(), FollowUps.NONE, 3);
        TargetStopped first = new TargetStopped(2, TargetKind.RESOLUTION, "odd", "cal", Duration.ofSeconds(70),
                Duration.ofSeconds(90).plusNanos(5), true, T0.plusSeconds(90).plusNanos(5));
        // resolved again at the same instant (stamped before the clock's last change): its own entry
        TargetStopped again = new TargetStopped(3, TargetKind.RESOLUTION, "odd", "cal", Duration.ofSeconds(80),
                Duration.ofSeconds(90).plusNanos(5), false, T0.plusSeconds(90).plusNanos(5));
        RecordedThreshold breach = new RecordedThreshold(1, TargetKind.RESOLUTION, Threshold.BREACH,
                T0.plusSeconds(7), T0.plusSeconds(7), Duration.ZERO, "odd", Priority.P3);
        Document stored = throughBson(ClockMapping.toDocument(stopping).append("unpublished",
                List.of(ClockMapping.unpublished(breach), ClockMapping.unpublished(first),
                        ClockMapping.unpublished(again))));

        assertThat(ClockMapping.fromDocument(stored)).isEqualTo(stopping);
        assertThat(ClockMapping.queued(stored)).containsExactly(breach, first, again);
        List<Document> entries = stored.getList("unpublished", Document.class);
        for (QueuedSlaEvent queued : List.of(breach, first, again)) {
            assertThat(entries).filteredOn(entry -> matches(entry, ClockMapping.identityOf(queued))).hasSize(1);
        }
        stored.remove(ClockMapping.STOPS_QUEUED);
        assertThat(ClockMapping.fromDocument(stored).stopsQueued()).as("stored before stops").isZero();
    }

    /** Whether {@code entry} has every field of {@code identity}, as a {@code $pull} condition matches. */
    private static boolean matches(Document entry, Document identity) {
        return identity.entrySet().stream().allMatch(field -> field.getValue().equals(entry.get(field.getKey())));
    }

    @Test
    void aThresholdQueuedBeforeItCarriedItsContextIsReadWithWhatTheClockKnows() {
        // 0.123456789 of 7 s and the first response's breach are reached; the breach is still queued
        TicketClock due = TicketClock.opened(new TicketEvent(TICKET, 1, T0, new TicketTransition.Opened(
                new TicketDetails(Priority.P3, TicketType.INCIDENT, null, null))), ODD);
        SlaClockState reached = due.clock().fireDue(T0.plusSeconds(8)).clock().state();
        TicketClock fired = new TicketClock(TICKET, 1, due.details(), due.openedAt(), due.policyId(), due.calendarId(),
                SlaClock.restored(reached, BERLIN));
        Instant breachedAt = reached.firstResponse().reached().get(2).at();
        Document stored = ClockMapping.toDocument(fired).append("unpublished", List.of(
                new Document("target", "FIRST_RESPONSE").append("threshold", "1").append("breach", true)
                        .append("at", breachedAt.toString())));

        assertThat(ClockMapping.queued(throughBson(stored))).containsExactly(new RecordedThreshold(3,
                TargetKind.FIRST_RESPONSE, Threshold.BREACH, breachedAt, breachedAt, null, "odd", Priority.P3));
    }

    /** The document as the driver writes it and reads it back: BSON types, not Java objects. */
    private static Document throughBson(Document document) {
        DocumentCodec codec = new DocumentCodec();
        return new RawBsonDocument(document, codec).decode(codec);
    }

    private static TicketEvent event(long sequence, String sinceT0, TicketTransition transition) {
        return new TicketEvent(TICKET, sequence, T0.plus(Duration.parse(sinceT0)), transition);
    }
}
