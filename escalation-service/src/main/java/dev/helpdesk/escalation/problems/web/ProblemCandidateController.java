package dev.helpdesk.escalation.problems.web;

import dev.helpdesk.escalation.admin.InvalidInput;
import dev.helpdesk.escalation.admin.web.ListPage;
import dev.helpdesk.escalation.admin.web.Paging;
import dev.helpdesk.escalation.problems.CandidateStatus;
import dev.helpdesk.escalation.problems.ListedCandidates;
import dev.helpdesk.escalation.problems.OnBehalfOf;
import dev.helpdesk.escalation.problems.ProblemCandidates;
import dev.helpdesk.escalation.problems.Promotion;
import dev.helpdesk.platform.security.Caller;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Problem candidates (decisions D31): staff list and read them; a supervisor turns one into a
 * PROBLEM ticket with its incidents linked, or dismisses it ({@code StaffAccess}).
 */
@RestController
class ProblemCandidateController {

    static final String PATH = "/api/v1/problems/candidates";
    private static final String ALL = "ALL";

    private final ProblemCandidates candidates;

    ProblemCandidateController(ProblemCandidates candidates) {
        this.candidates = candidates;
    }

    /** {@code status} OPEN (the default), PROMOTED, DISMISSED or ALL; the most recently detected first. */
    @GetMapping(PATH)
    ListPage<CandidateSummary> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        CandidateStatus wanted = statusOf(status);
        Paging paging = Paging.of(page, size);
        ListedCandidates found = candidates.list(wanted, paging.page(), paging.size());
        return new ListPage<>(found.candidates().stream().map(CandidateSummary::of).toList(), paging.page(),
                paging.size(), found.total());
    }

    @GetMapping(PATH + "/{id}")
    CandidateView get(@PathVariable String id) {
        return CandidateView.of(candidates.get(id));
    }

    /**
     * Turns the candidate into a PROBLEM ticket with every incident linked ({@code CAUSED_BY}): 201
     * with the candidate (now PROMOTED, with its {@code problemTicketId}) and {@code Location} the
     * problem ticket; 200 with the same for a candidate promoted before. Safe to retry after a
     * failure: it finishes with the same problem ticket.
     */
    @PostMapping(PATH + "/{id}/problem")
    ResponseEntity<CandidateView> promote(@PathVariable String id,
            @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        Promotion promotion = candidates.promote(id, onBehalfOf(authorization));
        CandidateView view = CandidateView.of(promotion.promoted());
        return ResponseEntity.status(promotion.promotedNow() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/tickets/" + view.problemTicketId()))
                .body(view);
    }

    /** Dismisses an open candidate that has no problem ticket; its incidents count toward no other. */
    @PostMapping(PATH + "/{id}/dismissal")
    CandidateView dismiss(@PathVariable String id, @RequestBody(required = false) DismissalRequest body,
            @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        return CandidateView.of(candidates.dismiss(id, onBehalfOf(authorization), DismissalRequest.reasonOf(body)));
    }

    /** The caller, with the bearer token the security chain validated, to forward as it came. */
    private static OnBehalfOf onBehalfOf(String authorization) {
        String token = authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).strip()
                : authorization.strip();
        return new OnBehalfOf(Caller.current().id(), token);
    }

    private static CandidateStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return CandidateStatus.OPEN;
        }
        String wanted = status.strip().toUpperCase(Locale.ROOT);
        if (wanted.equals(ALL)) {
            return null;
        }
        return Arrays.stream(CandidateStatus.values()).filter(value -> value.name().equals(wanted)).findFirst()
                .orElseThrow(() -> InvalidInput.of("status", "must be OPEN, PROMOTED, DISMISSED or ALL"));
    }
}
