package dev.helpdesk.customer.command;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import dev.helpdesk.customer.api.AssetAssigned;
import dev.helpdesk.customer.api.AssignAsset;
import dev.helpdesk.customer.api.ChangeCustomer;
import dev.helpdesk.customer.api.CustomerChanged;
import dev.helpdesk.customer.api.CustomerPatch;
import dev.helpdesk.customer.api.CustomerProfile;
import dev.helpdesk.customer.api.CustomerRegistered;
import dev.helpdesk.customer.api.InvalidCustomerCommand;
import dev.helpdesk.customer.api.RegisterCustomer;
import dev.helpdesk.customer.api.StaleCustomerVersion;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The customer's record: its rules, and that every real change, and only a real change, is recorded. */
class CustomerTest {

    private static final String ID = "c1";
    private static final CustomerProfile DANA = new CustomerProfile("Dana Miller", List.of("dana@example.com"),
            "+1 555 0100", null, "en", "America/New_York", false, null, true);

    private AggregateTestFixture<Customer> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Customer.class);
    }

    private static CustomerPatch patch(Set<String> given, Boolean vip, String tier, List<String> emails) {
        return new CustomerPatch(given, null, emails, null, null, null, null, vip, tier, null);
    }

    @Test
    void aValidCustomerIsRegisteredTrimmed() {
        CustomerProfile untrimmed = new CustomerProfile("  Dana Miller ", List.of(" dana@example.com "),
                "+1 555 0100", null, "en", "America/New_York", false, " gold ", true);

        fixture.givenNoPriorActivity()
                .when(new RegisterCustomer(ID, untrimmed))
                .expectEvents(new CustomerRegistered(ID, new CustomerProfile("Dana Miller", List.of("dana@example.com"),
                        "+1 555 0100", null, "en", "America/New_York", false, "gold", true)));
    }

    @Test
    void aCustomerWithoutNameOrWithABadAddressLocaleOrZoneIsRejectedNamingEachField() {
        CustomerProfile bad = new CustomerProfile(" ", List.of("not-an-address", "x@example.com", "X@Example.com"),
                "call me", null, "fr", "Mars/Olympus", false, "", true);

        fixture.givenNoPriorActivity()
                .when(new RegisterCustomer(ID, bad))
                .expectNoEvents()
                .expectException(InvalidCustomerCommand.class)
                .expectExceptionMessage(allOf(
                        containsString("name="), containsString("emails[0]="),
                        containsString("emails[2]="), containsString("phone="),
                        containsString("locale="), containsString("timeZone="),
                        containsString("tier=")));
    }

    @Test
    void aCustomerWithoutAnyAddressIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomer(ID, new CustomerProfile("Dana", List.of(), null, null, "en", "UTC", false,
                        null, true)))
                .expectNoEvents()
                .expectException(InvalidCustomerCommand.class);
    }

    @Test
    void makingACustomerVipRecordsTheWholeProfileAndNamesWhatChanged() {
        CustomerProfile vip = new CustomerProfile("Dana Miller", List.of("dana@example.com"), "+1 555 0100", null,
                "en", "America/New_York", true, "gold", true);

        fixture.given(new CustomerRegistered(ID, DANA))
                .when(new ChangeCustomer(ID, patch(Set.of("vip", "tier"), true, "gold", null), null))
                .expectEvents(new CustomerChanged(ID, vip, List.of("vip", "tier")));
    }

    @Test
    void aChangeThatChangesNothingRecordsNothing() {
        fixture.given(new CustomerRegistered(ID, DANA))
                .when(new ChangeCustomer(ID, patch(Set.of("vip"), false, null, null), 1L))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aChangeMadeToAnOlderVersionIsRejected() {
        fixture.given(new CustomerRegistered(ID, DANA),
                        new CustomerChanged(ID, DANA, List.of("phone")))
                .when(new ChangeCustomer(ID, patch(Set.of("vip"), true, null, null), 1L))
                .expectNoEvents()
                .expectException(StaleCustomerVersion.class);
    }

    @Test
    void removingEveryAddressIsRejected() {
        fixture.given(new CustomerRegistered(ID, DANA))
                .when(new ChangeCustomer(ID, patch(Set.of("emails"), null, null, null), null))
                .expectNoEvents()
                .expectException(InvalidCustomerCommand.class);
    }

    @Test
    void anAssetIsAssignedOnceWhateverHowOftenTheSameAssignmentArrives() {
        fixture.given(new CustomerRegistered(ID, DANA))
                .when(new AssignAsset(ID, "a1", " laptop ", "ThinkPad T14", "PF3XYZ", null))
                .expectEvents(new AssetAssigned(ID, "a1", "LAPTOP", "ThinkPad T14", "PF3XYZ", null));

        fixture.given(new CustomerRegistered(ID, DANA), new AssetAssigned(ID, "a1", "LAPTOP", null, "PF3XYZ", null))
                .when(new AssignAsset(ID, "a1", "LAPTOP", null, "PF3XYZ", null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anAssetWithoutTypeOrAnythingToTellItByIsRejected() {
        fixture.given(new CustomerRegistered(ID, DANA))
                .when(new AssignAsset(ID, "a1", " ", "ThinkPad", null, " "))
                .expectNoEvents()
                .expectException(InvalidCustomerCommand.class)
                .expectExceptionMessage(allOf(containsString("type="), containsString("serial=")));
    }

    @Test
    void anAssetMovesTheRecordsVersionSoAChangeMustNameTheNewOne() {
        fixture.given(new CustomerRegistered(ID, DANA), new AssetAssigned(ID, "a1", "PHONE", null, null, "T-1"))
                .when(new ChangeCustomer(ID, patch(Set.of("vip"), true, null, null), 1L))
                .expectNoEvents()
                .expectException(StaleCustomerVersion.class);
    }
}
