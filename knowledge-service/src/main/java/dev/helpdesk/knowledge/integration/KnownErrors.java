package dev.helpdesk.knowledge.integration;

import dev.helpdesk.contracts.ticket.TicketResolved;
import dev.helpdesk.eventsourcing.CommandDispatch;
import dev.helpdesk.knowledge.api.ArticleContent;
import dev.helpdesk.knowledge.api.ArticleKind;
import dev.helpdesk.knowledge.api.CreateArticle;
import dev.helpdesk.knowledge.query.ArticleTimeline;
import dev.helpdesk.knowledge.tickets.TicketText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Draws a known error from a resolved PROBLEM ticket (issue 5, item 4): a KNOWN_ERROR draft whose
 * symptoms are the problem's description and whose workaround is the resolution's note, linked to
 * the problem ({@code problemId}), for an agent to review and an editor to publish. Its id is derived
 * from the problem's id, so the problem has at most one (a repeat of the event, a second resolution
 * after a reopen, another instance: the article exists, nothing more is drawn) and an edited draft is
 * never overwritten. Resolutions that say there was nothing to work around draw none.
 */
@Component
class KnownErrors {

    /** Resolution codes that record no workaround: a duplicate, a rejection, nothing found or needed. */
    static final Set<String> NO_WORKAROUND = Set.of("DUPLICATE", "REJECTED", "NOT_REPRODUCIBLE", "NO_ACTION_NEEDED");
    static final String PROBLEM = "PROBLEM";
    private static final int MAX_TITLE = 200;
    private static final int MAX_BODY = 100_000;
    private static final int MAX_LABELS = 20;
    private static final int MAX_LABEL = 60;
    private static final Logger log = LoggerFactory.getLogger(KnownErrors.class);

    private final CommandDispatch commands;
    private final ArticleTimeline timeline;
    private final String language;

    KnownErrors(CommandDispatch commands, ArticleTimeline timeline,
            @Value("${helpdesk.knowledge.known-errors.language:en}") String language) {
        this.commands = commands;
        this.timeline = timeline;
        this.language = language;
    }

    /** The known error's id: the same for every instance and every reading of the problem's events. */
    static UUID idFor(String problemId) {
        return UUID.nameUUIDFromBytes(("known-error:" + problemId).getBytes(StandardCharsets.UTF_8));
    }

    /** True if a draft was created for this resolution. */
    boolean draftFrom(TicketText ticket, TicketResolved resolved, Map<String, Object> metadata) {
        if (!PROBLEM.equals(ticket.type()) || resolved.note() == null || resolved.note().isBlank()
                || NO_WORKAROUND.contains(resolved.resolutionCode())) {
            return false;
        }
        UUID id = idFor(ticket.ticketId());
        if (timeline.current(id).isPresent()) {
            return false;
        }
        String author = resolved.by() == null ? TicketEventHandler.ACTOR : resolved.by();
        try {
            commands.send(new CreateArticle(id, ArticleKind.KNOWN_ERROR, language, content(ticket, resolved.note()),
                    author, ticket.ticketId()), metadata);
        } catch (RuntimeException e) {
            if (timeline.current(id).isPresent()) {
                return false; // another instance drew it at the same moment
            }
            throw e;
        }
        log.info("Known error {} drafted from problem {} ({})", id, ticket.ticketId(), ticket.number());
        return true;
    }

    /** Within the article's rules whatever the ticket held, so the draft is never refused. */
    static ArticleContent content(TicketText problem, String workaround) {
        String subject = problem.subject() == null || problem.subject().isBlank()
                ? "Problem " + problem.number() : problem.subject().strip();
        String symptoms = problem.description() == null || problem.description().isBlank()
                ? subject : problem.description().strip();
        String body = "## Symptoms\n\n" + symptoms + "\n\n## Workaround\n\n" + workaround.strip();
        List<String> categories = problem.category() == null ? List.of() : labels(List.of(problem.category()));
        return new ArticleContent(clip(subject, MAX_TITLE), clip(body, MAX_BODY), labels(problem.tags()), categories,
                null, null);
    }

    private static List<String> labels(List<String> labels) {
        return labels.stream().filter(label -> label != null && !label.isBlank() && label.strip().length() <= MAX_LABEL)
                .limit(MAX_LABELS).toList();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
