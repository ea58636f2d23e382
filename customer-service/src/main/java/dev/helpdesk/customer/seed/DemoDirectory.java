package dev.helpdesk.customer.seed;

import dev.helpdesk.customer.api.CustomerProfile;
import java.util.List;

/**
 * The demo organisation and the customers behind the local issuer's demo customer clients
 * ({@code demo-customer}, {@code demo-customer-2}: their tokens' {@code customer_id}), so that a new
 * user's first ticket has a requester the directory knows.
 */
final class DemoDirectory {

    static final String ORGANIZATION_ID = "0a000000-0000-4000-8000-000000000001";
    static final String ORGANIZATION_NAME = "Example Corp";
    static final String ORGANIZATION_DOMAIN = "example.com";

    record DemoCustomer(String id, CustomerProfile profile) {
    }

    static final List<DemoCustomer> CUSTOMERS = List.of(
            new DemoCustomer("c0000000-0000-4000-8000-000000000001", new CustomerProfile("Dana Miller",
                    List.of("dana.miller@example.com"), "+1 555 0100", ORGANIZATION_ID, "en", "America/New_York",
                    false, "standard", true)),
            new DemoCustomer("c0000000-0000-4000-8000-000000000002", new CustomerProfile("Jonas Becker",
                    List.of("jonas.becker@example.com"), "+49 30 555 0101", ORGANIZATION_ID, "de", "Europe/Berlin",
                    false, "standard", true)));

    private DemoDirectory() {
    }
}
