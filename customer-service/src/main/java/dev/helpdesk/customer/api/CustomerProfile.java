package dev.helpdesk.customer.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything the directory holds of a customer (a requester), as given: DESIGN.md section 5's
 * Customer without its id. The aggregate's rules decide whether it is valid ({@code CustomerRules}).
 *
 * @param emails the addresses mail from this customer comes from, the first the one we write to
 * @param organizationId the organisation the customer belongs to; null for none
 * @param locale {@code en} or {@code de}: the language of what we send them
 * @param timeZone an IANA zone, for the times in what we send them
 * @param tier a support tier that SLA policies may name (free text such as {@code gold}); null for none
 * @param active whether the customer may open tickets
 */
public record CustomerProfile(String name, List<String> emails, String phone, String organizationId, String locale,
        String timeZone, boolean vip, String tier, boolean active) {

    /** What an erased customer is called everywhere their name was served. */
    public static final String ERASED_NAME = "Erased customer";

    public CustomerProfile {
        // a plain copy, not List.copyOf: a null entry must reach the rules and be named there
        emails = emails == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(emails));
    }

    /**
     * This profile without personal data: the name a neutral placeholder, no addresses, no phone,
     * inactive. What others decide by (organisation, VIP flag, tier) and the language and zone of
     * what we send stay: none of them tells who the person was.
     */
    public CustomerProfile anonymised() {
        return new CustomerProfile(ERASED_NAME, List.of(), null, organizationId, locale, timeZone, vip, tier, false);
    }
}
