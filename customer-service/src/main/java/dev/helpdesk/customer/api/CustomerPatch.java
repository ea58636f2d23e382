package dev.helpdesk.customer.api;

import java.util.List;
import java.util.Set;

/**
 * What a change gives of a customer's record, in JSON merge-patch terms: a field not in
 * {@code given} stays as it is; one in it takes the value here, and null removes an optional
 * field ({@code phone}, {@code organizationId}, {@code tier}).
 *
 * @param given the API names of the fields the change gives
 */
public record CustomerPatch(Set<String> given, String name, List<String> emails, String phone,
        String organizationId, String locale, String timeZone, Boolean vip, String tier, Boolean active) {

    public static final Set<String> FIELDS = Set.of("name", "emails", "phone", "organizationId", "locale",
            "timeZone", "vip", "tier", "active");

    public CustomerPatch {
        given = Set.copyOf(given);
        if (given.contains("vip") && vip == null) {
            throw InvalidCustomerCommand.of("The change is invalid", "vip", "must be true or false");
        }
        if (given.contains("active") && active == null) {
            throw InvalidCustomerCommand.of("The change is invalid", "active", "must be true or false");
        }
    }

    public boolean gives(String field) {
        return given.contains(field);
    }

    /** {@code current} with this patch's fields. */
    public CustomerProfile applyTo(CustomerProfile current) {
        return new CustomerProfile(
                gives("name") ? name : current.name(),
                gives("emails") ? emails : current.emails(),
                gives("phone") ? phone : current.phone(),
                gives("organizationId") ? organizationId : current.organizationId(),
                gives("locale") ? locale : current.locale(),
                gives("timeZone") ? timeZone : current.timeZone(),
                gives("vip") ? vip : current.vip(),
                gives("tier") ? tier : current.tier(),
                gives("active") ? active : current.active());
    }
}
