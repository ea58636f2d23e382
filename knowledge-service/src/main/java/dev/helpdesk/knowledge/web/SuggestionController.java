package dev.helpdesk.knowledge.web;

import dev.helpdesk.knowledge.effectiveness.ArticleEffectiveness;
import dev.helpdesk.knowledge.search.SearchHit;
import dev.helpdesk.knowledge.search.Suggestions;
import dev.helpdesk.knowledge.tickets.TicketText;
import dev.helpdesk.knowledge.tickets.TicketTexts;
import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.web.ProblemDetailsAdvice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggestions (issue 5, item 3): the published articles that best match a ticket's subject and
 * description ({@code ?ticketId=}, from this service's copy of the ticket events), or any text
 * ({@code ?text=}: a portal form before the ticket exists), best first, with their scores. Everyone
 * may ask; only published articles are ever suggested; a customer asking for a ticket that is not
 * theirs gets 404, as for the ticket itself.
 */
@RestController
@RequestMapping("/api/v1/articles/suggestions")
class SuggestionController {

    static final int MAX_TEXT = 4000;

    private final Suggestions suggestions;
    private final TicketTexts tickets;
    private final ArticleEffectiveness effectiveness;

    SuggestionController(Suggestions suggestions, TicketTexts tickets, ArticleEffectiveness effectiveness) {
        this.suggestions = suggestions;
        this.tickets = tickets;
        this.effectiveness = effectiveness;
    }

    /** {@code {ticketId, items: [{articleId, title, snippet, score, language, kind}], page, size, total}}. */
    record SuggestionResponse(String ticketId, List<SearchHit> items, int page, int size, long total) {
    }

    @GetMapping
    SuggestionResponse suggest(@RequestParam(required = false) String ticketId,
            @RequestParam(required = false) String text, @RequestParam(defaultValue = "5") int size, Caller caller) {
        List<Map.Entry<String, String>> violations = new ArrayList<>();
        if ((ticketId == null) == (text == null)) {
            violations.add(Map.entry(ticketId == null ? "ticketId" : "text", "give either ticketId or text"));
        }
        if (ticketId != null && !isUuid(ticketId)) {
            violations.add(Map.entry("ticketId", "must be a UUID"));
        }
        if (text != null && (text.isBlank() || text.length() > MAX_TEXT)) {
            violations.add(Map.entry("text", "must be 1 to " + MAX_TEXT + " characters"));
        }
        if (size < 1 || size > ListParameters.MAX_SIZE) {
            violations.add(Map.entry("size", "must be between 1 and " + ListParameters.MAX_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemDetailsAdvice.invalidFields(violations),
                    null);
        }
        if (text != null) {
            List<SearchHit> found = suggestions.forText(text, size);
            PortalSearches.record(effectiveness, caller, found);
            return new SuggestionResponse(null, found, 0, size, found.size());
        }
        String id = UUID.fromString(ticketId).toString(); // as the ticket service writes it: lower case
        TicketText ticket = tickets.find(id)
                .filter(found -> !caller.isCustomerOnly() || found.requesterId() != null
                        && found.requesterId().equals(caller.customerId()))
                .orElseThrow(() -> new ArticleNotFound("ticket " + ticketId + " known to the knowledge service"));
        List<SearchHit> found = suggestions.forText(ticket.searchText(), size);
        return new SuggestionResponse(id, found, 0, size, found.size());
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value); // fromString admits "1-2-3-4-5"
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
