package dev.helpdesk.escalation.admin;

import java.time.Instant;

/**
 * A definition as stored: its value, and the version that every change raises by one (1 when
 * created), which is its {@code ETag}.
 */
public record Versioned<T>(T value, long version, Instant createdAt, Instant updatedAt) {
}
