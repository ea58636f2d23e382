package dev.helpdesk.ticket.command;

import dev.helpdesk.ticket.api.AddComment;
import dev.helpdesk.ticket.api.AssignTicket;
import dev.helpdesk.ticket.api.Author;
import dev.helpdesk.ticket.api.CancelTicket;
import dev.helpdesk.ticket.api.ChangePriority;
import dev.helpdesk.ticket.api.Channel;
import dev.helpdesk.ticket.api.ClaimTicket;
import dev.helpdesk.ticket.api.CloseTicket;
import dev.helpdesk.ticket.api.EscalateTicket;
import dev.helpdesk.ticket.api.InvalidTicketCommand;
import dev.helpdesk.ticket.api.Level;
import dev.helpdesk.ticket.api.LinkKind;
import dev.helpdesk.ticket.api.LinkTicket;
import dev.helpdesk.ticket.api.PendTicket;
import dev.helpdesk.ticket.api.Priority;
import dev.helpdesk.ticket.api.RateSatisfaction;
import dev.helpdesk.ticket.api.RecordLinkedIncident;
import dev.helpdesk.ticket.api.ReopenTicket;
import dev.helpdesk.ticket.api.ResolutionCode;
import dev.helpdesk.ticket.api.ResolveTicket;
import dev.helpdesk.ticket.api.ResumeTicket;
import dev.helpdesk.ticket.api.StaleTicketVersion;
import dev.helpdesk.ticket.api.StartWork;
import dev.helpdesk.ticket.api.TicketAssigned;
import dev.helpdesk.ticket.api.TicketCancelled;
import dev.helpdesk.ticket.api.TicketClosed;
import dev.helpdesk.ticket.api.TicketCommentAdded;
import dev.helpdesk.ticket.api.TicketDetailsUpdated;
import dev.helpdesk.ticket.api.TicketEscalated;
import dev.helpdesk.ticket.api.TicketIncidentLinked;
import dev.helpdesk.ticket.api.TicketLinked;
import dev.helpdesk.ticket.api.TicketNumber;
import dev.helpdesk.ticket.api.TicketOpened;
import dev.helpdesk.ticket.api.TicketPended;
import dev.helpdesk.ticket.api.TicketPriorityChanged;
import dev.helpdesk.ticket.api.TicketRejected;
import dev.helpdesk.ticket.api.TicketReopened;
import dev.helpdesk.ticket.api.TicketResolved;
import dev.helpdesk.ticket.api.TicketResumed;
import dev.helpdesk.ticket.api.TicketSatisfactionRated;
import dev.helpdesk.ticket.api.TicketStatus;
import dev.helpdesk.ticket.api.TicketType;
import dev.helpdesk.ticket.api.TicketWorkStarted;
import dev.helpdesk.ticket.api.UpdateTicketDetails;
import dev.helpdesk.ticket.api.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every command of the ticket lifecycle, allowed and refused, on the aggregate alone. */
class TicketLifecycleTest {

