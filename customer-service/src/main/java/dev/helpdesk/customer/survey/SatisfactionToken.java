package dev.helpdesk.customer.survey;

import java.time.Instant;

/**
 * What a valid satisfaction link says: whose ticket may be rated, until when. {@code tokenId} is
 * unique per link: the survey endpoint records it when the link is used, so a link rates once
 * ({@link SurveyTokenLedger}).
 */
public record SatisfactionToken(String ticketId, String requesterId, String tokenId, Instant expiresAt) {
}
