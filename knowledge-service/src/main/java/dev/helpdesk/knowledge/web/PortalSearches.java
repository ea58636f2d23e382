package dev.helpdesk.knowledge.web;

import dev.helpdesk.knowledge.effectiveness.ArticleEffectiveness;
import dev.helpdesk.knowledge.search.SearchHit;
import dev.helpdesk.platform.security.Caller;
import java.util.List;

/**
 * A customer's search (the portal's: a search, or suggestions for the text of a ticket they are
 * about to write) is recorded with what it showed, so that one not followed by a ticket of theirs
 * counts as a deflection for those articles. Staff and other systems' searches deflect nothing.
 */
final class PortalSearches {

    private PortalSearches() {
    }

    static void record(ArticleEffectiveness effectiveness, Caller caller, List<SearchHit> shown) {
        if (caller.isCustomerOnly() && caller.customerId() != null) {
            effectiveness.searched(caller.customerId(), shown.stream().map(SearchHit::articleId).toList());
        }
    }
}
