package dev.helpdesk.knowledge.web;

import dev.helpdesk.knowledge.api.ArticleKind;
import java.util.List;

/** The bodies of the article requests; their content rules live in the aggregate. */
final class ArticleRequests {

    private ArticleRequests() {
    }

    /** {@code POST /api/v1/articles}. */
    record Create(ArticleKind kind, String language, String title, String body, List<String> tags,
            List<String> categories, String relatedService, String assetType) {
    }

    /** {@code PATCH /api/v1/articles/{id}}: a null (or absent) field stays as it is. */
    record Update(String title, String body, List<String> tags, List<String> categories, String relatedService,
            String assetType) {
    }

    /** {@code POST /api/v1/articles/{id}/retire}; the body is optional. */
    record Retire(String reason) {
    }
}
