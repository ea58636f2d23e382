package dev.helpdesk.customer.survey.web;

/** What was recorded for a satisfaction link; the ticket service rates the ticket within moments. */
record SurveyAnswerResponse(String surveyId, String ticketId, int rating, String comment) {
}
