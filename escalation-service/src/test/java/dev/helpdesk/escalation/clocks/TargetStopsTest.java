package dev.helpdesk.escalation.clocks;

import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.DEFAULTS;
import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.TICKET;
import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.details;
import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.event;
import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.helpdesk.escalation.clock.TargetKind;
import dev.helpdesk.escalation.policies.Priority;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A target's stop is queued once per first response or resolution, with the business time the
 * target used on its calendar beside the wall-clock time (D97). T0 is Monday 1 June 2026, 09:00 UTC;
 * a P3 ticket's default policy counts business hours (Monday to Friday, 08:00 to 18:00).
 */
class TargetStopsTest {

    private final TicketClocksTest.MapStore store = new TicketClocksTest.MapStore();
    private final TicketClocks clocks = new TicketClocks(store, DEFAULTS);

    /** Friday 5 June, 17:00: one business hour left that week. */
    private static final String FRIDAY_1700 = "PT104H";

    private static TargetStopped stop(long sequence, TargetKind target, long businessHours, long wallHours,
            String at) {
        return new TargetStopped(sequence, target, "default-p3", "business-hours", Duration.ofHours(businessHours),
                Duration.ofHours(wallHours), true, t(at));
    }

    @Test
    void aFirstResponseAfterAWeekendStopsItsTargetWithOnlyTheBusinessHoursInBetween() {
        clocks.apply(event(1, FRIDAY_1700, new TicketTransition.Opened(details(Priority.P3))));
        // Monday 8 June, 09:00: Friday 17-18 and Monday 08-09 count, the night and the weekend do not
        TicketEvent reply = event(2, "PT168H", new TicketTransition.FirstResponded());
        clocks.apply(reply);
        clocks.apply(reply); // redelivered: nothing more

        assertThat(store.unpublished.get(TICKET)).containsExactly(stop(1, TargetKind.FIRST_RESPONSE, 2, 64, "PT168H"));
    }

    @Test
    void aReopenedTicketResolvedAgainStopsItsResolutionAgainWithAllTheTimeUsedAndTheNextSequence() {
        clocks.apply(event(1, FRIDAY_1700, new TicketTransition.Opened(details(Priority.P3))));
        clocks.apply(event(2, "PT168H", new TicketTransition.FirstResponded()));
        clocks.apply(event(3, "PT169H", new TicketTransition.Resolved()));
        // the hour between resolution and reopening does not count; the second resolution counts on
        clocks.apply(event(4, "PT170H", new TicketTransition.Reopened()));
        clocks.apply(event(5, "PT171H", new TicketTransition.Resolved()));
        clocks.apply(event(6, "PT172H", new TicketTransition.Closed()));

        assertThat(store.unpublished.get(TICKET)).containsExactly(
                stop(1, TargetKind.FIRST_RESPONSE, 2, 64, "PT168H"),
                stop(2, TargetKind.RESOLUTION, 3, 65, "PT169H"),
                stop(3, TargetKind.RESOLUTION, 4, 67, "PT171H"));
        assertThat(clocks.find(TICKET).orElseThrow().stopsQueued()).isEqualTo(3);
    }

    @Test
    void twoResolutionsAtOneInstantAreTwoStopsTellingApartByTheirSequence() {
        clocks.apply(event(1, FRIDAY_1700, new TicketTransition.Opened(details(Priority.P3))));
        clocks.apply(event(2, "PT169H", new TicketTransition.Resolved()));
        // stamped before the clock's last change: both count at Monday 10:00
        clocks.apply(event(3, "PT168H", new TicketTransition.Reopened()));
        clocks.apply(event(4, "PT168H", new TicketTransition.Resolved()));

        assertThat(store.unpublished.get(TICKET)).filteredOn(TargetStopped.class::isInstance)
                .extracting(queued -> ((TargetStopped) queued).target(), QueuedSlaEvent::sequence,
                        queued -> ((TargetStopped) queued).stoppedAt())
                .containsExactly(tuple(TargetKind.FIRST_RESPONSE, 2L, t("PT169H")),
                        tuple(TargetKind.RESOLUTION, 3L, t("PT169H")), tuple(TargetKind.RESOLUTION, 4L, t("PT169H")));
        // 1: the first response's 75 % warning, reached at 10:00 after 3 of its 4 business hours
        assertThat(store.unpublished.get(TICKET).get(0)).isInstanceOf(RecordedThreshold.class);
    }

    @Test
    void closingOrCancellingAnUnresolvedTicketStopsNothingToReport() {
        clocks.apply(event(1, FRIDAY_1700, new TicketTransition.Opened(details(Priority.P3))));
        clocks.apply(event(2, "PT168H", new TicketTransition.Cancelled()));

        assertThat(store.unpublished.getOrDefault(TICKET, List.of())).isEmpty();
    }

    @Test
    void aTargetStoppedAfterItsBreachIsMissed() {
        clocks.apply(event(1, FRIDAY_1700, new TicketTransition.Opened(details(Priority.P3))));
        // Tuesday 9 June, 09:00: 1 + 10 + 1 business hours, the 4-hour target breached on Monday at 11:00
        clocks.apply(event(2, "PT192H", new TicketTransition.FirstResponded()));

        assertThat(store.unpublished.get(TICKET)).last().isEqualTo(new TargetStopped(4, TargetKind.FIRST_RESPONSE,
                "default-p3", "business-hours", Duration.ofHours(12), Duration.ofHours(88), false, t("PT192H")));
    }
}
