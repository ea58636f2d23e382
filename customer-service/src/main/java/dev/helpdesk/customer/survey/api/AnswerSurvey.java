package dev.helpdesk.customer.survey.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record the answer to one satisfaction link: {@code surveyId} is the link's token id, so a link is
 * answered once. The ticket and the requester are those the verified link names.
 */
public record AnswerSurvey(
        @TargetAggregateIdentifier String surveyId,
        String ticketId,
        String requesterId,
        Integer rating,
        String comment) {

    /** The longest comment taken, in characters. */
    public static final int MAX_COMMENT = 2000;

    /** What is wrong with a rating and comment, by field; empty when they may be recorded. */
    public static List<Map.Entry<String, String>> violations(Integer rating, String comment) {
        List<Map.Entry<String, String>> violations = new ArrayList<>();
        if (rating == null || rating < 1 || rating > 5) {
            violations.add(Map.entry("rating", "must be a whole number between 1 and 5"));
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            violations.add(Map.entry("comment", "must be at most " + MAX_COMMENT + " characters"));
        }
        return violations;
    }
}
