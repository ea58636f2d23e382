package dev.helpdesk.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.knowledge.api.ArticleContent;
import dev.helpdesk.knowledge.api.ArticleCreated;
import dev.helpdesk.knowledge.api.ArticleKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search counts its hits exactly up to a thousand; past that, a second pass counts them on
 * each language's field of all words. Both must count the same articles: those the search
 * matches, whichever field holds the word, with typos and filters, and never a draft.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTotalsTest {

    private static final int TITLE_EN = 450;
    private static final int TAGS_EN = 300;
    private static final int BODY_EN = 350;
    private static final int BODY_DE = 200;
    private static final int WITHOUT = 150;
    private static final int DRAFTS = 60;
    /** Enough to collect every hit in one pass, which then counts them exactly without the second pass. */
    private static final int ALL = 2_000;

    @TempDir
    static Path directory;

    private ArticleIndex index;
    private ArticleSearch search;

    @BeforeAll
    void buildTheIndex() {
        List<TestCorpus.Stored> events = new ArrayList<>();
        Instant at = Instant.parse("2026-11-27T09:00:00Z");
        int n = 0;
        for (int i = 0; i < TITLE_EN; i++) {
            publish(events, at, n++, "en", "Router restarts at night", "The device restarts.", "network");
        }
        for (int i = 0; i < TAGS_EN; i++) {
            publish(events, at, n++, "en", "Slow network in the office", "Check the cable.", "router");
        }
        for (int i = 0; i < BODY_EN; i++) {
            publish(events, at, n++, "en", "No connection", "Restart the router and wait a minute.", "network");
        }
        for (int i = 0; i < BODY_DE; i++) {
            publish(events, at, n++, "de", "Keine Verbindung", "Starten Sie den Router neu.", "netzwerk");
        }
        for (int i = 0; i < WITHOUT; i++) {
            publish(events, at, n++, "en", "Printer offline", "Clear the print queue.", "printer");
        }
        for (int i = 0; i < DRAFTS; i++) {
            events.add(new TestCorpus.Stored(new ArticleCreated(id(n++), ArticleKind.FAQ, "en",
                    content("Router replacement", "New routers arrive next month.", "router"), "an-agent", null), at));
        }
        index = TestCorpus.openIndex(directory);
        TestCorpus.feed(index, events);
        search = new ArticleSearch(index);
    }

    @AfterAll
    void close() {
        index.close();
    }

    @Test
    void pastAThousandHitsTheTotalCountsExactlyTheArticlesTheSearchMatches() {
        int english = TITLE_EN + TAGS_EN + BODY_EN;

        assertThat(total("router", null, null)).isEqualTo(english + BODY_DE).isEqualTo(collected("router", null, null));
        assertThat(total("router", "en", null)).isEqualTo(english).isEqualTo(collected("router", "en", null));
        assertThat(total("routers restart", "en", null)).isEqualTo(english)
                .isEqualTo(collected("routers restart", "en", null));
    }

    @Test
    void aTypoAndAFilterAreCountedLikeTheSearch() {
        assertThat(total("rooter", "en", null)).isEqualTo(TITLE_EN + TAGS_EN + BODY_EN)
                .isEqualTo(collected("rooter", "en", null));
        assertThat(total("router", null, ArticleKind.HOW_TO)).isEqualTo(collected("router", null, ArticleKind.HOW_TO))
                .isGreaterThan(1_000);
    }

    @Test
    void underAThousandHitsTheSearchCountsThemItself() {
        assertThat(total("router", "de", null)).isEqualTo(BODY_DE);
        assertThat(total("printer", "en", null)).isEqualTo(WITHOUT);
    }

    private long total(String text, String language, ArticleKind kind) {
        return search.search(new SearchQuery(text, language, kind, null, 0, 10)).total();
    }

    private long collected(String text, String language, ArticleKind kind) {
        return search.search(new SearchQuery(text, language, kind, null, 0, ALL)).hits().size();
    }

    /** Every tenth article is a FAQ, the others how-tos: a kind filter keeps most, still past a thousand. */
    private static void publish(List<TestCorpus.Stored> events, Instant at, int n, String language, String title,
            String body, String tag) {
        TestCorpus.published(events, at.plusSeconds(n), id(n), n % 10 != 0 ? ArticleKind.HOW_TO : ArticleKind.FAQ,
                language, content(title, body, tag));
    }

    private static ArticleContent content(String title, String body, String tag) {
        return TestCorpus.content(title, body, List.of(tag), List.of("network"));
    }

    private static UUID id(int n) {
        return new UUID(42L, n);
    }
}