    static final UUID ID = UUID.fromString("0f6d4a8e-3c1b-4d7a-9f2e-8b5c6a7d9e10");
    static final UUID OTHER = UUID.fromString("7a1e0c52-58c3-4c55-8a9c-3d0b1f0a2b44");
    static final String REQUESTER = "customer-1";
    static final String L1 = "service-desk-l1";
    static final String L2 = "desktop-support-l2";
    static final Duration WEEK = Duration.ofDays(7);
    static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    private FixtureConfiguration<Ticket> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Ticket.class);
    }

    static TicketOpened opened() {
        return new TicketOpened(ID, new TicketNumber(7), TicketType.INCIDENT, "Printer jams", "Tray 2", REQUESTER,
                Channel.PHONE, "printing", Level.MEDIUM, Level.MEDIUM, Priority.P3, List.of(), "demo-agent");
    }

    static TicketOpened openedProblem() {
        return new TicketOpened(ID, new TicketNumber(8), TicketType.PROBLEM, "Printers jam after the update",
                "Many incidents since Tuesday", "demo-agent", Channel.API, "printing", Level.HIGH, Level.MEDIUM,
                Priority.P2, List.of(), "demo-agent");
    }

    static TicketAssigned assignedTo(String agent) {
        return new TicketAssigned(ID, L1, agent, TicketStatus.ASSIGNED);
    }

    static TicketWorkStarted started() {
        return new TicketWorkStarted(ID, "demo-agent");
    }

    static TicketResolved resolved() {
        return new TicketResolved(ID, ResolutionCode.FIXED, "Cleaned the rollers", null);
    }

    // assignment and claiming

    @Test
    void assigningToAnAgentMakesTheTicketAssigned() {
        fixture.given(opened())
                .when(new AssignTicket(ID, null, L1, "demo-agent", "demo-supervisor"))
                .expectEvents(new TicketAssigned(ID, L1, "demo-agent", TicketStatus.ASSIGNED));
    }

    @Test
    void assigningToAGroupOnlyKeepsTheTicketInItsQueue() {
        fixture.given(opened(), assignedTo("demo-agent"))
                .when(new AssignTicket(ID, null, L2, null, "demo-supervisor"))
                .expectEvents(new TicketAssigned(ID, L2, null, TicketStatus.NEW));
    }

    @Test
    void anAgentClaimsATicketOfTheirGroup() {
        fixture.given(opened(), new TicketAssigned(ID, L1, null, TicketStatus.NEW))
                .when(new ClaimTicket(ID, null, "demo-agent", Set.of(L1)))
                .expectEvents(new TicketAssigned(ID, L1, "demo-agent", TicketStatus.ASSIGNED));
    }

    @Test
    void claimingATicketOutsideYourGroupsIsRefused() {
        fixture.given(opened(), new TicketAssigned(ID, L2, null, TicketStatus.NEW))
                .when(new ClaimTicket(ID, null, "demo-agent", Set.of(L1)))
                .expectException(TicketRejected.class)
                .expectNoEvents();
    }

    @Test
    void claimingAnUnqueuedTicketPutsItInTheAgentsGroup() {
        fixture.given(opened())
                .when(new ClaimTicket(ID, null, "demo-agent", Set.of(L1)))
                .expectEvents(new TicketAssigned(ID, L1, "demo-agent", TicketStatus.ASSIGNED));
    }

    // working

    @Test
    void theAssigneeStartsWork() {
        fixture.given(opened(), assignedTo("demo-agent"))
                .when(new StartWork(ID, null, "demo-agent"))
                .expectEvents(started());
    }

    @Test
    void someoneElseCannotStartWorkOnAnAssignedTicket() {
        fixture.given(opened(), assignedTo("demo-agent"))
                .when(new StartWork(ID, null, "demo-agent-l2"))
                .expectException(TicketRejected.class)
                .expectNoEvents();
    }

    @Test
    void theAssigneesFirstPublicReplyIsTheFirstResponseAndStartsWork() {
        fixture.given(opened(), assignedTo("demo-agent"))
                .when(comment("demo-agent", Author.AGENT, Visibility.PUBLIC))
                .expectEvents(new TicketCommentAdded(ID, "c-1", "demo-agent", Author.AGENT, Visibility.PUBLIC,
                        "Looking into it", true), started());
    }

    @Test
    void anInternalNoteIsNoResponse() {
        fixture.given(opened(), assignedTo("demo-agent"))
                .when(comment("demo-agent", Author.AGENT, Visibility.INTERNAL))
                .expectEvents(new TicketCommentAdded(ID, "c-1", "demo-agent", Author.AGENT, Visibility.INTERNAL,
                        "Looking into it", false));
    }

    @Test
    void onlyTheFirstPublicAgentReplyCountsAsFirstResponse() {
        fixture.given(opened(), assignedTo("demo-agent"), new TicketCommentAdded(ID, "c-0", "demo-agent",
                        Author.AGENT, Visibility.PUBLIC, "On it", true), started())
                .when(comment("demo-agent", Author.AGENT, Visibility.PUBLIC))
                .expectEvents(new TicketCommentAdded(ID, "c-1", "demo-agent", Author.AGENT, Visibility.PUBLIC,
                        "Looking into it", false));
    }

    @Test
    void pendingNeedsAReasonAndWorkInProgress() {
        fixture.given(opened(), assignedTo("demo-agent"), started())
                .when(new PendTicket(ID, null, "Waiting for the vendor", "demo-agent"))
                .expectEvents(new TicketPended(ID, "Waiting for the vendor"));
        fixture.given(opened(), assignedTo("demo-agent"), started())
                .when(new PendTicket(ID, null, " ", "demo-agent"))
                .expectException(InvalidTicketCommand.class);
        fixture.given(opened())
                .when(new PendTicket(ID, null, "Waiting", "demo-agent"))
                .expectException(TicketRejected.class);
    }

    @Test
    void aPendingTicketResumes() {
        fixture.given(opened(), assignedTo("demo-agent"), started(), new TicketPended(ID, "vendor"))
                .when(new ResumeTicket(ID, null, "Vendor answered", "demo-agent"))
                .expectEvents(new TicketResumed(ID, "Vendor answered"));
    }

    @Test
    void theRequestersReplyResumesAPendingTicket() {
        fixture.given(opened(), assignedTo("demo-agent"), started(), new TicketPended(ID, "waiting for you"))
                .when(comment(REQUESTER, Author.CUSTOMER, Visibility.PUBLIC))
                .expectEvents(new TicketCommentAdded(ID, "c-1", REQUESTER, Author.CUSTOMER, Visibility.PUBLIC,
                        "Looking into it", false), new TicketResumed(ID, "the requester replied"));
    }

    @Test
    void priorityFollowsTheMatrixWhenReRated() {
        fixture.given(opened())
                .when(new ChangePriority(ID, null, Level.HIGH, Level.HIGH, "demo-agent"))
                .expectEvents(new TicketPriorityChanged(ID, Level.HIGH, Level.HIGH, Priority.P1));
    }

    @Test
    void detailsChangeOnlyWhenSomethingDiffers() {
        fixture.given(opened())
                .when(new UpdateTicketDetails(ID, null, "Printer jams on tray 2", null, null, List.of("printer"),
                        "demo-agent"))
                .expectEvents(new TicketDetailsUpdated(ID, "Printer jams on tray 2", "Tray 2", "printing",
                        List.of("printer")));
        fixture.given(opened())
                .when(new UpdateTicketDetails(ID, null, "Printer jams", null, null, null, "demo-agent"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void escalatingToTheNextLevelPutsTheTicketInThatQueue() {
        fixture.given(opened(), assignedTo("demo-agent"), started())
                .when(new EscalateTicket(ID, null, "Needs hardware", L2, "demo-agent"))
                .expectEvents(new TicketEscalated(ID, "Needs hardware", L1, L2, TicketStatus.NEW));
    }

    @Test
    void escalatingWithoutATargetFlagsItAndKeepsItsState() {
        fixture.given(opened(), assignedTo("demo-agent"), started())
                .when(new EscalateTicket(ID, null, "Customer is unhappy", null, "demo-agent"))
                .expectEvents(new TicketEscalated(ID, "Customer is unhappy", L1, null, TicketStatus.IN_PROGRESS));
    }

    @Test
    void anSlaEscalationRequestNamesTheSupervisorAndIsCarriedOutOnce() {
        String request = ID + ":RESOLUTION:escalation";
        fixture.given(opened(), assignedTo("demo-agent"), started())
                .when(new EscalateTicket(ID, null, "SLA breached", L2, "escalation-service", "demo-supervisor", request))
                .expectEvents(new TicketEscalated(ID, "SLA breached", L1, L2, TicketStatus.NEW, "demo-supervisor",
                        request));
        fixture.given(opened(), assignedTo("demo-agent"), started(),
                new TicketEscalated(ID, "SLA breached", L1, L2, TicketStatus.NEW, "demo-supervisor", request))
                .when(new EscalateTicket(ID, null, "SLA breached", "network-l2", "escalation-service",
                        "demo-supervisor", request))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherSlaEscalationRequestIsCarriedOutToo() {
        fixture.given(opened(), assignedTo("demo-agent"), started(),
                new TicketEscalated(ID, "SLA breached", L1, null, TicketStatus.IN_PROGRESS, "demo-supervisor",
                        ID + ":FIRST_RESPONSE:escalation"))
                .when(new EscalateTicket(ID, null, "SLA breached", L2, "escalation-service", null,
                        ID + ":RESOLUTION:escalation"))
                .expectEvents(new TicketEscalated(ID, "SLA breached", L1, L2, TicketStatus.NEW, null,
                        ID + ":RESOLUTION:escalation"));
    }

    // resolution and after

    @Test
    void resolvingNeedsACodeAndANote() {
        fixture.given(opened(), assignedTo("demo-agent"), started())
                .when(new ResolveTicket(ID, null, ResolutionCode.FIXED, "Cleaned the rollers", null, "demo-agent"))
                .expectEvents(resolved());
        fixture.given(opened(), assignedTo("demo-agent"), started())
                .when(new ResolveTicket(ID, null, ResolutionCode.FIXED, " ", null, "demo-agent"))
                .expectException(InvalidTicketCommand.class)
                .expectNoEvents();
        fixture.given(opened())
                .when(new ResolveTicket(ID, null, null, "note", null, "demo-agent"))
                .expectException(InvalidTicketCommand.class);
    }

    @Test
    void aQuickFixIsResolvedStraightFromNew() {
        fixture.given(opened())
                .when(new ResolveTicket(ID, null, ResolutionCode.FIXED, "Password reset", "kb-1", "demo-agent"))
                .expectEvents(new TicketResolved(ID, ResolutionCode.FIXED, "Password reset", "kb-1"));
    }

    @Test
    void aResolvedTicketIsReopenedOrClosed() {
        fixture.given(opened(), resolved())
                .when(new ReopenTicket(ID, null, "Still jams", "demo-agent"))
                .expectEvents(new TicketReopened(ID, "Still jams"));
        fixture.given(opened(), resolved())
                .when(new CloseTicket(ID, null, null, "demo-agent"))
                .expectEvents(new TicketClosed(ID, null));
    }

    @Test
    void theRequestersReplyWithinTheWindowReopens() {
        fixture.givenCurrentTime(T0)
                .andGiven(opened(), resolved())
                .andGivenCurrentTime(T0.plus(Duration.ofDays(6)))
                .when(comment(REQUESTER, Author.CUSTOMER, Visibility.PUBLIC))
                .expectEvents(new TicketCommentAdded(ID, "c-1", REQUESTER, Author.CUSTOMER, Visibility.PUBLIC,
                        "Looking into it", false), new TicketReopened(ID, "the requester replied after resolution"));
    }

    @Test
    void theRequestersReplyAfterTheWindowIsOnlyAComment() {
        fixture.givenCurrentTime(T0)
                .andGiven(opened(), resolved())
                .andGivenCurrentTime(T0.plus(Duration.ofDays(8)))
                .when(comment(REQUESTER, Author.CUSTOMER, Visibility.PUBLIC))
                .expectEvents(new TicketCommentAdded(ID, "c-1", REQUESTER, Author.CUSTOMER, Visibility.PUBLIC,
                        "Looking into it", false));
    }

    @Test
    void onlyTheRequesterRatesOnceAfterResolution() {
        fixture.given(opened(), resolved())
                .when(new RateSatisfaction(ID, null, REQUESTER, 5, "Quick!"))
                .expectEvents(new TicketSatisfactionRated(ID, REQUESTER, 5, "Quick!"));
        fixture.given(opened(), resolved())
                .when(new RateSatisfaction(ID, null, "someone-else", 5, null))
                .expectException(TicketRejected.class);
        fixture.given(opened(), resolved(), new TicketSatisfactionRated(ID, REQUESTER, 4, null))
                .when(new RateSatisfaction(ID, null, REQUESTER, 5, null))
                .expectException(TicketRejected.class);
        fixture.given(opened())
                .when(new RateSatisfaction(ID, null, REQUESTER, 5, null))
                .expectException(TicketRejected.class);
        fixture.given(opened(), resolved())
                .when(new RateSatisfaction(ID, null, REQUESTER, 6, null))
                .expectException(InvalidTicketCommand.class);
    }

    // links

    @Test
    void anIncidentIsLinkedToTheProblemThatCausedIt() {
        fixture.given(opened())
                .when(new LinkTicket(ID, null, OTHER, TicketType.PROBLEM, LinkKind.CAUSED_BY, "demo-agent"))
                .expectEvents(new TicketLinked(ID, OTHER, LinkKind.CAUSED_BY));
    }

    @Test
    void causedByMustPointAtAProblem() {
        fixture.given(opened())
                .when(new LinkTicket(ID, null, OTHER, TicketType.INCIDENT, LinkKind.CAUSED_BY, "demo-agent"))
                .expectException(InvalidTicketCommand.class)
                .expectNoEvents();
    }

    @Test
    void markingADuplicateResolvesIt() {
        fixture.given(opened())
                .when(new LinkTicket(ID, null, OTHER, TicketType.INCIDENT, LinkKind.DUPLICATE_OF, "demo-agent"))
                .expectEvents(new TicketLinked(ID, OTHER, LinkKind.DUPLICATE_OF),
                        new TicketResolved(ID, ResolutionCode.DUPLICATE, "Duplicate of " + OTHER, null));
    }

    @Test
    void aTicketIsNotLinkedToItself() {
        fixture.given(opened())
                .when(new LinkTicket(ID, null, ID, TicketType.INCIDENT, LinkKind.RELATED, "demo-agent"))
                .expectException(InvalidTicketCommand.class);
    }

    // a problem's incidents

    @Test
    void aProblemRecordsEachIncidentLinkedToItOnce() {
        fixture.given(openedProblem())
                .when(new RecordLinkedIncident(ID, OTHER))
                .expectEvents(new TicketIncidentLinked(ID, OTHER));
        fixture.given(openedProblem(), new TicketIncidentLinked(ID, OTHER))
                .when(new RecordLinkedIncident(ID, OTHER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aClosedProblemStillRecordsAnIncidentLinkedToIt() {
        fixture.given(openedProblem(), resolved(), new TicketClosed(ID, null))
                .when(new RecordLinkedIncident(ID, OTHER))
                .expectEvents(new TicketIncidentLinked(ID, OTHER));
    }

    @Test
    void onlyAProblemHasLinkedIncidents() {
        fixture.given(opened())
                .when(new RecordLinkedIncident(ID, OTHER))
                .expectException(TicketRejected.class)
                .expectNoEvents();
    }

    // final states and cancellation

    @Test
    void cancellingAnOpenTicketNeedsAReason() {
        fixture.given(opened())
                .when(new CancelTicket(ID, null, "Opened by mistake", "demo-agent"))
                .expectEvents(new TicketCancelled(ID, "Opened by mistake"));
        fixture.given(opened())
                .when(new CancelTicket(ID, null, "", "demo-agent"))
                .expectException(InvalidTicketCommand.class);
    }

    @Test
    void nothingHappensToAClosedTicket() {
        Object[] closed = {opened(), resolved(), new TicketClosed(ID, null)};
        List<Object> commands = List.of(
                comment("demo-agent", Author.AGENT, Visibility.PUBLIC),
                new AssignTicket(ID, null, L1, "demo-agent", "demo-supervisor"),
                new ResolveTicket(ID, null, ResolutionCode.FIXED, "note", null, "demo-agent"),
                new ReopenTicket(ID, null, "again", "demo-agent"),
                new CancelTicket(ID, null, "no", "demo-agent"),
                new PendTicket(ID, null, "wait", "demo-agent"),
                new EscalateTicket(ID, null, "up", L2, "demo-agent"),
                new ChangePriority(ID, null, Level.HIGH, Level.HIGH, "demo-agent"),
                new LinkTicket(ID, null, OTHER, TicketType.INCIDENT, LinkKind.RELATED, "demo-agent"));
        for (Object command : commands) {
            fixture.given(closed).when(command).expectException(TicketRejected.class).expectNoEvents();
        }
    }

    @Test
    void nothingHappensToACancelledTicket() {
        fixture.given(opened(), new TicketCancelled(ID, "mistake"))
                .when(new ResolveTicket(ID, null, ResolutionCode.FIXED, "note", null, "demo-agent"))
                .expectException(TicketRejected.class)
                .expectNoEvents();
        fixture.given(opened(), new TicketCancelled(ID, "mistake"))
                .when(comment(REQUESTER, Author.CUSTOMER, Visibility.PUBLIC))
                .expectException(TicketRejected.class);
    }

    @Test
    void aResolvedTicketIsNotCancelledPendedOrResolvedAgain() {
        for (Object command : List.of(new CancelTicket(ID, null, "no", "demo-agent"),
                new PendTicket(ID, null, "wait", "demo-agent"),
                new ResolveTicket(ID, null, ResolutionCode.FIXED, "again", null, "demo-agent"))) {
            fixture.given(opened(), resolved()).when(command).expectException(TicketRejected.class);
        }
    }

    @Test
    void onlyAResolvedTicketIsClosedOrReopened() {
        fixture.given(opened()).when(new CloseTicket(ID, null, null, "demo-agent"))
                .expectException(TicketRejected.class);
        fixture.given(opened()).when(new ReopenTicket(ID, null, "why", "demo-agent"))
                .expectException(TicketRejected.class);
    }

    // versions

    @Test
    void aCommandOnTheCurrentVersionApplies() {
        fixture.given(opened(), assignedTo("demo-agent"))
                .when(new StartWork(ID, 2L, "demo-agent"))
                .expectEvents(started());
    }

    @Test
    void aCommandOnAStaleVersionIsRefused() {
        fixture.given(opened(), assignedTo("demo-agent"))
                .when(new StartWork(ID, 1L, "demo-agent"))
                .expectException(StaleTicketVersion.class)
                .expectNoEvents();
    }

    private static AddComment comment(String author, Author role, Visibility visibility) {
        return new AddComment(ID, null, "c-1", author, role, visibility, "Looking into it", WEEK);
    }
}
