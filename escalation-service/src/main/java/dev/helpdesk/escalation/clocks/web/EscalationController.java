package dev.helpdesk.escalation.clocks.web;

import dev.helpdesk.escalation.admin.web.ListPage;
import dev.helpdesk.escalation.admin.web.Paging;
import dev.helpdesk.escalation.clocks.TicketClockStore;
import dev.helpdesk.escalation.clocks.TicketClocks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The active escalations: tickets whose breached targets were escalated and that are still being
 * worked (not resolved, closed or cancelled), the longest escalated first (staff only, see
 * {@code StaffAccess}; decisions D30).
 */
@RestController
class EscalationController {

    static final String PATH = "/api/v1/escalations";

    private final TicketClocks clocks;

    EscalationController(TicketClocks clocks) {
        this.clocks = clocks;
    }

    @GetMapping(PATH)
    ListPage<EscalationView> active(@RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        TicketClockStore.Escalated found = clocks.activeEscalations(paging.page(), paging.size());
        return new ListPage<>(found.clocks().stream().map(EscalationView::of).toList(), paging.page(), paging.size(),
                found.total());
    }
}
