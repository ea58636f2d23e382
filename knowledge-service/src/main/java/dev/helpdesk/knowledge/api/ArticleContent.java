package dev.helpdesk.knowledge.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one version of an article says: everything an edit may change. Kind and language are the
 * article's own and fixed at creation (a translation is another article).
 *
 * @param body           Markdown
 * @param relatedService the IT service the article is about, or null
 * @param assetType      the type of asset the article is about (laptop, printer...), or null
 */
public record ArticleContent(
        String title,
        String body,
        List<String> tags,
        List<String> categories,
        String relatedService,
        String assetType) {

    public ArticleContent {
        // nulls inside are kept for the aggregate's rules to reject with the field's name
        tags = tags == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tags));
        categories = categories == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(categories));
    }
}
