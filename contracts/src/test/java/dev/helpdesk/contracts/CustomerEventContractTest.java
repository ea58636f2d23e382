package dev.helpdesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helpdesk.contracts.customer.CustomerEventTypes;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * The customer events ({@link CustomerEventTypes}, records {@code Customer<Name>}): about a customer,
 * so the subject is the customer id; the time is the instant the data names; and no event carries
 * personal data (no name, e-mail address or phone), which a topic kept forever could never erase.
 */
class CustomerEventContractTest extends EventContractTest {

    private static final Set<String> PERSONAL = Set.of("name", "email", "emails", "phone", "address");

    @Override
    protected Class<?> typeNames() {
        return CustomerEventTypes.class;
    }

    @Override
    protected String family() {
        return "customer";
    }

    @Override
    protected String recordPrefix() {
        return "Customer";
    }

    @Override
    protected int numberOfTypes() {
        return 3;
    }

    @Override
    protected String source() {
        return Sources.CUSTOMER_SERVICE;
    }

    @Override
    protected String subjectField() {
        return "customerId";
    }

    @Override
    protected void checkFamilySpecifics(String type, JsonNode sample) {
        JsonNode data = sample.get("data");
        String instantField = CustomerEventTypes.REGISTERED.equals(type) ? "registeredAt"
                : CustomerEventTypes.ASSET_ASSIGNED.equals(type) ? "assignedAt" : "updatedAt";
        assertThat(Instant.parse(sample.get("time").asText())).isEqualTo(Instant.parse(data.get(instantField).asText()));
        if (CustomerEventTypes.REGISTERED.equals(type)) {
            assertThat(sample.get(CloudEventContract.SEQUENCE).asInt()).isEqualTo(1);
        } else {
            assertThat(sample.get(CloudEventContract.SEQUENCE).asInt()).isGreaterThan(1);
        }
        Set<String> fields = new TreeSet<>();
        data.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).doesNotContainAnyElementsOf(PERSONAL);
    }
}
