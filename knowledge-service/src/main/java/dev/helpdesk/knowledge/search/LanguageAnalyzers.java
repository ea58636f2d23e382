package dev.helpdesk.knowledge.search;

import dev.helpdesk.knowledge.api.ArticleLanguages;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * One analyser per article language, and the index fields that use it: an article's text goes
 * into {@code title_<lang>}, {@code body_<lang>} and {@code tags_<lang>}, so each language is
 * stemmed and stopped by its own rules, and a query is analysed with the analyser of the fields
 * it searches. English: Lucene's EnglishAnalyzer (possessives, stop words, Porter stemming).
 */
final class LanguageAnalyzers {

    private final Map<String, Analyzer> byLanguage = Map.of(
            ArticleLanguages.ENGLISH, new EnglishAnalyzer(),
            ArticleLanguages.GERMAN, new GermanArticleAnalyzer());
    private final Analyzer perField;

    LanguageAnalyzers() {
        Map<String, Analyzer> fields = new HashMap<>();
        byLanguage.forEach((language, analyzer) -> {
            for (String field : IndexFields.ANALYSED_FIELDS) {
                fields.put(IndexFields.text(field, language), analyzer);
            }
        });
        // fields not listed are keywords, indexed without analysis
        perField = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
    }

    Analyzer of(String language) {
        Analyzer analyzer = byLanguage.get(language);
        if (analyzer == null) {
            throw new IllegalArgumentException("No analyser for language " + language);
        }
        return analyzer;
    }

    /** For the index writer and the highlighter: each text field with its language's analyser. */
    Analyzer perField() {
        return perField;
    }
}
