package dev.helpdesk.knowledge.api;

import java.util.List;
import java.util.Map;

/** A command that breaks one of the article's rules, with the fields at fault; nothing is recorded. */
public class InvalidArticleCommand extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Map.Entry<String, String>> violations;

    public InvalidArticleCommand(List<Map.Entry<String, String>> violations) {
        super("Invalid article: " + violations);
        this.violations = List.copyOf(violations);
    }

    /** Field name and what is wrong with it. */
    public List<Map.Entry<String, String>> violations() {
        return violations;
    }
}
