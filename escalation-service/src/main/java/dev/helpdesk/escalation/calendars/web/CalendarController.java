package dev.helpdesk.escalation.calendars.web;

import dev.helpdesk.escalation.admin.Ids;
import dev.helpdesk.escalation.admin.InvalidInput;
import dev.helpdesk.escalation.admin.NotFound;
import dev.helpdesk.escalation.admin.Versioned;
import dev.helpdesk.escalation.admin.store.VersionedDocuments;
import dev.helpdesk.escalation.admin.web.HistoryEntry;
import dev.helpdesk.escalation.admin.web.ListPage;
import dev.helpdesk.escalation.admin.web.Paging;
import dev.helpdesk.escalation.calendars.CalendarDefinition;
import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.web.IfMatch;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Business calendars. Staff read them, admins create and change them (checked before a body is
 * read, see {@code StaffAccess}). There is no delete: policies name calendars by id, and a
 * calendar that vanished would leave their deadlines undefined.
 */
@RestController
@RequestMapping(CalendarController.PATH)
class CalendarController {

    static final String PATH = "/api/v1/sla/calendars";
    static final String KIND = "calendar";

    private final VersionedDocuments<CalendarDefinition> calendars;

    CalendarController(VersionedDocuments<CalendarDefinition> calendars) {
        this.calendars = calendars;
    }

    @GetMapping
    ListPage<CalendarView> list(@RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        VersionedDocuments.Page<CalendarDefinition> found = calendars.page(paging.page(), paging.size());
        return new ListPage<>(found.items().stream().map(CalendarView::of).toList(), paging.page(), paging.size(),
                found.total());
    }

    @GetMapping("/{id}")
    ResponseEntity<CalendarView> get(@PathVariable String id) {
        return answer(ResponseEntity.ok(), calendars.find(id).orElseThrow(() -> new NotFound(KIND, id)));
    }

    /** Without an {@code id} the calendar gets a UUID. */
    @PostMapping
    ResponseEntity<CalendarView> create(@RequestBody CalendarRequest request, Caller caller) {
        String id = request.id() != null ? request.id() : UUID.randomUUID().toString();
        Versioned<CalendarDefinition> created = calendars.create(request.toDefinition(id), caller.id());
        return answer(ResponseEntity.created(URI.create(PATH + "/" + id)), created);
    }

    /** Replaces the calendar; the body has the same fields as for creating one, its {@code id} may be left out. */
    @PutMapping("/{id}")
    ResponseEntity<CalendarView> update(@PathVariable String id, @RequestBody CalendarRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        Long expectedVersion = IfMatch.expectedVersion(ifMatch, "calendar");
        if (!Ids.valid(id) || !calendars.exists(id)) {
            throw new NotFound(KIND, id);
        }
        if (request.id() != null && !request.id().equals(id)) {
            throw InvalidInput.of("id", "must be left out or be the id in the path, " + id);
        }
        return answer(ResponseEntity.ok(), calendars.update(request.toDefinition(id), expectedVersion, caller.id()));
    }

    @GetMapping("/{id}/history")
    CalendarHistory history(@PathVariable String id) {
        return new CalendarHistory(id, HistoryEntry.of(calendars.history(id), CalendarView::of));
    }

    /** Every version of one calendar, oldest first. */
    record CalendarHistory(String calendarId, List<HistoryEntry<CalendarView>> items) {
    }

    private static ResponseEntity<CalendarView> answer(ResponseEntity.BodyBuilder response,
            Versioned<CalendarDefinition> calendar) {
        return response.eTag(IfMatch.etagOf(calendar.version())).body(CalendarView.of(calendar));
    }
}
