package dev.helpdesk.contracts.knowledge;

/**
 * CloudEvents {@code type} of each event the knowledge service publishes about a ticket (not about
 * an article) on {@link dev.helpdesk.contracts.Topics#KNOWLEDGE}, keyed and with {@code subject} by
 * the ticket id. The version is part of the name: a change that breaks consumers gets a new name.
 */
public final class KnowledgeEventTypes {

    public static final String ARTICLES_SUGGESTED = "helpdesk.knowledge.articles-suggested.v1";

    private KnowledgeEventTypes() {
    }
}
