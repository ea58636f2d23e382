package dev.helpdesk.escalation.clocks;

import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.DEFAULTS;
import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.t;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.escalation.clock.TargetKind;
import dev.helpdesk.escalation.policies.Priority;
import dev.helpdesk.escalation.policies.TicketFacts;
import dev.helpdesk.escalation.policies.TicketType;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The requester's VIP flag and tier (issue #4 item 3, D34): a VIP's ticket gets the next stricter
 * priority's targets from the start, or from the moment the customer events say so; outdated and
 * redelivered events change nothing; closed tickets are left alone.
 */
class RequesterChangesTest {

    /** Keeps the profile of the highest sequence, like the Mongo directory. */
    static final class MapDirectory implements RequesterDirectory {

        final Map<String, RequesterProfile> profiles = new HashMap<>();

        @Override
        public Optional<RequesterProfile> find(String customerId) {
            return Optional.ofNullable(profiles.get(customerId));
        }

        @Override
        public boolean record(RequesterProfile profile) {
            RequesterProfile kept = profiles.get(profile.customerId());
            if (kept != null && kept.sequence() >= profile.sequence()) {
                return false;
            }
            profiles.put(profile.customerId(), profile);
            return true;
        }
    }

    private static final String REQUESTER = "c-1";

    private final TicketClocksTest.MapStore store = new TicketClocksTest.MapStore();
    private final MapDirectory directory = new MapDirectory();
    private final TicketClocks clocks = new TicketClocks(store, DEFAULTS, EscalationRules.NONE, FollowUpRules.NONE,
            directory);
    private final RequesterChanges changes = new RequesterChanges(directory, clocks, 2);

    private static RequesterProfile vip(boolean vip, long sequence, String at) {
        return new RequesterProfile(REQUESTER, vip, null, sequence, t(at));
    }

    private static TicketEvent opened(String ticketId, Priority priority, String at) {
        return new TicketEvent(ticketId, 1, t(at), new TicketTransition.Opened(
                new TicketDetails(priority, TicketType.INCIDENT, "network", REQUESTER)));
    }

    private Instant firstResponseDue(String ticketId, String at) {
        return clocks.find(ticketId).orElseThrow().clock().status(TargetKind.FIRST_RESPONSE, t(at)).dueAt();
    }

    @Test
    void aVipsTicketGetsTheNextStricterPrioritysTargetsFromTheStart() {
        changes.apply(vip(true, 1, "-PT1H"));

        clocks.apply(opened("ticket-1", Priority.P2, "PT0S"));

        TicketClock clock = clocks.find("ticket-1").orElseThrow();
        assertThat(clock.policyId()).isEqualTo("default-p2-vip");
        assertThat(clock.details().vip()).isTrue();
        assertThat(firstResponseDue("ticket-1", "PT0S")).as("P1's 15 minutes, not P2's 30").isEqualTo(t("PT15M"));
    }

    @Test
    void aRequesterWhoBecomesVipHasTheOpenTicketsRetargetedKeepingTheTimeCounted() {
        clocks.apply(opened("ticket-1", Priority.P2, "PT0S"));
        clocks.apply(opened("ticket-2", Priority.P2, "PT0S"));
        clocks.apply(opened("ticket-3", Priority.P2, "PT0S"));
        assertThat(firstResponseDue("ticket-1", "PT0S")).isEqualTo(t("PT30M"));

        int changed = changes.apply(vip(true, 2, "PT10M"));

        assertThat(changed).as("all three, across pages of two").isEqualTo(3);
        for (String ticket : new String[] {"ticket-1", "ticket-2", "ticket-3"}) {
            assertThat(clocks.find(ticket).orElseThrow().policyId()).isEqualTo("default-p2-vip");
            assertThat(firstResponseDue(ticket, "PT10M")).isEqualTo(t("PT15M"));
        }
    }

