package dev.helpdesk.customer.directory;

import dev.helpdesk.customer.api.CustomerErasure;
import java.time.Instant;
import java.util.List;

/**
 * A customer as the directory serves it: DESIGN.md section 5's Customer, with its version and times.
 * An erased customer has the placeholder name, no addresses and no phone.
 *
 * @param erasure the record of the customer's erasure; null while they are not erased
 */
public record CustomerView(String id, String name, List<String> emails, String phone, String organizationId,
        String locale, String timeZone, boolean vip, String tier, boolean active, long version, Instant createdAt,
        Instant updatedAt, CustomerErasure erasure) {

    /** A customer who was not erased. */
    public CustomerView(String id, String name, List<String> emails, String phone, String organizationId,
            String locale, String timeZone, boolean vip, String tier, boolean active, long version,
            Instant createdAt, Instant updatedAt) {
        this(id, name, emails, phone, organizationId, locale, timeZone, vip, tier, active, version, createdAt,
                updatedAt, null);
    }

    public boolean erased() {
        return erasure != null;
    }
}
