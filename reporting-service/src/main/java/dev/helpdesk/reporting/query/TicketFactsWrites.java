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
     * @param collection the collection written (the serving one, or one a rebuild builds)
     * @param before     the document replaced, or null for a ticket new to the collection
     * @param after      the document as written
     */
    void written(String collection, Document before, Document after);
}
