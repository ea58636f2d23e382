package dev.helpdesk.knowledge.search;

import java.util.List;

/** The names of the index's fields, in one place for the writer, the searches and the list. */
final class IndexFields {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String LANGUAGE = "language";
    static final String STATUS = "status";
    static final String CATEGORY = "category";
    /** "true" while a published version is what readers see (published and not retired). */
    static final String VISIBLE = "visible";
    static final String UPDATED_SORT = "updatedAtSort";
    /** The whole document as JSON: what the list shows and what the projection builds on. */
    static final String SOURCE = "source";

    static final String TITLE = "title";
    static final String BODY = "body";
    static final String TAGS = "tags";
    static final List<String> TEXT_FIELDS = List.of(TITLE, BODY, TAGS);

    private IndexFields() {
    }

    /** {@code body_de}: the field of a text in one language, analysed by that language's rules. */
    static String text(String field, String language) {
        return field + "_" + language;
    }
}
