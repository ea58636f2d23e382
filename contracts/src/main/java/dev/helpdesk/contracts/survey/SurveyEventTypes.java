package dev.helpdesk.contracts.survey;

/**
 * CloudEvents {@code type} of each satisfaction survey event, published by the customer service (which
 * takes the answers to the satisfaction links of its resolved-ticket mails) on
 * {@link dev.helpdesk.contracts.Topics#CHANNELS}, keyed by the survey's id (the link's token id). The
 * version is part of the name: a change that breaks consumers gets a new name.
 */
public final class SurveyEventTypes {

    /** A requester answered a satisfaction link: the rating the ticket service records on the ticket. */
    public static final String ANSWERED = "helpdesk.survey.answered.v1";

    private SurveyEventTypes() {
    }
}
