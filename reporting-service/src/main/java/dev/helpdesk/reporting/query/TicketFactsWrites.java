package dev.helpdesk.reporting.query;

import org.bson.Document;

/**
 * Told of every ticket document the projection wrote, live or by a rebuild, with the document it
 * replaced, so that figures kept beside the documents (the report cube) follow them exactly: what
 * the old document counted is taken out, what the new one counts is put in. Called on the writing
 * thread right after the write succeeded; an implementation must be quick and must not fail.
 */
public interface TicketFactsWrites {

    /**
     * Called before a ticket document of the collection is read to be written. May wait (the cube
     * waits until it has read the collection once), never fails.
     */
    default void beforeWriting(String collection) {
    }

    /**
     * @param collection the collection written (the serving one, or one a rebuild builds)
     * @param before     the document replaced, or null for a ticket new to the collection
     * @param after      the document as written
     */
    void written(String collection, Document before, Document after);
}