    @Test
    void anOutdatedOrRedeliveredEventChangesNothing() {
        clocks.apply(opened("ticket-1", Priority.P2, "PT0S"));
        changes.apply(vip(true, 3, "PT10M"));
        long version = store.clocks.get("ticket-1").version();

        assertThat(changes.apply(vip(false, 2, "PT5M"))).as("older than the profile kept").isZero();
        assertThat(changes.apply(vip(true, 3, "PT10M"))).as("the same again").isZero();

        assertThat(store.clocks.get("ticket-1").version()).isEqualTo(version);
        assertThat(clocks.find("ticket-1").orElseThrow().policyId()).isEqualTo("default-p2-vip");
        assertThat(directory.profiles.get(REQUESTER).sequence()).isEqualTo(3);
    }

    @Test
    void aRequesterWhoIsNoLongerVipGoesBackToTheirPrioritysOwnTargets() {
        changes.apply(vip(true, 1, "-PT1H"));
        clocks.apply(opened("ticket-1", Priority.P2, "PT0S"));

        changes.apply(vip(false, 2, "PT5M"));

        assertThat(clocks.find("ticket-1").orElseThrow().policyId()).isEqualTo("default-p2");
        assertThat(firstResponseDue("ticket-1", "PT5M")).isEqualTo(t("PT30M"));
    }

    @Test
    void aClosedTicketIsLeftAsItWas() {
        clocks.apply(opened("ticket-1", Priority.P2, "PT0S"));
        clocks.apply(new TicketEvent("ticket-1", 2, t("PT1M"), new TicketTransition.Closed()));
        TicketClock closed = clocks.find("ticket-1").orElseThrow();

        assertThat(changes.apply(vip(true, 1, "PT10M"))).isZero();

        assertThat(clocks.find("ticket-1").orElseThrow()).isEqualTo(closed);
    }

    @Test
    void aProfileToldWhileTheTicketWasBeingOpenedStillReachesItsClock() {
        // the customer event lands between the opening's look-up and its insert
        RequesterDirectory racing = new RequesterDirectory() {
            private boolean first = true;

            @Override
            public Optional<RequesterProfile> find(String customerId) {
                Optional<RequesterProfile> seen = directory.find(customerId);
                if (first) {
                    first = false;
                    changes.apply(vip(true, 1, "PT0S"));
                }
                return seen;
            }

            @Override
            public boolean record(RequesterProfile profile) {
                return directory.record(profile);
            }
        };
        TicketClocks opening = new TicketClocks(store, DEFAULTS, EscalationRules.NONE, FollowUpRules.NONE, racing);

        opening.apply(opened("ticket-1", Priority.P2, "PT0S"));

        assertThat(clocks.find("ticket-1").orElseThrow().policyId()).isEqualTo("default-p2-vip");
    }

    @Test
    void aTierPolicyAppliesOnceTheRequestersTierIsKnown() {
        PolicyLookup gold = facts -> "gold".equals(facts.tier())
                ? DEFAULTS.policyFor(new TicketFacts(Priority.P1, facts.type(), facts.category(), null, false))
                        .map(p1 -> new PolicyInForce("gold", p1.calendarId(), p1.targets(), p1.calendar()))
                : DEFAULTS.policyFor(facts);
        TicketClocks tiered = new TicketClocks(store, gold, EscalationRules.NONE, FollowUpRules.NONE, directory);
        tiered.apply(opened("ticket-1", Priority.P3, "PT0S"));
        RequesterChanges tiering = new RequesterChanges(directory, tiered, 10);

        tiering.apply(new RequesterProfile(REQUESTER, false, " gold ", 1, t("PT1M")));

        TicketClock clock = tiered.find("ticket-1").orElseThrow();
        assertThat(clock.policyId()).isEqualTo("gold");
        assertThat(clock.details().tier()).isEqualTo("gold");
        assertThat(clock.lastSequence()).as("no ticket event was applied").isEqualTo(1);
    }
}
