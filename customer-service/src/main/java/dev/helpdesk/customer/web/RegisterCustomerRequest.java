package dev.helpdesk.customer.web;

import dev.helpdesk.customer.api.CustomerProfile;
import java.util.List;

/**
 * The body of {@code POST /customers}. Left out: {@code locale} is {@code en}, {@code timeZone}
 * {@code UTC}, {@code vip} false, {@code active} true; {@code id} is chosen by the service (a UUID)
 * unless given.
 */
record RegisterCustomerRequest(String id, String name, List<String> emails, String phone, String organizationId,
        String locale, String timeZone, Boolean vip, String tier, Boolean active) {

    CustomerProfile profile() {
        return new CustomerProfile(name, emails, phone, organizationId, locale == null ? "en" : locale,
                timeZone == null ? "UTC" : timeZone, vip != null && vip, tier, active == null || active);
    }
}
