package dev.helpdesk.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    private static List<SearchHit> searches(ArticleIndex index) {
        ArticleSearch search = new ArticleSearch(index);
        return List.of("password", "Passwörter", "vpn", "Drucker offline").stream()
                .flatMap(text -> search.search(new SearchQuery(text, null, null, null, 0, 10)).hits().stream())
                .toList();
    }
}
