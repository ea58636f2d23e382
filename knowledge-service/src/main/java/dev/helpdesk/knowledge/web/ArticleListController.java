package dev.helpdesk.knowledge.web;

import dev.helpdesk.knowledge.api.ArticleKind;
import dev.helpdesk.knowledge.api.ArticleLanguages;
import dev.helpdesk.knowledge.api.ArticleStatus;
import dev.helpdesk.knowledge.effectiveness.ArticleEffectiveness;
import dev.helpdesk.knowledge.search.ArticlePage;
import dev.helpdesk.knowledge.search.ArticleSearch;
import dev.helpdesk.knowledge.search.ListQuery;
import dev.helpdesk.knowledge.search.SearchHit;
import dev.helpdesk.knowledge.search.SearchQuery;
import dev.helpdesk.knowledge.search.SearchResult;
import dev.helpdesk.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The article list and full-text search, both served from the search index (a projection of the
 * article events, current within about a second). Readers (customers, other systems) get
 * published articles in their language, or in English when nothing in theirs matches; staff get
 * every language, and in the list every status.
 */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleListController {

    private final ArticleSearch search;
    private final ArticleEffectiveness effectiveness;

    ArticleListController(ArticleSearch search, ArticleEffectiveness effectiveness) {
        this.search = search;
        this.effectiveness = effectiveness;
    }

    /** {@code {items: [{articleId, title, snippet, score, language, kind}], page, size, total, language}}. */
    record SearchResponse(List<SearchHit> items, int page, int size, long total, String language) {
    }

    /** {@code {items: [...], page, size, total}}. */
    record ListResponse(List<ArticleSummary> items, int page, int size, long total) {
    }

    @GetMapping("/search")
    SearchResponse search(@RequestParam(required = false) String q, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "10") int size, Caller caller,
            HttpServletRequest http) {
        ListParameters parameters = new ListParameters();
        String text = parameters.query(q);
        String language = parameters.language(lang);
        ArticleKind kindFilter = parameters.kind(kind);
        String categoryFilter = parameters.category(category);
        parameters.page(page);
        parameters.size(size);
        parameters.check();
        if (ArticleAccess.isStaff(caller)) {
            SearchResult result = search.search(new SearchQuery(text, language, kindFilter, categoryFilter, page, size));
            return new SearchResponse(result.hits(), page, size, result.total(), language);
        }
        String readerLanguage = ArticleAccess.readerLanguage(language, http);
        Function<String, SearchResult> searchIn = in -> search.search(
                new SearchQuery(text, in, kindFilter, categoryFilter, page, size));
        SearchResult result = searchIn.apply(readerLanguage);
        String answered = readerLanguage;
        if (result.total() == 0 && !readerLanguage.equals(ArticleLanguages.ENGLISH)) {
            result = searchIn.apply(ArticleLanguages.ENGLISH);
            answered = ArticleLanguages.ENGLISH;
        }
        PortalSearches.record(effectiveness, caller, result.hits());
        return response(result, page, size, answered);
    }

    private static SearchResponse response(SearchResult result, int page, int size, String language) {
        return new SearchResponse(result.hits(), page, size, result.total(), language);
    }

    @GetMapping
    ListResponse list(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Caller caller,
            HttpServletRequest http) {
        ListParameters parameters = new ListParameters();
        ArticleStatus statusFilter = parameters.status(status);
        ArticleKind kindFilter = parameters.kind(kind);
        String language = parameters.language(lang);
        String categoryFilter = parameters.category(category);
        parameters.page(page);
        parameters.size(size);
        parameters.check();
        if (ArticleAccess.isStaff(caller)) {
            ArticlePage found = search.list(new ListQuery(statusFilter, kindFilter, language, categoryFilter, false,
                    page, size));
            return new ListResponse(found.items().stream().map(ArticleSummary::forStaff).toList(), page, size,
                    found.total());
        }
        // readers see published articles only, whatever status they ask for
        String readerLanguage = ArticleAccess.readerLanguage(language, http);
        Function<String, ArticlePage> listIn = in -> search.list(new ListQuery(null, kindFilter, in, categoryFilter,
                true, page, size));
        ArticlePage found = listIn.apply(readerLanguage);
        if (found.total() == 0 && !readerLanguage.equals(ArticleLanguages.ENGLISH)) {
            found = listIn.apply(ArticleLanguages.ENGLISH);
        }
        return new ListResponse(found.items().stream().map(ArticleSummary::forReaders).toList(), page, size,
                found.total());
    }
}
