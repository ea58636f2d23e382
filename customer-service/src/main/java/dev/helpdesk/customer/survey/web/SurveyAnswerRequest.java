package dev.helpdesk.customer.survey.web;

/** The JSON answer to a satisfaction link: {@code rating} 1 to 5, {@code comment} optional. */
record SurveyAnswerRequest(Integer rating, String comment) {
}
