package dev.helpdesk.customer.directory;

import java.time.Instant;
import java.util.List;

/** A customer as the directory serves it: DESIGN.md section 5's Customer, with its version and times. */
public record CustomerView(String id, String name, List<String> emails, String phone, String organizationId,
        String locale, String timeZone, boolean vip, String tier, boolean active, long version, Instant createdAt,
        Instant updatedAt) {
}
