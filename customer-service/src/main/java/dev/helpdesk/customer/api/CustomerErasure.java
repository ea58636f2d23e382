package dev.helpdesk.customer.api;

import java.time.Instant;

/** The record of a customer's erasure: when, who, why. */
public record CustomerErasure(Instant erasedAt, String erasedBy, String reason) {
}
