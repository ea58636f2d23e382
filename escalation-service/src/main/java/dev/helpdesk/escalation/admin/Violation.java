package dev.helpdesk.escalation.admin;

/**
 * One thing wrong with a request, with the field named as the published JSON names it
 * ({@code conditions.priorities[1]}, {@code hours.MONDAY}), so a caller can fix it without
 * reading logs.
 */
public record Violation(String field, String message) {
}
