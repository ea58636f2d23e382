package dev.helpdesk.knowledge.api;

/** The caller acted on a state of the article that is no longer current (a stale If-Match). */
public class StaleArticleVersion extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long current;

    public StaleArticleVersion(long expected, long current) {
        super("The article is at " + current + ", not " + expected);
        this.current = current;
    }

    public long current() {
        return current;
    }
}
