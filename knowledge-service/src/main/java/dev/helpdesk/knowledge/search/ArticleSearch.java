package dev.helpdesk.knowledge.search;

import dev.helpdesk.knowledge.api.ArticleLanguages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
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
    /** In a fixed order, so that equal searches add up their scores alike. */
    private static final List<Map.Entry<String, Float>> FIELD_BOOSTS = List.of(Map.entry(IndexFields.TITLE,
            TITLE_BOOST), Map.entry(IndexFields.TAGS, TAGS_BOOST), Map.entry(IndexFields.BODY, BODY_BOOST));
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
            Map<String, CompiledAutomaton> typos = new HashMap<>(); // one automaton per word, for every field
            int clauses = 0;
            for (String language : languages) {
                for (String word : analysed(index.analyzers().of(language), search.text())) {
                    CompiledAutomaton typo = mayBeTypo(searcher.getIndexReader(), word, languages)
                            ? typos.computeIfAbsent(word, TypoQuery::automatonOf) : null;
                    words.add(wordQuery(language, word, typo), BooleanClause.Occur.SHOULD);
                    clauses++;
                }
            }
            if (clauses == 0) {
                return new SearchResult(List.of(), 0); // only stop words: nothing to look for
            }
            BooleanQuery.Builder filters = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.VISIBLE, "true")), BooleanClause.Occur.FILTER);
            addFilters(filters, search.language(), search.kind() == null ? null : search.kind().name(),
                    search.category());
            return run(searcher, words.build(), filters.build().clauses(), languages, search.page(), search.size(),
                    true);
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
                    words.add(wordQuery(in, word, null), BooleanClause.Occur.SHOULD);
                    clauses++;
                }
            }
            if (clauses == 0) {
                return List.<SearchHit>of();
            }
            List<BooleanClause> visible = List.of(new BooleanClause(
                    new TermQuery(new Term(IndexFields.VISIBLE, "true")), BooleanClause.Occur.FILTER));
            return run(searcher, words.build(), visible, languages, 0, max, snippets).hits();
        });
        if (hits.isEmpty()) {
            return hits;
        }
        double least = hits.get(0).score() * cutoff;
        return hits.stream().filter(hit -> hit.score() >= least).toList();
    }

    /**
     * Runs a search for any of {@code words} among the articles passing the {@code filters}.
     * Rewritten once: a typo clause becomes the words it stands for, and neither the count nor the
     * highlighter builds its automata again.
     */
    private SearchResult run(IndexSearcher searcher, Query words, List<BooleanClause> filters,
            List<String> languages, int page, int size, boolean highlighted) throws IOException {
        Query built = searcher.rewrite(filtered(words, filters));
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
                : searcher.count(filtered(sameMatches(built), filters));
        return new SearchResult(hits, total);
    }

    private static Query filtered(Query words, List<BooleanClause> filters) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
        filters.forEach(query::add);
        return query.build();
    }

    /**
     * A query matching the same articles as the (rewritten) words of a search, for counting them: an
     * article has a word in its title, tags or body in one language exactly when its words field in
     * that language has it. So one list per word and language is read instead of one per field, and
     * nothing is scored.
     */
    private static Query sameMatches(Query rewritten) {
        Set<Term> terms = new HashSet<>();
        rewritten.visit(QueryVisitor.termCollector(terms));
        Map<String, List<BytesRef>> byField = new HashMap<>();
        for (Term term : terms) {
            String field = IndexFields.wordsOf(term.field());
            if (field != null) {
                byField.computeIfAbsent(field, any -> new ArrayList<>()).add(term.bytes());
            }
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        byField.forEach((field, words) -> any.add(new TermInSetQuery(field, words), BooleanClause.Occur.SHOULD));
        return any.build();
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
     * Whether the word may be a typo: it is long enough, and no searched language's title, tags or
     * body has it as it is (a word the articles use is no typo). Only such a word gets its one-typo
     * neighbours: matching them for a word the articles use would cost a pass over every article
     * holding one of them (for a common word, most of a large index), while they rank below the
     * word anyway.
     */
    private static boolean mayBeTypo(IndexReader reader, String word, List<String> languages) throws IOException {
        if (word.length() < MIN_FUZZY_LENGTH) {
            return false;
        }
        for (String language : languages) {
            if (reader.docFreq(new Term(IndexFields.text(IndexFields.WORDS, language), word)) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * One word of the query: in the title, the tags or the body, exactly or (given the automaton of
     * its one-typo neighbours) with one typo. A neighbour weighs less than the word, and less the
     * shorter the word, as in a fuzzy query: one letter of four is more of a change than one of ten.
     */
    private static Query wordQuery(String language, String word, CompiledAutomaton typos) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        float typoWeight = TYPO_WEIGHT * (1f - 1f / word.codePointCount(0, word.length()));
        for (Map.Entry<String, Float> field : FIELD_BOOSTS) {
            Term term = new Term(IndexFields.text(field.getKey(), language), word);
            anyField.add(new BoostQuery(new TermQuery(term), field.getValue()), BooleanClause.Occur.SHOULD);
            if (typos != null) {
                anyField.add(new BoostQuery(new TypoQuery(term, typos), field.getValue() * typoWeight),
                        BooleanClause.Occur.SHOULD);
            }
        }
        return anyField.build();
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
