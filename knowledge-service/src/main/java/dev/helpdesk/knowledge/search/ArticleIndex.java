package dev.helpdesk.knowledge.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of the articles, in a directory of its own on this instance's disk: one
 * document per article. Changes are buffered and become visible, together with the position in
 * the event stream they reflect ({@link #commit}), in one Lucene commit: after a crash the index
 * and its position always agree, and the events after it are applied again. Searches see the
 * last commit.
 *
 * <p>The commit also names the index's layout: an index written by an older layout (other fields
 * or options) is deleted when opened, and the projection rebuilds it from the events.
 */
public class ArticleIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleIndex.class);
    /** Kept in every commit beside the position; not part of the position. */
    static final String LAYOUT_KEY = "helpdesk.index.layout";
    /**
     * 2: bodies keep their words' offsets, so that snippets are cut without analysing the text
     * again; all words of an article are in one more field, for counting.
     */
    static final String LAYOUT = "2";
    /**
     * A body is stored (for the snippet) and its postings keep each word's offsets: the
     * highlighter reads them instead of analysing the stored text again for every hit.
     */
    private static final FieldType BODY_TYPE = bodyType();
    /** Which articles hold a word, nothing more: see {@link IndexFields#WORDS}. */
    private static final FieldType WORDS_TYPE = wordsType();

    private final Path path;
    private final LanguageAnalyzers analyzers;
    private final ObjectMapper json;
    /** Written since the last commit, for the projection's next event on the same article. */
    private final Map<String, IndexedArticle> uncommitted = new HashMap<>();
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;

    ArticleIndex(Path path, LanguageAnalyzers analyzers, ObjectMapper json) {
        this.path = path;
        this.analyzers = analyzers;
        this.json = json;
        open();
    }

    /** Opens the index in the directory, or a new empty one (without a position) if there is none. */
    private synchronized void open() {
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(analyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            if (DirectoryReader.indexExists(directory) && !LAYOUT.equals(lastCommitData().get(LAYOUT_KEY))) {
                LOG.info("The article index in {} has an older layout: it is rebuilt from the events", path);
                config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            }
            writer = new IndexWriter(directory, config);
            if (config.getOpenMode() == IndexWriterConfig.OpenMode.CREATE || !DirectoryReader.indexExists(directory)) {
                // an empty index with no position: the projection starts from the first event
                writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
                writer.commit();
            }
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the article index in " + path, e);
        }
    }

    LanguageAnalyzers analyzers() {
        return analyzers;
    }

    synchronized Optional<IndexedArticle> find(String articleId) {
        IndexedArticle pending = uncommitted.get(articleId);
        if (pending != null) {
            return Optional.of(pending);
        }
        return withSearcher(searcher -> {
            TopDocs found = searcher.search(new TermQuery(new Term(IndexFields.ID, articleId)), 1);
            if (found.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(read(searcher.storedFields().document(found.scoreDocs[0].doc)));
        });
    }

    synchronized void put(IndexedArticle article) {
        try {
            writer.updateDocument(new Term(IndexFields.ID, article.articleId()), toDocument(article));
            uncommitted.put(article.articleId(), article);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes since the last commit durable and searchable, with the position they reflect. */
    synchronized void commit(Map<String, String> position) {
        if (uncommitted.isEmpty() && position.equals(committedPosition())) {
            return; // an idle processor confirming where it is: nothing to write
        }
        try {
            Map<String, String> data = new HashMap<>(position);
            data.put(LAYOUT_KEY, LAYOUT);
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            uncommitted.clear();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The position stored with the last commit; empty for a new index. */
    synchronized Map<String, String> committedPosition() {
        try {
            Map<String, String> position = lastCommitData();
            position.remove(LAYOUT_KEY);
            return position;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> lastCommitData() throws IOException {
        List<IndexCommit> commits = DirectoryReader.listCommits(directory);
        return new HashMap<>(commits.get(commits.size() - 1).getUserData());
    }

    /**
     * Deletes the index, files and all, and starts an empty one: the projection then rebuilds it
     * from the first event. Only while the projection's processor is stopped.
     */
    public synchronized void deleteAndRecreate() {
        close();
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        open();
    }

    /** Runs a read on the last commit. */
    <T> T withSearcher(SearcherWork<T> work) {
        SearcherManager manager;
        synchronized (this) {
            manager = searchers;
        }
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                return work.apply(searcher);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every article of the index, in id order: what the rebuild test compares. */
    public List<IndexedArticle> everything() {
        return withSearcher(searcher -> {
            List<IndexedArticle> all = new ArrayList<>();
            TopDocs docs = searcher.search(new MatchAllDocsQuery(), Math.max(1,
                    searcher.getIndexReader().numDocs()));
            for (var hit : docs.scoreDocs) {
                all.add(read(searcher.storedFields().document(hit.doc)));
            }
            all.sort(Comparator.comparing(IndexedArticle::articleId));
            return all;
        });
    }

    IndexedArticle read(Document document) {
        try {
            return json.readValue(document.get(IndexFields.SOURCE), IndexedArticle.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document toDocument(IndexedArticle article) throws IOException {
        Document document = new Document();
        document.add(new StringField(IndexFields.ID, article.articleId(), Field.Store.YES));
        document.add(new StringField(IndexFields.KIND, article.kind().name(), Field.Store.NO));
        document.add(new StringField(IndexFields.LANGUAGE, article.language(), Field.Store.NO));
        document.add(new StringField(IndexFields.STATUS, article.status().name(), Field.Store.NO));
        document.add(new StringField(IndexFields.VISIBLE, Boolean.toString(article.visibleToReaders()),
                Field.Store.NO));
        document.add(new NumericDocValuesField(IndexFields.UPDATED_SORT, article.updatedAt().toEpochMilli()));
        for (String category : categoriesOf(article)) {
            document.add(new StringField(IndexFields.CATEGORY, category, Field.Store.NO));
        }
        if (article.visibleToReaders()) {
            // only the published version is searchable: a draft's words find nothing
            String language = article.language();
            String title = article.published().title();
            String body = MarkdownText.plain(article.published().body());
            String tags = String.join(" ", article.published().tags());
            document.add(new TextField(IndexFields.text(IndexFields.TITLE, language), title, Field.Store.YES));
            document.add(new Field(IndexFields.text(IndexFields.BODY, language), body, BODY_TYPE));
            document.add(new TextField(IndexFields.text(IndexFields.TAGS, language), tags, Field.Store.NO));
            document.add(new Field(IndexFields.text(IndexFields.WORDS, language),
                    String.join("\n", title, tags, body), WORDS_TYPE));
        }
        document.add(new StoredField(IndexFields.SOURCE, json.writeValueAsString(article)));
        return document;
    }

    /** Filed under the categories of its latest and of its published version, compared in lower case. */
    private static List<String> categoriesOf(IndexedArticle article) {
        List<String> all = new ArrayList<>();
        article.categories().forEach(category -> all.add(category.toLowerCase(Locale.ROOT)));
        if (article.published() != null) {
            article.published().categories().forEach(category -> all.add(category.toLowerCase(Locale.ROOT)));
        }
        return all.stream().distinct().toList();
    }

    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType wordsType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.rollback(); // uncommitted changes go; the events behind them are applied again
            directory.close();
            uncommitted.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A read of the index that may fail with an I/O error. */
    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
