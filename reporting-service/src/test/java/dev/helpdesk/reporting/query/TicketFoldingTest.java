package dev.helpdesk.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.reporting.query.TicketFacts.SlaOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TicketFoldingTest {

    private static final Instant START = Instant.parse("2026-11-02T08:00:00Z");

    @Test
    void aTicketWorkedThroughItsLifecycleHasItsTimesAndFlags() {
        Story story = new Story(START).opened(0, "P3").assigned(5, "service-desk-l1", "anna")
                .firstResponse(10, "anna").comment(20, "anna").pended(30).resumed(40).resolved(60, "anna")
                .closed(90).rated(100, 4);

        TicketFacts facts = fold(story.all());

        assertThat(facts.status()).isEqualTo("CLOSED");
        assertThat(facts.open()).isFalse();
        assertThat(facts.firstResponseSeconds()).isEqualTo(600);
        assertThat(facts.finalResolvedAt()).isEqualTo(Story.minute(START, 60));
        assertThat(facts.resolutionSeconds()).isEqualTo(3600);
        assertThat(facts.firstContactResolution()).as("it was pending once").isFalse();
        assertThat(facts.pended()).isTrue();
        assertThat(facts.reassigned()).isFalse();
        assertThat(facts.firstAgentId()).isEqualTo("anna");
        assertThat(facts.resolvedBy()).isEqualTo("anna");
        assertThat(facts.satisfactionRating()).isEqualTo(4);
        assertThat(facts.firstResponseSla()).isEqualTo(new SlaOutcome(SlaOutcome.MET, Story.minute(START, 10)));
        assertThat(facts.resolutionSla()).isEqualTo(new SlaOutcome(SlaOutcome.MET, Story.minute(START, 60)));
        assertThat(facts.lastSequence()).isEqualTo(9);
    }

    @Test
    void resolvedByTheFirstAgentWithoutHandOverOrPendingIsAFirstContactResolution() {
        assertThat(fold(new Story(START).opened(0, "P4").assigned(1, "l1", "anna").firstResponse(2, "anna")
                .resolved(3, "anna").all()).firstContactResolution()).isTrue();
        assertThat(fold(new Story(START).opened(0, "P4").resolved(3, "ben").all()).firstContactResolution())
                .as("resolved straight away: the resolver is the first agent").isTrue();
    }

    @Test
    void anotherAgentAnotherGroupOrAnotherResolverIsNoFirstContactResolution() {
        assertThat(fold(new Story(START).opened(0, "P4").assigned(1, "l1", "anna").assigned(2, "l1", "ben")
                .resolved(3, "ben").all()).firstContactResolution()).isFalse();
        assertThat(fold(new Story(START).opened(0, "P4").assigned(1, "l1", null).escalated(2, "l2")
                .resolved(3, "ben").all()).firstContactResolution()).isFalse();
        assertThat(fold(new Story(START).opened(0, "P4").assigned(1, "l1", "anna").resolved(3, "sup").all())
                .firstContactResolution()).isFalse();
    }

    @Test
    void aReopenedTicketIsNotResolvedForGoodUntilItIsResolvedAgain() {
        Story story = new Story(START).opened(0, "P2").resolved(10, "anna").reopened(20);
        TicketFacts reopened = fold(story.all());
        assertThat(reopened.finalResolvedAt()).isNull();
        assertThat(reopened.resolutionSeconds()).isNull();
        assertThat(reopened.firstContactResolution()).isNull();
        assertThat(reopened.resolutionSla()).isNull();
        assertThat(reopened.open()).isTrue();

        TicketFacts resolvedAgain = fold(story.resolved(50, "anna").all());
        assertThat(resolvedAgain.resolutionSeconds()).isEqualTo(3000);
        assertThat(resolvedAgain.resolvedTimes()).hasSize(2);
        assertThat(resolvedAgain.reopenCount()).isEqualTo(1);
    }

    @Test
    void aBreachSettlesItsTargetAsMissedEvenWhenItArrivedBeforeTheTicket() {
        Story story = new Story(START).breached(15, SlaEvent.FIRST_RESPONSE).warned(12, SlaEvent.FIRST_RESPONSE, 0.75)
                .opened(0, "P1").firstResponse(20, "anna");
        List<Object> slaFirst = new ArrayList<>(story.thresholds());
        slaFirst.addAll(story.events());

        TicketFacts facts = fold(slaFirst);

        assertThat(facts.firstResponseSla()).isEqualTo(new SlaOutcome(SlaOutcome.BREACHED, Story.minute(START, 15)));
        assertThat(facts.slaWarnings()).isEqualTo(1);
        assertThat(facts.firstResponseSeconds()).isEqualTo(1200);
    }

    @Test
    void anyOrderAndAnyDuplicatesGiveTheSameFacts() {
        Story story = new Story(START).opened(0, "P3").assigned(5, "l1", "anna").firstResponse(10, "anna")
                .escalated(30, "l2").assigned(31, "l2", "ben").priorityChanged(32).pended(40).resumed(50)
                .resolved(60, "ben").reopened(70).comment(75, "ben").resolved(80, "ben").closed(120).rated(130, 5)
                .warned(20, SlaEvent.RESOLUTION, 0.75).breached(70, SlaEvent.RESOLUTION);
        TicketFacts inOrder = fold(story.all());
        Random random = new Random(42);

        for (int round = 0; round < 200; round++) {
            List<Object> delivered = new ArrayList<>(story.all());
            for (int duplicates = random.nextInt(4); duplicates > 0; duplicates--) {
                delivered.add(delivered.get(random.nextInt(delivered.size())));
            }
            Collections.shuffle(delivered, random);
            assertThat(fold(delivered)).as("delivered as %s", delivered).isEqualTo(inOrder);
        }
        assertThat(inOrder.status()).isEqualTo("CLOSED");
        assertThat(inOrder.priority()).isEqualTo("P1");
        assertThat(inOrder.groupId()).isEqualTo("l2");
        assertThat(inOrder.groups()).containsExactly("l1", "l2");
        assertThat(inOrder.escalatedTimes()).containsExactly(Story.minute(START, 30));
        assertThat(inOrder.resolutionSla()).isEqualTo(new SlaOutcome(SlaOutcome.BREACHED, Story.minute(START, 70)));
    }

    @Test
    void businessTimesComeFromTheNewestStopOfEachTargetWhateverTheOrderAndDuplicates() {
        // resolved, reopened and resolved again: the second resolution's stop (sequence 3) counts
        Story story = new Story(START).opened(0, "P3").firstResponse(10, "anna").resolved(60, "anna").reopened(70)
                .resolved(80, "anna").stopped(10, SlaEvent.FIRST_RESPONSE, 1, 4)
                .stopped(60, SlaEvent.RESOLUTION, 2, 30).stopped(80, SlaEvent.RESOLUTION, 3, 38);
        TicketFacts inOrder = fold(story.all());
        Random random = new Random(7);

        for (int round = 0; round < 200; round++) {
            List<Object> delivered = new ArrayList<>(story.all());
            for (int duplicates = random.nextInt(4); duplicates > 0; duplicates--) {
                delivered.add(delivered.get(random.nextInt(delivered.size())));
            }
            Collections.shuffle(delivered, random);
            assertThat(fold(delivered)).as("delivered as %s", delivered).isEqualTo(inOrder);
        }
        assertThat(inOrder.firstResponseSeconds()).isEqualTo(600);
        assertThat(inOrder.firstResponseBusinessSeconds()).isEqualTo(240);
        assertThat(inOrder.resolutionSeconds()).isEqualTo(4800);
        assertThat(inOrder.resolutionBusinessSeconds()).isEqualTo(38 * 60);
    }

    @Test
    void aStopOfAnotherMomentIsNotTheFiguresBusinessTime() {
        // reopened and resolved again, but only the first resolution's stop has come yet
        Story late = new Story(START).opened(0, "P3").resolved(60, "anna").reopened(70).resolved(80, "anna")
                .stopped(60, SlaEvent.RESOLUTION, 2, 30);
        assertThat(fold(late.all()).resolutionBusinessSeconds()).isNull();
        // resolved without a reply: the clock stopped the first-response target; the later reply is the response
        Story noReply = new Story(START).opened(0, "P3").resolved(60, "anna").reopened(70).firstResponse(75, "anna")
                .stopped(60, SlaEvent.FIRST_RESPONSE, 1, 30);
        assertThat(fold(noReply.all()).firstResponseSeconds()).isEqualTo(75 * 60);
        assertThat(fold(noReply.all()).firstResponseBusinessSeconds()).isNull();
        // reopened and not yet resolved again: not resolved for good, no business time either
        Story reopened = new Story(START).opened(0, "P3").resolved(60, "anna").reopened(70)
                .stopped(60, SlaEvent.RESOLUTION, 2, 30);
        assertThat(fold(reopened.all()).resolutionBusinessSeconds()).isNull();
    }

    @Test
    void anOlderOrTheSameStopChangesNothing() {
        Story story = new Story(START).opened(0, "P3").resolved(60, "anna").reopened(70).resolved(80, "anna")
                .stopped(60, SlaEvent.RESOLUTION, 2, 30).stopped(80, SlaEvent.RESOLUTION, 3, 38);
        TicketHistory history = TicketHistory.empty(story.ticketId);
        history = history.with(story.thresholds().get(1)).orElseThrow();

        assertThat(history.with(story.thresholds().get(0))).as("the older stop").isEmpty();
        assertThat(history.with(story.thresholds().get(1))).as("the same stop again").isEmpty();
    }

    @Test
    void eachCitedArticleCountsOnceAtItsFirstCitingResolutionWhateverTheOrder() {
        Story story = new Story(START).opened(0, "P3").resolved(10, "anna", "kb-vpn").reopened(20)
                .resolved(30, "anna", "kb-vpn").reopened(40).resolved(50, "anna", "kb-wifi").reopened(60)
                .resolved(70, "anna");
        TicketFacts inOrder = fold(story.all());
        List<Object> reversed = new ArrayList<>(story.all());
        Collections.reverse(reversed);
        reversed.add(story.all().get(1));

        assertThat(inOrder.articleResolutions()).containsExactly(
                new TicketFacts.ArticleResolution("kb-vpn", Story.minute(START, 10)),
                new TicketFacts.ArticleResolution("kb-wifi", Story.minute(START, 50)));
        assertThat(fold(reversed)).isEqualTo(inOrder);
        assertThat(fold(new Story(START).opened(0, "P3").resolved(5, "anna").all()).articleResolutions()).isEmpty();
    }

    @Test
    void anOpenTicketIsAtRiskWithAWarningOnARunningTargetAndBreachedOnceAnyTargetIs() {
        Story warned = new Story(START).opened(0, "P2").warned(30, SlaEvent.FIRST_RESPONSE, 0.75)
                .warned(36, SlaEvent.FIRST_RESPONSE, 0.9).warned(20, SlaEvent.RESOLUTION, 0.5);
        assertThat(fold(warned.all()).slaRisk()).as("the highest threshold, then the latest")
                .isEqualTo(new TicketFacts.SlaRisk("WARNING", SlaEvent.FIRST_RESPONSE, 0.9, Story.minute(START, 36)));

        Story answered = new Story(START).opened(0, "P2").firstResponse(10, "anna")
                .warned(8, SlaEvent.FIRST_RESPONSE, 0.75);
        assertThat(fold(answered.all()).slaRisk()).as("its first response stopped that target").isNull();

        Story breached = new Story(START).opened(0, "P2").firstResponse(50, "anna")
                .breached(45, SlaEvent.FIRST_RESPONSE).warned(60, SlaEvent.RESOLUTION, 0.9);
        List<Object> slaFirst = new ArrayList<>(breached.thresholds());
        slaFirst.addAll(breached.events());
        slaFirst.add(breached.thresholds().get(0));
        TicketFacts facts = fold(slaFirst);
        assertThat(facts.slaRisk()).isEqualTo(
                new TicketFacts.SlaRisk("BREACHED", SlaEvent.FIRST_RESPONSE, 1.0, Story.minute(START, 45)));
        assertThat(fold(breached.all())).isEqualTo(facts);

        assertThat(fold(breached.resolved(70, "anna").all()).slaRisk()).as("resolved: not open").isNull();
        assertThat(fold(new Story(START).warned(5, SlaEvent.RESOLUTION, 0.75).all()).slaRisk())
                .as("only SLA events so far: no status, not known to be open").isNull();
    }

    @Test
    void anOlderEventThatOnlyMovesTheStatusDoesNotTurnItBack() {
        Story story = new Story(START).opened(0, "P3").pended(1).resumed(2);
        TicketHistory history = TicketHistory.empty(story.ticketId);
        history = history.with(story.events().get(0)).orElseThrow();
        history = history.with(story.events().get(2)).orElseThrow();

        assertThat(history.with(story.events().get(1))).as("the pending is counted, the status stays").isPresent();
        TicketHistory late = history.with(story.events().get(1)).orElseThrow();
        assertThat(late.status()).isEqualTo("IN_PROGRESS");
        assertThat(TicketFolding.fold(late).pended()).isTrue();
        assertThat(late.with(story.events().get(2))).as("a resumed event again: nothing to add").isEmpty();
    }

    static TicketFacts fold(List<Object> delivered) {
        String ticketId = null;
        TicketHistory history = null;
        for (Object event : delivered) {
            if (history == null) {
                ticketId = event instanceof TicketEvent ticket ? ticket.ticketId() : ((SlaEvent) event).ticketId();
                history = TicketHistory.empty(ticketId);
            }
            TicketHistory current = history;
            history = (event instanceof TicketEvent ticket ? current.with(ticket) : current.with((SlaEvent) event))
                    .orElse(current);
        }
        return TicketFolding.fold(history);
    }
}
