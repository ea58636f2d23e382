package dev.helpdesk.knowledge.api;

/** The article refused a command because of its status; nothing was recorded. */
public class ArticleRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ArticleStatus status;
    private final String action;

    public ArticleRejected(ArticleStatus status, String action, String reason) {
        super("Cannot " + action + " an article that is " + status + ": " + reason);
        this.status = status;
        this.action = action;
    }

    public ArticleStatus status() {
        return status;
    }

    public String action() {
        return action;
    }
}
