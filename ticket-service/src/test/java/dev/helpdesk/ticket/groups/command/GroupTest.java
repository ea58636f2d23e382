package dev.helpdesk.ticket.groups.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.helpdesk.ticket.groups.api.AddGroupMember;
import dev.helpdesk.ticket.groups.api.ChangeGroupEscalation;
import dev.helpdesk.ticket.groups.api.CreateGroup;
import dev.helpdesk.ticket.groups.api.GroupCreated;
import dev.helpdesk.ticket.groups.api.GroupEscalationChanged;
import dev.helpdesk.ticket.groups.api.GroupMemberAdded;
import dev.helpdesk.ticket.groups.api.GroupMemberRemoved;
import dev.helpdesk.ticket.groups.api.InvalidGroupCommand;
import dev.helpdesk.ticket.groups.api.RemoveGroupMember;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupTest {

    private static final String L1 = "service-desk-l1";
    private static final String L2 = "desktop-support-l2";
    private static final GroupCreated L1_CREATED = new GroupCreated(L1, "Service Desk L1", L2, "demo-supervisor",
            List.of("demo-agent"));

    private FixtureConfiguration<Group> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Group.class);
    }

    @Test
    void creatingRecordsTheGroupWithATrimmedNameAndEachMemberOnce() {
        fixture.givenNoPriorActivity()
                .when(new CreateGroup(L1, "  Service Desk L1 ", L2, "demo-supervisor",
                        List.of("demo-agent", "demo-agent")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(L1_CREATED);
    }

    @Test
    void aGroupNeedsNeitherANextLevelNorASupervisorNorMembers() {
        fixture.givenNoPriorActivity()
                .when(new CreateGroup("network-l2", "Network L2", null, null, null))
                .expectEvents(new GroupCreated("network-l2", "Network L2", null, null, List.of()));
    }

    @Test
    void creatingWithABlankNameIsRejectedAndRecordsNothing() {
        fixture.givenNoPriorActivity()
                .when(new CreateGroup(L1, "   ", null, null, List.of()))
                .expectException(InvalidGroupCommand.class)
                .expectNoEvents();
    }

    @Test
    void creatingWithTooLongANameIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new CreateGroup(L1, "x".repeat(101), null, null, List.of()))
                .expectException(InvalidGroupCommand.class)
                .expectNoEvents();
    }

    @Test
    void aGroupCannotBeItsOwnNextLevel() {
        fixture.givenNoPriorActivity()
                .when(new CreateGroup(L1, "Service Desk L1", L1, null, List.of()))
                .expectException(InvalidGroupCommand.class)
                .expectNoEvents();
    }

    @Test
    void theRejectionNamesEveryFieldAtFault() {
        InvalidGroupCommand rejected = catchThrowableOfType(InvalidGroupCommand.class, () -> GroupRules.requireCreatable(
                new CreateGroup("Not A Slug", "", "x", "two words", new ArrayList<>(Arrays.asList("ok", null, " ")))));

        assertThat(rejected.violations()).extracting(Map.Entry::getKey)
                .containsExactly("id", "name", "nextLevelGroupId", "supervisorId", "members[1]", "members[2]");
    }

    @Test
    void tooManyMembersAreRejected() {
        fixture.givenNoPriorActivity()
                .when(new CreateGroup(L1, "Service Desk L1", null, null, Collections.nCopies(501, "agent")))
                .expectException(InvalidGroupCommand.class)
                .expectNoEvents();
    }

    @Test
    void addingAnAgentRecordsTheNewMember() {
        fixture.given(L1_CREATED)
                .when(new AddGroupMember(L1, "demo-agent-2"))
                .expectEvents(new GroupMemberAdded(L1, "demo-agent-2"));
    }

    @Test
    void addingAnExistingMemberChangesNothing() {
        fixture.given(L1_CREATED)
                .when(new AddGroupMember(L1, "demo-agent"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void addingAnAgentWhoLeftRecordsThemAgain() {
        fixture.given(L1_CREATED, new GroupMemberRemoved(L1, "demo-agent"))
                .when(new AddGroupMember(L1, "demo-agent"))
                .expectEvents(new GroupMemberAdded(L1, "demo-agent"));
    }

    @Test
    void addingAMalformedAgentIdIsRejected() {
        fixture.given(L1_CREATED)
                .when(new AddGroupMember(L1, "two words"))
                .expectException(InvalidGroupCommand.class)
                .expectNoEvents();
    }

    @Test
    void aFullGroupTakesNoFurtherMember() {
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            agents.add("agent-" + i);
        }
        fixture.given(new GroupCreated(L1, "Service Desk L1", null, null, agents))
                .when(new AddGroupMember(L1, "one-too-many"))
                .expectException(InvalidGroupCommand.class)
                .expectNoEvents();
    }

    @Test
    void removingAMemberRecordsTheRemoval() {
        fixture.given(L1_CREATED)
                .when(new RemoveGroupMember(L1, "demo-agent"))
                .expectEvents(new GroupMemberRemoved(L1, "demo-agent"));
    }

    @Test
    void removingSomeoneWhoIsNotAMemberChangesNothing() {
        fixture.given(L1_CREATED)
                .when(new RemoveGroupMember(L1, "stranger"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void changingTheEscalationRecordsBothTargets() {
        fixture.given(L1_CREATED)
                .when(new ChangeGroupEscalation(L1, "network-l2", null))
                .expectEvents(new GroupEscalationChanged(L1, "network-l2", null));
    }

    @Test
    void settingTheSameEscalationAgainChangesNothing() {
        fixture.given(L1_CREATED)
                .when(new ChangeGroupEscalation(L1, L2, "demo-supervisor"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void escalatingToItselfIsRejected() {
        fixture.given(L1_CREATED)
                .when(new ChangeGroupEscalation(L1, L1, "demo-supervisor"))
                .expectException(InvalidGroupCommand.class)
                .expectNoEvents();
    }
}
