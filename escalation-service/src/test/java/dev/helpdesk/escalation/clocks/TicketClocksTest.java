package dev.helpdesk.escalation.clocks;

import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.DEFAULTS;
import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.TICKET;
import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.event;
import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.opened;
import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.escalation.clock.ClockOutcome;
import dev.helpdesk.escalation.clock.TargetKind;
import dev.helpdesk.escalation.clock.Threshold;
import dev.helpdesk.escalation.policies.DefaultPolicies;
import dev.helpdesk.escalation.policies.Priority;
import dev.helpdesk.escalation.policies.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Applying events to stored clocks: duplicates, unknown tickets, and writers that lose a race. */
class TicketClocksTest {

    /** A store in a map, with the same version rule as the Mongo one; can make writers lose races. */
    static final class MapStore implements TicketClockStore {

        final Map<String, Stored> clocks = new HashMap<>();
        int racesToLose;

        @Override
        public Optional<Stored> find(String ticketId) {
            return Optional.ofNullable(clocks.get(ticketId));
        }

        @Override
        public List<String> dueBy(Instant now, int limit) {
            return clocks.values().stream()
                    .filter(stored -> stored.clock().nextDue().filter(due -> !due.isAfter(now)).isPresent())
                    .sorted(Comparator.comparing(stored -> stored.clock().nextDue().orElseThrow()))
                    .limit(limit)
                    .map(stored -> stored.clock().ticketId())
                    .toList();
        }

        @Override
        public boolean insert(TicketClock clock) {
            return clocks.putIfAbsent(clock.ticketId(), new Stored(clock, 1)) == null;
        }

        final Map<String, List<QueuedSlaEvent>> unpublished = new HashMap<>();

        @Override
        public boolean replace(TicketClock clock, long expectedVersion, List<? extends QueuedSlaEvent> recorded) {
            Stored current = clocks.get(clock.ticketId());
            if (racesToLose > 0) {
                racesToLose--;
                // another writer got there first
                clocks.put(clock.ticketId(), new Stored(current.clock(), current.version() + 1));
                return false;
            }
            if (current == null || current.version() != expectedVersion) {
                return false;
            }
            clocks.put(clock.ticketId(), new Stored(clock, expectedVersion + 1));
            unpublished.computeIfAbsent(clock.ticketId(), id -> new ArrayList<>()).addAll(recorded);
            return true;
        }

        @Override
        public List<String> openAfter(String afterTicketId, int limit) {
            return clocks.values().stream().map(Stored::clock)
                    .filter(clock -> clock.clock() != null && !clock.clock().state().finished())
                    .map(TicketClock::ticketId)
                    .filter(id -> id.compareTo(afterTicketId) > 0)
                    .sorted()
                    .limit(limit)
                    .toList();
        }

        @Override
        public List<String> openOf(String requesterId, String afterTicketId, int limit) {
            return openAfter(afterTicketId, Integer.MAX_VALUE).stream()
                    .filter(id -> requesterId.equals(clocks.get(id).clock().details().requesterId()))
                    .limit(limit)
                    .toList();
        }

        @Override
        public Escalated activeEscalations(int page, int size) {
            List<TicketClock> active = clocks.values().stream().map(Stored::clock)
                    .filter(TicketClock::hasActiveEscalation)
                    .sorted(Comparator.comparing((TicketClock clock) -> clock.escalations().get(0).at())
                            .thenComparing(TicketClock::ticketId))
                    .toList();
            return new Escalated(active.stream().skip((long) page * size).limit(size).toList(), active.size());
        }
    }

    private final MapStore store = new MapStore();
    private final TicketClocks clocks = new TicketClocks(store, DEFAULTS);

    @Test
    void anOpenedEventStoresTheTicketsClock() {
        assertThat(clocks.apply(opened(Priority.P1))).isEqualTo(ApplyOutcome.APPLIED);

        assertThat(clocks.find(TICKET)).map(TicketClock::policyId).contains("default-p1");
        assertThat(store.clocks.get(TICKET).version()).isEqualTo(1);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        clocks.apply(opened(Priority.P1));
        TicketEvent paused = event(2, "PT10M", new TicketTransition.Paused());
        clocks.apply(paused);
        clocks.apply(event(3, "PT1H10M", new TicketTransition.Resumed()));
        TicketClock before = clocks.find(TICKET).orElseThrow();

        assertThat(clocks.apply(paused)).isEqualTo(ApplyOutcome.DUPLICATE);
        assertThat(clocks.apply(opened(Priority.P4))).isEqualTo(ApplyOutcome.DUPLICATE);

        assertThat(clocks.find(TICKET)).contains(before);
        assertThat(before.clock().isPaused()).isFalse();
        assertThat(store.clocks.get(TICKET).version()).isEqualTo(3);
    }

