package dev.helpdesk.knowledge.integration;

import java.time.Instant;

/**
 * What the publisher knows about an article event beyond its payload, and every published record
 * carries.
 *
 * @param status the article's status after the event; null for an event about a ticket
 * @param by     the subject of the token of the request that caused the event, or null
 * @param at     when the store accepted the event
 */
record EventContext(String status, String by, Instant at) {
}
