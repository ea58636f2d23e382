package dev.helpdesk.escalation.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyMatchingTest {

    private static final TicketFacts P2_INCIDENT = new TicketFacts(Priority.P2, TicketType.INCIDENT, "Network",
            "gold", false);

    @Test
    void thePolicyWithMoreConditionsWinsOverABroaderOne() {
        SlaPolicy broad = policy("broad", conditions(List.of(Priority.P2), null, null, null, null), "PT30M", "PT8H");
        SlaPolicy narrow = policy("narrow", conditions(List.of(Priority.P2), List.of(TicketType.INCIDENT),
                List.of("network"), null, null), "PT1H", "PT12H");

        assertThat(PolicyMatching.mostSpecific(List.of(broad, narrow), P2_INCIDENT)).contains(narrow);
        assertThat(PolicyMatching.mostSpecific(List.of(narrow, broad), P2_INCIDENT)).contains(narrow);
    }

    @Test
    void anAbsentConditionMatchesEveryValueIncludingAnUnknownOne() {
        SlaPolicy typesOnly = policy("types-only", conditions(null, List.of(TicketType.INCIDENT), null, null, null),
                "PT1H", "PT8H");
        TicketFacts unknownEverythingElse = new TicketFacts(Priority.P5, TicketType.INCIDENT, null, null, false);

        assertThat(PolicyMatching.mostSpecific(List.of(typesOnly), unknownEverythingElse)).contains(typesOnly);
    }

    @Test
    void aConditionOnAFactTheTicketLacksDoesNotMatch() {
        SlaPolicy gold = policy("gold", conditions(null, null, null, List.of("gold"), null), "PT1H", "PT8H");
        TicketFacts noTier = new TicketFacts(Priority.P2, TicketType.INCIDENT, "Network", null, false);

        assertThat(PolicyMatching.mostSpecific(List.of(gold), noTier)).isEmpty();
    }

    @Test
    void anUnknownPriorityOrTypeMeetsNoConditionOnItAndBreaksNothing() {
        SlaPolicy p2 = policy("p2", conditions(List.of(Priority.P2), null, null, null, null), "PT1H", "PT8H");
        SlaPolicy incidents = policy("incidents", conditions(null, List.of(TicketType.INCIDENT), null, null, null),
                "PT1H", "PT8H");
        TicketFacts unknown = new TicketFacts(null, null, "Network", null, false);

        assertThat(PolicyMatching.mostSpecific(List.of(p2, incidents), unknown)).isEmpty();
    }

    @Test
    void aTicketMustMeetEveryConditionGiven() {
        SlaPolicy p1Incidents = policy("p1-incidents", conditions(List.of(Priority.P1), List.of(TicketType.INCIDENT),
                null, null, null), "PT15M", "PT4H");
        TicketFacts p1Request = new TicketFacts(Priority.P1, TicketType.SERVICE_REQUEST, null, null, false);

        assertThat(PolicyMatching.mostSpecific(List.of(p1Incidents), p1Request)).isEmpty();
        assertThat(PolicyMatching.mostSpecific(List.of(), P2_INCIDENT)).isEmpty();
    }

    @Test
    void categoriesAndTiersAreComparedIgnoringCaseAndSurroundingSpaces() {
        SlaPolicy network = policy("network", conditions(null, null, List.of(" NETWORK "), List.of("Gold"), null),
                "PT1H", "PT8H");

        assertThat(PolicyMatching.mostSpecific(List.of(network), P2_INCIDENT)).contains(network);
    }

    @Test
    void vipTrueMatchesOnlyVipRequestersAndVipFalseOnlyTheOthers() {
        SlaPolicy vipOnly = policy("vip-only", conditions(null, null, null, null, true), "PT15M", "PT4H");
        SlaPolicy othersOnly = policy("others-only", conditions(null, null, null, null, false), "PT1H", "PT8H");
        TicketFacts vip = new TicketFacts(Priority.P3, TicketType.INCIDENT, null, null, true);

        assertThat(PolicyMatching.mostSpecific(List.of(vipOnly, othersOnly), vip)).contains(vipOnly);
        assertThat(PolicyMatching.mostSpecific(List.of(vipOnly, othersOnly), P2_INCIDENT)).contains(othersOnly);
    }

    @Test
    void amongEquallySpecificMatchesTheStricterResolutionTargetWins() {
        SlaPolicy byPriority = policy("a-by-priority", conditions(List.of(Priority.P2), null, null, null, null),
                "PT10M", "PT8H");
        SlaPolicy byType = policy("b-by-type", conditions(null, List.of(TicketType.INCIDENT), null, null, null),
                "PT30M", "PT6H");

        assertThat(PolicyMatching.mostSpecific(List.of(byPriority, byType), P2_INCIDENT)).contains(byType);
    }

    @Test
    void withTheSameResolutionTargetTheStricterFirstResponseWinsThenTheSmallerId() {
        SlaPolicy slowAnswer = policy("a-slow", conditions(List.of(Priority.P2), null, null, null, null), "PT1H", "PT8H");
        SlaPolicy quickAnswer = policy("z-quick", conditions(null, List.of(TicketType.INCIDENT), null, null, null),
                "PT20M", "PT8H");
        SlaPolicy quickTwin = policy("m-quick", conditions(null, null, List.of("network"), null, null), "PT20M", "PT8H");

        assertThat(PolicyMatching.mostSpecific(List.of(slowAnswer, quickAnswer), P2_INCIDENT)).contains(quickAnswer);
        assertThat(PolicyMatching.mostSpecific(List.of(slowAnswer, quickAnswer, quickTwin), P2_INCIDENT))
                .contains(quickTwin);
        assertThat(PolicyMatching.mostSpecific(List.of(quickTwin, quickAnswer, slowAnswer), P2_INCIDENT))
                .contains(quickTwin);
    }

    @Test
    void specificityCountsConditionsNotTheValuesInThem() {
        SlaPolicy manyPriorities = policy("many", conditions(List.of(Priority.P1, Priority.P2, Priority.P3), null,
                null, null, null), "PT15M", "PT1H");
        SlaPolicy twoConditions = policy("two", conditions(List.of(Priority.P2), null, null, null, false),
                "PT1H", "PT8H");

        assertThat(PolicyMatching.mostSpecific(List.of(manyPriorities, twoConditions), P2_INCIDENT))
                .contains(twoConditions);
    }

    static PolicyConditions conditions(List<Priority> priorities, List<TicketType> types, List<String> categories,
            List<String> tiers, Boolean vip) {
        return new PolicyConditions(priorities, types, categories, tiers, vip);
    }

    static SlaPolicy policy(String id, PolicyConditions conditions, String firstResponse, String resolution) {
        return new SlaPolicy(id, "Policy " + id, conditions, Duration.parse(firstResponse), Duration.parse(resolution),
                "24x7", SlaPolicy.DEFAULT_WARN_AT);
    }
}
