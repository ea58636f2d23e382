package dev.helpdesk.escalation.admin.store;

import org.bson.Document;

/** How one kind of definition is written to and read from its stored document. */
public interface DocumentMapping<T> {

    String idOf(T value);

    /** The definition's fields, without id and version (those are the store's). */
    Document toDocument(T value);

    T fromDocument(String id, Document fields);
}
