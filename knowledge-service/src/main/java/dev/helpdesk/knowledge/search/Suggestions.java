package dev.helpdesk.knowledge.search;

import dev.helpdesk.knowledge.api.ArticleKind;
import dev.helpdesk.knowledge.api.SuggestedArticle;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The articles to suggest for a ticket's text, with the service's settings
 * ({@code helpdesk.knowledge.suggestions.*}): at most {@code max}, and none scoring below
 * {@code cutoff} of the best. The same for the suggestions recorded when a ticket is opened and
 * for those asked for over HTTP.
 */
@Component
public class Suggestions {

    private final ArticleSearch search;
    private final int max;
    private final double cutoff;

    Suggestions(ArticleSearch search, @Value("${helpdesk.knowledge.suggestions.max:5}") int max,
            @Value("${helpdesk.knowledge.suggestions.cutoff:0.25}") double cutoff) {
        this.search = search;
        this.max = max;
        this.cutoff = cutoff;
    }

    /** With snippets, for a person reading them; {@code size} at most, up to the configured maximum. */
    public List<SearchHit> forText(String text, int size) {
        return search.suggest(text, null, Math.min(size, max), cutoff, true);
    }

    /** As recorded in the ticket's suggestions event: the same articles, without snippets (it carries none). */
    public List<SuggestedArticle> toRecord(String text) {
        return search.suggest(text, null, max, cutoff, false).stream()
                .map(hit -> new SuggestedArticle(UUID.fromString(hit.articleId()), hit.title(),
                        ArticleKind.valueOf(hit.kind()), hit.language(), rounded(hit.score())))
                .toList();
    }

    /** Three decimals are plenty for ranking, and read better on the topic than a float widened to a double. */
    private static double rounded(float score) {
        return Math.round(score * 1000d) / 1000d;
    }
}
