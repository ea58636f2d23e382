package dev.helpdesk.customer.survey.api;

import java.util.List;
import java.util.Map;

/** An answer the survey does not take (a rating outside 1 to 5, a comment too long), by field. */
public class InvalidSurveyAnswer extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Map.Entry<String, String>> violations;

    public InvalidSurveyAnswer(List<Map.Entry<String, String>> violations) {
        super("The survey answer is invalid: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Map.Entry<String, String>> violations() {
        return violations;
    }
}
