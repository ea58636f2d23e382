package dev.helpdesk.ticket.command;

import static dev.helpdesk.ticket.command.TicketLifecycleTest.ID;
import static dev.helpdesk.ticket.command.TicketLifecycleTest.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import dev.helpdesk.ticket.api.AssetHandover;
import dev.helpdesk.ticket.api.Channel;
import dev.helpdesk.ticket.api.HandedOverAsset;
import dev.helpdesk.ticket.api.InvalidTicketCommand;
import dev.helpdesk.ticket.api.Level;
import dev.helpdesk.ticket.api.Priority;
import dev.helpdesk.ticket.api.ReopenTicket;
import dev.helpdesk.ticket.api.ResolutionCode;
import dev.helpdesk.ticket.api.ResolveTicket;
import dev.helpdesk.ticket.api.TicketNumber;
import dev.helpdesk.ticket.api.TicketOpened;
import dev.helpdesk.ticket.api.TicketReopened;
import dev.helpdesk.ticket.api.TicketResolved;
import dev.helpdesk.ticket.api.TicketType;
import dev.helpdesk.ticket.api.TicketWorkStarted;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 6 item 2 on the ticket (D90): a fulfilled laptop request names the laptop it handed over. */
class TicketAssetHandoverTest {

    private static final AssetHandover LAPTOP = new AssetHandover(" laptop ", "ThinkPad T14 Gen 5", " PF4ABCDE ", "");

    private FixtureConfiguration<Ticket> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Ticket.class);
    }

    private static TicketOpened request(String category) {
        return new TicketOpened(ID, new TicketNumber(42), TicketType.SERVICE_REQUEST, "New laptop", "For Mia",
                REQUESTER, Channel.PORTAL, category, Level.LOW, Level.MEDIUM, Priority.P4, List.of(), "demo-customer");
    }

    private static TicketWorkStarted started() {
        return new TicketWorkStarted(ID, "demo-agent");
    }

    private static ResolveTicket fulfil(AssetHandover asset) {
        return new ResolveTicket(ID, null, ResolutionCode.REQUEST_FULFILLED, "Handed over", null, "demo-agent", asset);
    }

    @Test
    void aFulfilledLaptopRequestRecordsTheLaptopForItsRequesterUnderAnIdOfThisResolution() {
        fixture.given(request("hardware/laptop"), started())
                .when(fulfil(LAPTOP))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TicketResolved(ID, ResolutionCode.REQUEST_FULFILLED, "Handed over", null,
                        new HandedOverAsset(Ticket.assetIdOf(ID, 2), REQUESTER, "LAPTOP", "ThinkPad T14 Gen 5",
                                "PF4ABCDE", null)));
    }

    @Test
    void aLaterResolutionAfterAReopenHandsOverADeviceOfAnotherId() {
        HandedOverAsset first = new HandedOverAsset(Ticket.assetIdOf(ID, 2), REQUESTER, "LAPTOP", null, "A", null);
        fixture.given(request("Hardware/Laptop"), started(),
                        new TicketResolved(ID, ResolutionCode.REQUEST_FULFILLED, "Handed over", null, first),
                        new TicketReopened(ID, "Screen broken"))
                .when(fulfil(new AssetHandover("LAPTOP", null, "B", null)))
                .expectEvents(new TicketResolved(ID, ResolutionCode.REQUEST_FULFILLED, "Handed over", null,
                        new HandedOverAsset(Ticket.assetIdOf(ID, 4), REQUESTER, "LAPTOP", null, "B", null)));
        assertThat(Ticket.assetIdOf(ID, 4)).isNotEqualTo(Ticket.assetIdOf(ID, 2));
    }

    @Test
    void aFulfilledLaptopRequestWithoutTheLaptopIsRejected() {
        fixture.given(request(" hardware/laptop "), started())
                .when(fulfil(null))
                .expectNoEvents()
                .expectException(InvalidTicketCommand.class)
                .expectExceptionMessage(containsString("asset"));
    }

    @Test
    void aLaptopRequestRejectedOrAnotherRequestFulfilledNeedsNoDevice() {
        fixture.given(request("hardware/laptop"), started())
                .when(new ResolveTicket(ID, null, ResolutionCode.REJECTED, "Not approved", null, "demo-agent", null))
                .expectEvents(new TicketResolved(ID, ResolutionCode.REJECTED, "Not approved", null, null));
        fixture.given(request("accounts"), started())
                .when(fulfil(null))
                .expectEvents(new TicketResolved(ID, ResolutionCode.REQUEST_FULFILLED, "Handed over", null, null));
    }

    @Test
    void anyFulfilledServiceRequestMayHandOverADevice() {
        fixture.given(request("hardware/phone"), started())
                .when(fulfil(new AssetHandover("phone", "Pixel 9", null, "IT-PH-7")))
                .expectEvents(new TicketResolved(ID, ResolutionCode.REQUEST_FULFILLED, "Handed over", null,
                        new HandedOverAsset(Ticket.assetIdOf(ID, 2), REQUESTER, "PHONE", "Pixel 9", null,
                                "IT-PH-7")));
    }

    @Test
    void aDeviceIsHandedOverOnlyByAFulfilledServiceRequestAndMustBeToldApart() {
        fixture.given(TicketLifecycleTest.opened(), started())
                .when(new ResolveTicket(ID, null, ResolutionCode.FIXED, "Fixed", null, "demo-agent", LAPTOP))
                .expectNoEvents()
                .expectException(InvalidTicketCommand.class);
        fixture.given(request("hardware/laptop"), started())
                .when(new ResolveTicket(ID, null, ResolutionCode.REJECTED, "No", null, "demo-agent", LAPTOP))
                .expectNoEvents()
                .expectException(InvalidTicketCommand.class);

        assertThatThrownBy(() -> TicketRules.requireAssetHandover(TicketType.SERVICE_REQUEST, "hardware/laptop",
                fulfil(new AssetHandover(" ", "x".repeat(101), null, " "))))
                .isInstanceOfSatisfying(InvalidTicketCommand.class, rejected -> assertThat(rejected.violations())
                        .extracting(Map.Entry::getKey).containsExactly("asset.type", "asset.serial", "asset.model"));
    }
}
