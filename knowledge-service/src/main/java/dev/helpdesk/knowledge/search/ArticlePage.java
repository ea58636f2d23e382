package dev.helpdesk.knowledge.search;

import java.util.List;

/** One page of a list of articles and how many match in all. */
public record ArticlePage(List<IndexedArticle> items, long total) {
}
