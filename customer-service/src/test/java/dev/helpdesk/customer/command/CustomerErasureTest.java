package dev.helpdesk.customer.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.predicate;

import dev.helpdesk.customer.api.AssignAsset;
import dev.helpdesk.customer.api.ChangeCustomer;
import dev.helpdesk.customer.api.CustomerErased;
import dev.helpdesk.customer.api.CustomerIsErased;
import dev.helpdesk.customer.api.CustomerPatch;
import dev.helpdesk.customer.api.CustomerProfile;
import dev.helpdesk.customer.api.CustomerRegistered;
import dev.helpdesk.customer.api.CustomerState;
import dev.helpdesk.customer.api.EraseCustomer;
import dev.helpdesk.customer.api.InvalidCustomerCommand;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A customer's erasure (GDPR): recorded once with who and why, the record anonymised and closed for good. */
class CustomerErasureTest {

    private static final String ID = "c1";
    private static final CustomerProfile DANA = new CustomerProfile("Dana Miller", List.of("dana@example.com"),
            "+1 555 0100", "org-1", "de", "Europe/Berlin", true, "gold", true);
    private static final CustomerProfile ANONYMISED = new CustomerProfile(CustomerProfile.ERASED_NAME, List.of(),
            null, "org-1", "de", "Europe/Berlin", true, "gold", false);
    private static final CustomerErased ERASED = new CustomerErased(ID, ANONYMISED,
            List.of("name", "emails", "phone", "active", "erasure"), "admin-1", "GDPR request 2026-17");

    private AggregateTestFixture<Customer> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Customer.class);
    }

    @Test
    void anErasureAnonymisesTheRecordKeepsTheSharedProfileAndRecordsWhoAndWhy() {
        fixture.given(new CustomerRegistered(ID, DANA))
                .when(new EraseCustomer(ID, " GDPR request 2026-17 ", "admin-1"))
                .expectEvents(ERASED)
                .expectResultMessagePayloadMatching(predicate(state -> state instanceof CustomerState answered
                        && answered.profile().equals(ANONYMISED) && answered.version() == 2
                        && "admin-1".equals(answered.erasure().erasedBy())))
                .expectState(customer -> assertThat(customer).extracting("profile").isEqualTo(ANONYMISED));
    }

    @Test
    void anErasedCustomerAnswersTheErasureAgainAndRecordsNothing() {
        fixture.given(new CustomerRegistered(ID, DANA), ERASED)
                .when(new EraseCustomer(ID, "asked twice", "admin-2"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayloadMatching(predicate(state -> state instanceof CustomerState answered
                        && answered.version() == 2 && "admin-1".equals(answered.erasure().erasedBy())
                        && "GDPR request 2026-17".equals(answered.erasure().reason())));
    }

    @Test
    void anErasureWithoutAReasonIsRejected() {
        fixture.given(new CustomerRegistered(ID, DANA))
                .when(new EraseCustomer(ID, "  ", "admin-1"))
                .expectNoEvents()
                .expectException(InvalidCustomerCommand.class);
        fixture.given(new CustomerRegistered(ID, DANA))
                .when(new EraseCustomer(ID, "x".repeat(501), "admin-1"))
                .expectNoEvents()
                .expectException(InvalidCustomerCommand.class);
    }

    @Test
    void anErasedCustomerCannotBeChangedNorGivenADevice() {
        CustomerPatch newName = new CustomerPatch(Set.of("name"), "Dana Again", null, null, null, null, null, null,
                null, null);
        fixture.given(new CustomerRegistered(ID, DANA), ERASED)
                .when(new ChangeCustomer(ID, newName, null))
                .expectNoEvents()
                .expectException(CustomerIsErased.class);
        fixture.given(new CustomerRegistered(ID, DANA), ERASED)
                .when(new AssignAsset(ID, "a1", "LAPTOP", null, "PF3XYZ", null))
                .expectNoEvents()
                .expectException(CustomerIsErased.class);
    }
}
