package dev.helpdesk.knowledge.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * German text for the index and for queries: lower case, German stop words, umlauts and ß folded
 * ({@code Passwörter} and {@code Passwoerter} both become {@code passworter}), compound words split
 * into the parts a small dictionary of IT words knows ({@code Druckerwarteschlange} also yields
 * {@code drucker} and {@code warteschlange}), then the light German stemmer
 * ({@code passworter} → {@code passwort}). The parts are found in the folded word, so the
 * dictionary is folded the same way when it is read; a word the dictionary does not know stays
 * whole and still matches itself.
 */
final class GermanArticleAnalyzer extends Analyzer {

    static final String COMPOUND_PARTS = "german-compound-parts.txt";
    private static final int MIN_WORD = 5;
    private static final int MIN_PART = 3;
    private static final int MAX_PART = 20;

    private final CharArraySet stopWords = GermanAnalyzer.getDefaultStopSet();
    private final CharArraySet compoundParts;

    GermanArticleAnalyzer() {
        compoundParts = foldedParts();
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new StopFilter(result, stopWords);
        result = new GermanNormalizationFilter(result);
        result = new DictionaryCompoundWordTokenFilter(result, compoundParts, MIN_WORD, MIN_PART, MAX_PART, false);
        result = new GermanLightStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new GermanNormalizationFilter(new LowerCaseFilter(in));
    }

    /** The dictionary as the filter meets the words: lower case with umlauts folded. */
    private CharArraySet foldedParts() {
        List<String> words = new ArrayList<>();
        try (InputStream in = GermanArticleAnalyzer.class.getResourceAsStream(COMPOUND_PARTS)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + COMPOUND_PARTS);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(fold(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
    }

    private static String fold(String word) {
        try (Analyzer folding = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new GermanNormalizationFilter(new LowerCaseFilter(source)));
            }
        }; TokenStream stream = folding.tokenStream("", word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String folded = stream.incrementToken() ? term.toString() : word;
            stream.end();
            return folded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
