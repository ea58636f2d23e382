package dev.helpdesk.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index is a projection: deleted and rebuilt from the same events, it is the same index. */
class IndexRebuildTest {

    @TempDir
    Path directory;

    @Test
    void anIndexRebuiltFromTheEventsAfterBeingDeletedIsIdentical() throws Exception {
        try (ArticleIndex index = TestCorpus.openIndex(directory)) {
            TestCorpus.feed(index, TestCorpus.events());
            List<IndexedArticle> before = index.everything();
            List<SearchHit> searchedBefore = searches(index);

            index.deleteAndRecreate();
            assertThat(index.everything()).isEmpty();
            assertThat(index.committedPosition()).isEmpty();
            TestCorpus.feed(index, TestCorpus.events());

            assertThat(before).hasSize(10);
            assertThat(index.everything()).isEqualTo(before);
            assertThat(searches(index)).isEqualTo(searchedBefore);
        }
    }

    @Test
    void aNewIndexHasNoPositionAndAReopenedOneKeepsItsArticlesAndPosition() {
        try (ArticleIndex index = TestCorpus.openIndex(directory)) {
            assertThat(index.committedPosition()).isEmpty();
            TestCorpus.feed(index, TestCorpus.events());
        }
        assertThat(Files.exists(directory)).isTrue();
        try (ArticleIndex reopened = TestCorpus.openIndex(directory)) {
            assertThat(reopened.committedPosition()).containsEntry("test", "fed");
            assertThat(reopened.everything()).hasSize(10);
        }
    }

    @Test
    void anIndexOfAnOlderLayoutIsDeletedWhenOpenedSoThatTheProjectionRebuildsIt() throws Exception {
        try (Directory old = FSDirectory.open(directory);
                IndexWriter writer = new IndexWriter(old, new IndexWriterConfig())) {
            Document article = new Document();
            article.add(new TextField("body_en", "written by the first layout, without offsets", Field.Store.YES));
            writer.addDocument(article);
            writer.setLiveCommitData(Map.of("test", "an old position").entrySet());
            writer.commit();
        }

        try (ArticleIndex index = TestCorpus.openIndex(directory)) {
            assertThat(index.committedPosition()).isEmpty();
            assertThat(index.everything()).isEmpty();
            // the old body field is gone with its options: bodies with offsets can be written
            TestCorpus.feed(index, TestCorpus.events());
            assertThat(index.everything()).hasSize(10);
        }
        try (ArticleIndex reopened = TestCorpus.openIndex(directory)) {
            assertThat(reopened.committedPosition()).containsEntry("test", "fed");
            assertThat(reopened.everything()).hasSize(10);
        }
    }

    private static List<SearchHit> searches(ArticleIndex index) {
        ArticleSearch search = new ArticleSearch(index);
        return List.of("password", "Passwörter", "vpn", "Drucker offline").stream()
                .flatMap(text -> search.search(new SearchQuery(text, null, null, null, 0, 10)).hits().stream())
                .toList();
    }
}
