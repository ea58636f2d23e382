package dev.helpdesk.customer.survey.api;

/**
 * A requester answered a satisfaction link: the ticket's rating, to be carried to the ticket service.
 *
 * @param comment what the requester added, stripped; null when nothing
 */
public record SurveyAnswered(String surveyId, String ticketId, String requesterId, int rating, String comment) {
}
