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
    /**
     * Every word of the title, the tags and the body, once per article and without positions: what
     * a search's total is counted on, one list per word instead of one per word and field.
     */
    static final String WORDS = "words";
    static final List<String> TEXT_FIELDS = List.of(TITLE, BODY, TAGS);
    /** The fields analysed by each language's rules. */
    static final List<String> ANALYSED_FIELDS = List.of(TITLE, BODY, TAGS, WORDS);

    private IndexFields() {
    }

    /** {@code body_de}: the field of a text in one language, analysed by that language's rules. */
    static String text(String field, String language) {
        return field + "_" + language;
    }

    /** {@code words_de} for {@code title_de}, {@code tags_de} and {@code body_de}; null for any other field. */
    static String wordsOf(String textField) {
        for (String field : TEXT_FIELDS) {
            if (textField.startsWith(field + "_")) {
                return text(WORDS, textField.substring(field.length() + 1));
            }
        }
        return null;
    }
}
