package dev.helpdesk.contracts.survey;

import java.time.Instant;

/**
 * The {@code data} of a {@value SurveyEventTypes#ANSWERED} event: the requester followed the
 * satisfaction link of a resolved ticket's mail and rated the service. Each link is answered once, so
 * there is one event per survey; its CloudEvent {@code subject} and record key are the survey's id, its
 * {@code sequence} 1. The ticket service carries it out as the requester's {@code satisfaction-rated}.
 *
 * @param surveyId    the id of the link's token, unique per link; also the subject and the key
 * @param ticketId    the ticket (a UUID) the link rates
 * @param requesterId the requester the link was sent to, who alone may rate the ticket
 * @param rating      1 (poor) to 5 (excellent)
 * @param comment     what the requester added, or null
 * @param answeredAt  when the customer service accepted the answer; also the CloudEvent's {@code time}
 */
public record SurveyAnswered(
        String surveyId,
        String ticketId,
        String requesterId,
        int rating,
        String comment,
        Instant answeredAt) {
}
