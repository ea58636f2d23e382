package dev.helpdesk.knowledge.search;

import java.util.List;

/** One page of search hits, best first, and how many articles match in all. */
public record SearchResult(List<SearchHit> hits, long total) {
}
