package dev.helpdesk.knowledge.search;

import dev.helpdesk.knowledge.api.ArticleLanguages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.springframework.stereotype.Component;

/**
 * Full-text search and lists over the article index. A query is analysed like the text it
 * searches (per language: stop words, stemming, German umlauts and compounds), and every word
 * left is looked for in the title (weighted most), the tags and the body, exactly and, if no
 * article has it as it is, with one letter wrong (a fuzzy match with edit distance 1, weighted
 * less, for words of four letters or more: shorter ones would match too many other words).
 * Articles matching more of the words rank higher.
 */
@Component
public class ArticleSearch {

    static final float TITLE_BOOST = 3f;
    static final float TAGS_BOOST = 2f;
    static final float BODY_BOOST = 1f;
    static final float TYPO_WEIGHT = 0.4f;
    static final int MIN_FUZZY_LENGTH = 4;
    static final int MAX_SUGGESTION_WORDS = 32;
    private static final int SNIPPET_LENGTH = 240;

    private final ArticleIndex index;

    public ArticleSearch(ArticleIndex index) {
        this.index = index;
    }

    public SearchResult search(SearchQuery search) {
        List<String> languages = search.language() == null ? ArticleLanguages.SUPPORTED : List.of(search.language());
        return index.withSearcher(searcher -> {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            int clauses = 0;
            for (String language : languages) {
                for (String word : analysed(index.analyzers().of(language), search.text())) {
                    boolean typo = !known(searcher.getIndexReader(), word, languages);
                    words.add(wordQuery(language, word, typo), BooleanClause.Occur.SHOULD);
                    clauses++;
                }
            }
            if (clauses == 0) {
                return new SearchResult(List.of(), 0); // only stop words: nothing to look for
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder()
                    .add(words.build(), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.VISIBLE, "true")), BooleanClause.Occur.FILTER);
            addFilters(query, search.language(), search.kind() == null ? null : search.kind().name(),
                    search.category());
            return run(searcher, query.build(), languages, search.page(), search.size(), true);
        });
    }

    /**
     * The published articles that best match a ticket's text (its subject and description), best
     * first: at most {@code max}, and only those scoring at least {@code cutoff} of the best one, so
     * that an article sharing one common word with a long description is not offered beside the
     * one that matches it. Unlike a reader's search, words are matched exactly (stemmed, without
     * typo tolerance) and only the first {@value #MAX_SUGGESTION_WORDS} distinct words per
     * language count: ticket texts are long, and each fuzzy word would expand to dozens of terms.
     *
     * @param language the language to look in, or null for all
     * @param snippets whether the hits need highlighted snippets (a person reads them); the
     *     suggestions recorded for every opened ticket do not, and highlighting is most of the cost
     */
    public List<SearchHit> suggest(String text, String language, int max, double cutoff, boolean snippets) {
        List<String> languages = language == null ? ArticleLanguages.SUPPORTED : List.of(language);
        List<SearchHit> hits = index.withSearcher(searcher -> {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            int clauses = 0;
            for (String in : languages) {
                List<String> analysed = analysed(index.analyzers().of(in), text);
                for (String word : analysed.subList(0, Math.min(MAX_SUGGESTION_WORDS, analysed.size()))) {
                    words.add(wordQuery(in, word, false), BooleanClause.Occur.SHOULD);
                    clauses++;
                }
            }
            if (clauses == 0) {
                return List.<SearchHit>of();
            }
            Query built = new BooleanQuery.Builder()
                    .add(words.build(), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.VISIBLE, "true")), BooleanClause.Occur.FILTER)
                    .build();
            return run(searcher, built, languages, 0, max, snippets).hits();
        });
        if (hits.isEmpty()) {
            return hits;
        }
        double least = hits.get(0).score() * cutoff;
        return hits.stream().filter(hit -> hit.score() >= least).toList();
    }

    private SearchResult run(IndexSearcher searcher, Query built, List<String> languages, int page, int size,
            boolean highlighted) throws IOException {
        TopDocs top = searcher.search(built, Math.max(1, (page + 1) * size));
        Map<String, String[]> snippets = highlighted ? snippets(searcher, built, top, languages) : Map.of();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = page * size; i < top.scoreDocs.length; i++) {
            ScoreDoc hit = top.scoreDocs[i];
            IndexedArticle article = index.read(searcher.storedFields().document(hit.doc));
            String field = IndexFields.text(IndexFields.BODY, article.language());
            String snippet = snippets.containsKey(field) ? snippets.get(field)[i] : null;
            hits.add(new SearchHit(article.articleId(), article.published().title(),
                    snippet == null ? beginning(article) : snippet, hit.score, article.language(),
                    article.kind().name()));
        }
        // the search counts exactly up to a thousand hits; past that, only a count pass knows the total
        long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value
                : searcher.count(built);
        return new SearchResult(hits, total);
    }

    public ArticlePage list(ListQuery list) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        if (list.readersOnly()) {
            query.add(new TermQuery(new Term(IndexFields.VISIBLE, "true")), BooleanClause.Occur.FILTER);
        }
        if (list.status() != null) {
            query.add(new TermQuery(new Term(IndexFields.STATUS, list.status().name())), BooleanClause.Occur.FILTER);
        }
        addFilters(query, list.language(), list.kind() == null ? null : list.kind().name(), list.category());
        Query built = query.build();
        return index.withSearcher(searcher -> {
            int wanted = Math.max(1, (list.page() + 1) * list.size());
            TopDocs top = searcher.search(built, wanted,
                    new Sort(new SortField(IndexFields.UPDATED_SORT, SortField.Type.LONG, true)));
            List<IndexedArticle> items = new ArrayList<>();
            for (int i = list.page() * list.size(); i < top.scoreDocs.length; i++) {
                items.add(index.read(searcher.storedFields().document(top.scoreDocs[i].doc)));
            }
            return new ArticlePage(items, searcher.count(built));
        });
    }

    private static void addFilters(BooleanQuery.Builder query, String language, String kind, String category) {
        if (language != null) {
            query.add(new TermQuery(new Term(IndexFields.LANGUAGE, language)), BooleanClause.Occur.FILTER);
        }
        if (kind != null) {
            query.add(new TermQuery(new Term(IndexFields.KIND, kind)), BooleanClause.Occur.FILTER);
        }
        if (category != null) {
            query.add(new TermQuery(new Term(IndexFields.CATEGORY, category.strip().toLowerCase(Locale.ROOT))),
                    BooleanClause.Occur.FILTER);
        }
    }

    /**
     * Whether any searched language's title, tags or body has the word as it is: then it is no
     * typo. Only an unknown word gets its one-typo neighbours: matching them for a word the articles
     * use would cost a pass over every article holding one of them (for a common word, most of a
     * large index), and building their automata, per field and language, was most of a search's
     * time, while they rank below the word anyway.
     */
    private static boolean known(IndexReader reader, String word, List<String> languages) throws IOException {
        for (String language : languages) {
            for (String field : List.of(IndexFields.TITLE, IndexFields.TAGS, IndexFields.BODY)) {
                if (reader.docFreq(new Term(IndexFields.text(field, language), word)) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One word of the query: in the title, the tags or the body, exactly or (if asked) with one typo. */
    private static Query wordQuery(String language, String word, boolean typos) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        addField(anyField, IndexFields.text(IndexFields.TITLE, language), word, TITLE_BOOST, typos);
        addField(anyField, IndexFields.text(IndexFields.TAGS, language), word, TAGS_BOOST, typos);
        addField(anyField, IndexFields.text(IndexFields.BODY, language), word, BODY_BOOST, typos);
        return anyField.build();
    }

    private static void addField(BooleanQuery.Builder anyField, String field, String word, float boost,
            boolean typos) {
        Term term = new Term(field, word);
        anyField.add(new BoostQuery(new TermQuery(term), boost), BooleanClause.Occur.SHOULD);
        if (typos && word.length() >= MIN_FUZZY_LENGTH) {
            anyField.add(new BoostQuery(new FuzzyQuery(term, 1, 0, 50, true), boost * TYPO_WEIGHT),
                    BooleanClause.Occur.SHOULD);
        }
    }

    /** The words of {@code text} as the index holds them, each once. */
    static List<String> analysed(Analyzer analyzer, String text) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(words);
    }

    private Map<String, String[]> snippets(IndexSearcher searcher, Query query, TopDocs top,
            List<String> languages) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, index.analyzers().perField())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxNoHighlightPassages(0)
                .build();
        String[] fields = languages.stream().map(language -> IndexFields.text(IndexFields.BODY, language))
                .toArray(String[]::new);
        int[] passages = new int[fields.length];
        Arrays.fill(passages, 1);
        return highlighter.highlightFields(fields, query, top, passages);
    }

    /** When only the title matched: the body's first words, escaped like a highlighted snippet. */
    private static String beginning(IndexedArticle article) {
        String text = MarkdownText.plain(article.published().body());
        String cut = text.length() <= SNIPPET_LENGTH ? text : text.substring(0, SNIPPET_LENGTH).strip() + "…";
        return cut.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