    @Test
    void anEventOfATicketNeverSeenOpenedIsSkipped() {
        assertThat(clocks.apply(event(4, "PT1H", new TicketTransition.Resolved()))).isEqualTo(ApplyOutcome.UNKNOWN_TICKET);

        assertThat(store.clocks).isEmpty();
    }

    @Test
    void aWriterThatLosesARaceReadsAgainAndApplies() {
        clocks.apply(opened(Priority.P1));
        store.racesToLose = 3;

        assertThat(clocks.apply(event(2, "PT10M", new TicketTransition.Paused()))).isEqualTo(ApplyOutcome.APPLIED);

        assertThat(clocks.find(TICKET).orElseThrow().clock().isPaused()).isTrue();
    }

    @Test
    void aClockThatNeverStopsChangingIsAFailureToRetry() {
        clocks.apply(opened(Priority.P1));
        store.racesToLose = Integer.MAX_VALUE;

        assertThatThrownBy(() -> clocks.apply(event(2, "PT10M", new TicketTransition.Paused())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(TICKET);
    }

    // ---- timers ----

    @Test
    void aTimerRecordsEveryThresholdDueInOrderAtItsOwnInstantAndKeepsTheSequence() {
        clocks.apply(opened(Priority.P1));

        List<ClockOutcome> fired = clocks.fireDue(TICKET, t("PT13M31S"));

        assertThat(fired).containsExactly(
                new ClockOutcome.WarningReached(TargetKind.FIRST_RESPONSE, Threshold.of("0.75"), t("PT11M15S")),
                new ClockOutcome.WarningReached(TargetKind.FIRST_RESPONSE, Threshold.of("0.9"), t("PT13M30S")));
        TicketClock stored = clocks.find(TICKET).orElseThrow();
        assertThat(stored.lastSequence()).isEqualTo(1);
        assertThat(stored.nextDue()).contains(t("PT15M"));
        assertThat(store.clocks.get(TICKET).version()).isEqualTo(2);
    }

    @Test
    void whatATimerOrAnEventRecordsIsQueuedForPublishingInTheSameWriteOnceInOrder() {
        clocks.apply(opened(Priority.P1));
        clocks.apply(event(2, "PT12M", new TicketTransition.Paused()));
        clocks.fireDue(TICKET, t("PT20M"));
        clocks.apply(event(3, "PT20M", new TicketTransition.Resumed()));
        clocks.fireDue(TICKET, t("PT25M"));
        clocks.fireDue(TICKET, t("PT25M"));

        // each as it stood when reached: the pause moved the due instant by the eight minutes it lasted
        assertThat(store.unpublished.get(TICKET)).containsExactly(
                recorded(1, "0.75", "PT11M15S", "PT15M", "PT3M45S", "default-p1", Priority.P1),
                recorded(2, "0.9", "PT21M30S", "PT23M", "PT1M30S", "default-p1", Priority.P1),
                recorded(3, "1", "PT23M", "PT23M", "PT0S", "default-p1", Priority.P1));
    }

    @Test
    void thresholdsARetargetFindsExceededAreQueuedAtItsInstantUnderTheNewPolicy() {
        clocks.apply(opened(Priority.P3));
        // 14 minutes of a 4-hour first response, then P1's 15 minutes: 75 % and 90 % are already past
        clocks.apply(event(2, "PT14M", new TicketTransition.PriorityChanged(Priority.P1)));

        assertThat(store.unpublished.get(TICKET)).containsExactly(
                recorded(1, "0.75", "PT14M", "PT15M", "PT1M", "default-p1", Priority.P1),
                recorded(2, "0.9", "PT14M", "PT15M", "PT1M", "default-p1", Priority.P1));
    }

    @Test
    void aWarningReachedWhileThePausedTicketIsRetargetedHasNoDueInstant() {
        clocks.apply(opened(Priority.P3));
        clocks.apply(event(2, "PT14M", new TicketTransition.Paused()));
        clocks.apply(event(3, "PT20M", new TicketTransition.PriorityChanged(Priority.P1)));
        clocks.apply(event(4, "PT30M", new TicketTransition.Resumed()));
        clocks.fireDue(TICKET, t("PT31M"));

        assertThat(store.unpublished.get(TICKET)).containsExactly(
                recorded(1, "0.75", "PT20M", null, "PT1M", "default-p1", Priority.P1),
                recorded(2, "0.9", "PT20M", null, "PT1M", "default-p1", Priority.P1),
                recorded(3, "1", "PT31M", "PT31M", "PT0S", "default-p1", Priority.P1));
    }

    @Test
    void thresholdsCaughtUpBeforeARetargetAreQueuedUnderThePolicyOfTheirTime() {
        clocks.apply(opened(Priority.P1));
        // P1's first warning (11m15s) fell due unnoticed; the change to P3 first records it under P1
        clocks.apply(event(2, "PT12M", new TicketTransition.PriorityChanged(Priority.P3)));

        assertThat(store.unpublished.get(TICKET)).containsExactly(
                recorded(1, "0.75", "PT11M15S", "PT15M", "PT3M45S", "default-p1", Priority.P1));
    }

    private static RecordedThreshold recorded(long sequence, String threshold, String reachedAt, String dueAt,
            String remaining, String policyId, Priority priority) {
        return new RecordedThreshold(sequence, TargetKind.FIRST_RESPONSE, Threshold.of(threshold), t(reachedAt),
                dueAt == null ? null : t(dueAt), Duration.parse(remaining), policyId, priority);
    }

    // ---- recompute after a policy change ----

    @Test
    void anEditedPolicyRetargetsTheClockKeepingItsElapsedTime() {
        clocks.apply(opened(Priority.P1)); // default-p1: first response 15 min, resolution 4 h
        SlaPolicy p1 = DefaultPolicies.all().stream().filter(policy -> policy.id().equals("default-p1")).findFirst()
                .orElseThrow();
        SlaPolicy tighter = new SlaPolicy(p1.id(), p1.name(), p1.conditions(), Duration.ofMinutes(10),
                Duration.ofHours(2), p1.calendarId(), p1.warnAt());
        PolicyLookup edited = facts -> Optional.of(TicketClocksFixtures.inForce(tighter));

        assertThat(clocks.recompute(TICKET, t("PT8M"), edited)).isTrue();
        assertThat(clocks.recompute(TICKET, t("PT8M30S"), edited)).as("already under the edited policy").isFalse();

        TicketClock stored = clocks.find(TICKET).orElseThrow();
        assertThat(stored.clock().state().targets().firstResponse()).isEqualTo(Duration.ofMinutes(10));
        // eight minutes elapsed: the warning at 7.5 of the 10 is reached at the retarget, at its instant
        assertThat(stored.nextDue()).contains(t("PT9M"));
        assertThat(store.unpublished.get(TICKET)).extracting(queued -> ((RecordedThreshold) queued).threshold())
                .containsExactly(Threshold.of("0.75"));
        assertThat(clocks.openClocksAfter("", 10)).containsExactly(TICKET);
    }

    @Test
    void aFinishedClockOrOneNoPolicyMatchesAnyMoreIsLeftAsItIs() {
        clocks.apply(opened(Priority.P1));
        assertThat(clocks.recompute(TICKET, t("PT5M"), TicketClocksFixtures.NONE)).isFalse();

        clocks.apply(event(2, "PT6M", new TicketTransition.Cancelled()));

        assertThat(clocks.recompute(TICKET, t("PT7M"), facts -> Optional.of(TicketClocksFixtures.inForce(
                DefaultPolicies.all().get(0))))).isFalse();
        assertThat(clocks.openClocksAfter("", 10)).isEmpty();
    }

    // ---- follow-ups ----

    private static final FollowUpRules FOLLOW_UPS = new FollowUpRules(Duration.ofHours(1), Duration.ofMinutes(30), 2);

    @Test
    void aResolvedTicketsAutoCloseIsQueuedByTheTimerNumberedAfterItsThresholds() {
        TicketClocks following = new TicketClocks(store, DEFAULTS, EscalationRules.NONE, FOLLOW_UPS);
        following.apply(opened(Priority.P1));
        following.apply(event(2, "PT5M", new TicketTransition.Resolved()));
        assertThat(following.find(TICKET).orElseThrow().nextDue()).as("found by the timers").contains(t("PT1H5M"));

        // the resolution stopped both targets (no reply before it: the first response's too, D97)
        TargetStopped firstResponse = new TargetStopped(1, TargetKind.FIRST_RESPONSE, "default-p1", "24x7",
                Duration.ofMinutes(5), Duration.ofMinutes(5), true, t("PT5M"));
        TargetStopped resolution = new TargetStopped(2, TargetKind.RESOLUTION, "default-p1", "24x7",
                Duration.ofMinutes(5), Duration.ofMinutes(5), true, t("PT5M"));
        assertThat(following.fireDue(TICKET, t("PT1H4M"))).isEmpty();
        assertThat(store.unpublished.get(TICKET)).containsExactly(firstResponse, resolution);
        following.fireDue(TICKET, t("PT1H5M"));
        following.fireDue(TICKET, t("PT2H")); // a second timer: nothing again

        assertThat(store.unpublished.get(TICKET)).containsExactly(firstResponse, resolution,
                new FollowUp(3, FollowUpKind.AUTO_CLOSE, t("PT1H5M"), t("PT5M"), 0));
        assertThat(following.find(TICKET).orElseThrow().nextDue()).isEmpty();
    }

    @Test
    void aReopenedTicketIsNotClosedAndAResumedOneNotReminded() {
        TicketClocks following = new TicketClocks(store, DEFAULTS, EscalationRules.NONE, FOLLOW_UPS);
        following.apply(opened(Priority.P3));
        following.apply(event(2, "PT5M", new TicketTransition.Paused()));
        following.fireDue(TICKET, t("PT40M"));
        following.apply(event(3, "PT45M", new TicketTransition.Resumed()));
        following.apply(event(4, "PT50M", new TicketTransition.Resolved()));
        following.apply(event(5, "PT55M", new TicketTransition.Reopened()));

        following.fireDue(TICKET, t("PT10H"));

        // business hours: the 40 pending minutes do not count; the reopen queued nothing
        assertThat(store.unpublished.get(TICKET)).containsExactly(
                new FollowUp(1, FollowUpKind.PENDING_REMINDER, t("PT35M"), t("PT5M"), 1),
                new TargetStopped(2, TargetKind.FIRST_RESPONSE, "default-p3", "business-hours", Duration.ofMinutes(10),
                        Duration.ofMinutes(50), true, t("PT50M")),
                new TargetStopped(3, TargetKind.RESOLUTION, "default-p3", "business-hours", Duration.ofMinutes(10),
                        Duration.ofMinutes(50), true, t("PT50M")));
    }

    // ---- escalations ----

    private static final List<EscalationLevel> BOTH = List.of(EscalationLevel.FUNCTIONAL, EscalationLevel.HIERARCHICAL);

    @Test
    void aBreachItsRuleEscalatesIsFollowedByItsEscalationRequestNumberedNext() {
        TicketClocks escalating = new TicketClocks(store, DEFAULTS, EscalationRules.defaults());
        escalating.apply(opened(Priority.P1));

        escalating.fireDue(TICKET, t("PT15M"));
        escalating.fireDue(TICKET, t("PT15M")); // a second timer: nothing new, nothing escalated again
        escalating.fireDue(TICKET, t("PT3H"));

        RecordedThreshold breach = recorded(3, "1", "PT15M", "PT15M", "PT0S", "default-p1", Priority.P1);
        assertThat(store.unpublished.get(TICKET)).containsExactly(
                recorded(1, "0.75", "PT11M15S", "PT15M", "PT3M45S", "default-p1", Priority.P1),
                recorded(2, "0.9", "PT13M30S", "PT15M", "PT1M30S", "default-p1", Priority.P1),
                breach,
                new EscalationRequest(4, TargetKind.FIRST_RESPONSE, BOTH, t("PT15M"), t("PT15M"), "default-p1",
                        Priority.P1),
                new RecordedThreshold(5, TargetKind.RESOLUTION, Threshold.of("0.75"), t("PT3H"), t("PT4H"),
                        Duration.ofHours(1), "default-p1", Priority.P1));
        TicketClock stored = escalating.find(TICKET).orElseThrow();
        assertThat(stored.escalations()).containsExactly(new Escalation(TargetKind.FIRST_RESPONSE, BOTH, t("PT15M"),
                t("PT15M"), true, "default-p1", Priority.P1));
        assertThat(stored.hasActiveEscalation()).isTrue();
        assertThat(escalating.activeEscalations(0, 10).clocks()).containsExactly(stored);
    }

    @Test
    void aBreachOfAPriorityWhoseRuleAsksForNothingIsNotEscalated() {
        TicketClocks escalating = new TicketClocks(store, DEFAULTS,
                new EscalationRules(Map.of(Priority.P1, List.of(), Priority.P2, BOTH)));
        escalating.apply(opened(Priority.P1));

        escalating.fireDue(TICKET, t("PT15M"));

        assertThat(store.unpublished.get(TICKET)).hasSize(3).allMatch(RecordedThreshold.class::isInstance);
        assertThat(escalating.find(TICKET).orElseThrow().escalations()).isEmpty();
        assertThat(escalating.activeEscalations(0, 10).total()).isZero();
    }

    @Test
    void anEscalatedTicketIsNoLongerActiveOnceResolvedAndAgainWhenReopened() {
        TicketClocks escalating = new TicketClocks(store, DEFAULTS, EscalationRules.defaults());
        escalating.apply(opened(Priority.P1));
        escalating.fireDue(TICKET, t("PT15M"));

        escalating.apply(event(2, "PT20M", new TicketTransition.Resolved()));
        assertThat(escalating.find(TICKET).orElseThrow().hasActiveEscalation()).isFalse();
        assertThat(escalating.activeEscalations(0, 10).total()).isZero();

        escalating.apply(event(3, "PT30M", new TicketTransition.Reopened()));
        assertThat(escalating.find(TICKET).orElseThrow().hasActiveEscalation()).isTrue();
        assertThat(escalating.find(TICKET).orElseThrow().escalations()).hasSize(1);
    }

    private static final EscalationRules TEN_MINUTES_LATE = new EscalationRules(Map.of(Priority.P1, BOTH),
            Map.of(Priority.P1, Duration.ofMinutes(10)));

    @Test
    void aDelayedEscalationWaitsOnTheClockAndIsRequestedWhenItsDelayEnds() {
        TicketClocks escalating = new TicketClocks(store, DEFAULTS, TEN_MINUTES_LATE);
        escalating.apply(opened(Priority.P1));

        escalating.fireDue(TICKET, t("PT15M"));
        TicketClock waiting = escalating.find(TICKET).orElseThrow();
        assertThat(store.unpublished.get(TICKET)).hasSize(3).allMatch(RecordedThreshold.class::isInstance);
        assertThat(waiting.hasActiveEscalation()).as("not active before it is requested").isFalse();
        assertThat(waiting.nextDue()).contains(t("PT25M"));
        assertThat(escalating.fireDue(TICKET, t("PT24M59S"))).isEmpty();
        assertThat(store.unpublished.get(TICKET)).hasSize(3);

        escalating.fireDue(TICKET, t("PT25M"));
        escalating.fireDue(TICKET, t("PT26M")); // a second timer: requested once

        assertThat(store.unpublished.get(TICKET)).hasSize(4).last().isEqualTo(new EscalationRequest(4,
                TargetKind.FIRST_RESPONSE, BOTH, t("PT15M"), t("PT25M"), "default-p1", Priority.P1));
        TicketClock requested = escalating.find(TICKET).orElseThrow();
        assertThat(requested.hasActiveEscalation()).isTrue();
        assertThat(requested.escalatedAt()).contains(t("PT25M"));
        assertThat(requested.nextDue()).as("the resolution's first warning").contains(t("PT3H"));
    }

    @Test
    void aBreachDealtWithWithinTheDelayIsNotEscalated() {
        TicketClocks escalating = new TicketClocks(store, DEFAULTS, TEN_MINUTES_LATE);
        escalating.apply(opened(Priority.P1));
        escalating.fireDue(TICKET, t("PT15M"));

        escalating.apply(event(2, "PT20M", new TicketTransition.FirstResponded()));
        escalating.fireDue(TICKET, t("PT25M"));

        assertThat(store.unpublished.get(TICKET)).noneMatch(EscalationRequest.class::isInstance);
        TicketClock stored = escalating.find(TICKET).orElseThrow();
        assertThat(stored.escalations()).isEmpty();
        assertThat(stored.nextDue()).contains(t("PT3H"));
    }

    @Test
    void aDelayedEscalationDueWhileTheServiceWasDownIsRequestedByTheFirstTimerRightAfterItsBreach() {
        TicketClocks escalating = new TicketClocks(store, DEFAULTS, TEN_MINUTES_LATE);
        escalating.apply(opened(Priority.P1));

        escalating.fireDue(TICKET, t("PT1H"));

        assertThat(store.unpublished.get(TICKET)).hasSize(4).last().isEqualTo(new EscalationRequest(4,
                TargetKind.FIRST_RESPONSE, BOTH, t("PT15M"), t("PT25M"), "default-p1", Priority.P1));
    }

    @Test
    void aTicketEventAfterTheDelayEndedFindsTheEscalationRequestedAsTheTimerWouldHave() {
        TicketClocks escalating = new TicketClocks(store, DEFAULTS, TEN_MINUTES_LATE);
        escalating.apply(opened(Priority.P1));
        escalating.fireDue(TICKET, t("PT15M"));

        escalating.apply(event(2, "PT30M", new TicketTransition.FirstResponded()));

        assertThat(store.unpublished.get(TICKET)).hasSize(5).element(3).isEqualTo(new EscalationRequest(4,
                TargetKind.FIRST_RESPONSE, BOTH, t("PT15M"), t("PT25M"), "default-p1", Priority.P1));
        assertThat(store.unpublished.get(TICKET)).last().isEqualTo(new TargetStopped(5, TargetKind.FIRST_RESPONSE,
                "default-p1", "24x7", Duration.ofMinutes(30), Duration.ofMinutes(30), false, t("PT30M")));
        assertThat(escalating.find(TICKET).orElseThrow().hasActiveEscalation()).isTrue();
    }

    @Test
    void aNegativeEscalationDelayIsRefused() {
        assertThatThrownBy(() -> new EscalationRules(Map.of(Priority.P2, BOTH), Map.of(Priority.P2,
                Duration.ofMinutes(-1)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P2");
    }

    @Test
    void aSecondTimerForTheSameInstantRecordsNothingAndWritesNothing() {
        clocks.apply(opened(Priority.P1));
        clocks.fireDue(TICKET, t("PT20M"));

        assertThat(clocks.fireDue(TICKET, t("PT20M"))).isEmpty();
        assertThat(clocks.fireDue(TICKET, t("PT1M"))).as("a late, older timer").isEmpty();

        assertThat(store.clocks.get(TICKET).version()).isEqualTo(2);
    }

    @Test
    void aTimerRecordsNothingAnEventRecordedBefore() {
        clocks.apply(opened(Priority.P1));
        clocks.apply(event(2, "PT12M", new TicketTransition.Paused()));

        assertThat(clocks.fireDue(TICKET, t("PT20M"))).as("paused, and 75 % recorded by the pause").isEmpty();

        assertThat(clocks.find(TICKET).orElseThrow().clock().status(TargetKind.FIRST_RESPONSE, t("PT20M")).warnings())
                .extracting(reached -> reached.at()).containsExactly(t("PT11M15S"));
    }

    @Test
    void aTimerThatLosesARaceReadsAgainAndRecords() {
        clocks.apply(opened(Priority.P1));
        store.racesToLose = 3;

        assertThat(clocks.fireDue(TICKET, t("PT12M"))).hasSize(1);

        assertThat(clocks.find(TICKET).orElseThrow().nextDue()).contains(t("PT13M30S"));
    }

    @Test
    void aTimerOfAnUnknownTicketOrOfATicketWithoutClockRecordsNothing() {
        assertThat(clocks.fireDue("no-such-ticket", t("PT1H"))).isEmpty();
        TicketClocks withoutPolicies = new TicketClocks(store, TicketClocksFixtures.NONE);
        withoutPolicies.apply(opened(Priority.P1));

        assertThat(withoutPolicies.fireDue(TICKET, t("PT1H"))).isEmpty();
    }

    @Test
    void theClocksDueAreFoundLongestOverdueFirstUpToTheLimit() {
        clocks.apply(opened(Priority.P1));
        clocks.apply(new TicketEvent("later", 1, t("PT1M"), new TicketTransition.Opened(
                TicketClocksFixtures.details(Priority.P1))));
        clocks.apply(new TicketEvent("much-later", 1, t("PT1H"), new TicketTransition.Opened(
                TicketClocksFixtures.details(Priority.P1))));

        assertThat(clocks.dueBy(t("PT11M14S"), 10)).isEmpty();
        assertThat(clocks.dueBy(t("PT12M30S"), 10)).containsExactly(TICKET, "later");
        assertThat(clocks.dueBy(t("PT12M30S"), 1)).containsExactly(TICKET);
    }
}
