package dev.helpdesk.ticket.groups.api;

/**
 * The formats of a group's fields, shared by the aggregate (which enforces them) and the web
 * layer (which reports them field by field before a command is sent).
 */
public final class GroupFields {

    /**
     * A group id is a slug such as {@code service-desk-l1}; a generated id is a lowercase UUID,
     * which fits the same pattern. Ids appear in URLs, tokens and other services' data.
     */
    public static final String GROUP_ID_PATTERN = "[a-z0-9-]{2,50}";

    /** An agent id is a token subject: any issuer's format, but no spaces and not overly long. */
    public static final String AGENT_ID_PATTERN = "\\S{1,100}";

    public static final int MAX_NAME = 100;

    /** Keeps a group's event stream and its resource a reasonable size. */
    public static final int MAX_MEMBERS = 500;

    private GroupFields() {
    }

    public static boolean isGroupId(String id) {
        return id != null && id.matches(GROUP_ID_PATTERN);
    }

    public static boolean isAgentId(String id) {
        return id != null && id.matches(AGENT_ID_PATTERN);
    }
}
