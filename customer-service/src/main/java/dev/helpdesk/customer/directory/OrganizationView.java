package dev.helpdesk.customer.directory;

import java.time.Instant;

/** An organisation as the directory serves it: DESIGN.md section 5's Organisation. */
public record OrganizationView(String id, String name, String domain, Instant createdAt) {
}
