package dev.helpdesk.contracts.knowledge;

/**
 * CloudEvents {@code type} of each event the knowledge service publishes on
 * {@link dev.helpdesk.contracts.Topics#KNOWLEDGE} that is not an article's: about a ticket (keyed and
 * with {@code subject} by the ticket id) or about a portal search (by the search id). The version
 * is part of the name: a change that breaks consumers gets a new name.
 */
public final class KnowledgeEventTypes {

    public static final String ARTICLES_SUGGESTED = "helpdesk.knowledge.articles-suggested.v1";
    /** Not about a ticket: keyed and with {@code subject} by the portal search's id. */
    public static final String DEFLECTION_RECORDED = "helpdesk.knowledge.deflection-recorded.v1";

    private KnowledgeEventTypes() {
    }
}
