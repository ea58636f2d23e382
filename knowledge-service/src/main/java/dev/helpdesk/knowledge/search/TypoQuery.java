package dev.helpdesk.knowledge.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * The words of one field that are one typo away from a searched word (one letter wrong, missing,
 * added, or two swapped), like Lucene's {@code FuzzyQuery} with edit distance 1. Unlike it, the
 * automaton that recognises them is built once per searched word ({@link #automatonOf}) and shared
 * by every field and language the word is looked for in: a fuzzy query builds its own per field,
 * and building them was the larger part of a search with a typo. At most {@value #MAX_EXPANSIONS}
 * words per field count, those held by the most articles scoring as one word, as a fuzzy query's.
 */
final class TypoQuery extends MultiTermQuery {

    static final int MAX_EXPANSIONS = 50;

    private final Term term;
    private final CompiledAutomaton automaton;

    TypoQuery(Term term, CompiledAutomaton automaton) {
        super(term.field(), new TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS));
        this.term = term;
        this.automaton = automaton;
    }

    /** Recognises {@code word} and every word one edit away from it, transpositions included. */
    static CompiledAutomaton automatonOf(String word) {
        return new CompiledAutomaton(new LevenshteinAutomata(word, true).toAutomaton(1), true, false);
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
        return automaton.getTermsEnum(terms);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.consumeTermsMatching(this, field, () -> automaton.runAutomaton);
        }
    }

    @Override
    public String toString(String defaultField) {
        return (field.equals(defaultField) ? "" : field + ":") + term.text() + "~1";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && term.equals(((TypoQuery) other).term);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), term);
    }
}
