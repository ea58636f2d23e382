package dev.helpdesk.ticket.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.security.Role;
import dev.helpdesk.platform.web.ProblemDetailsAdvice;
import dev.helpdesk.ticket.api.Channel;
import dev.helpdesk.ticket.api.Priority;
import dev.helpdesk.ticket.api.TicketStatus;
import dev.helpdesk.ticket.api.TicketType;
import dev.helpdesk.ticket.query.TicketQueue;
import dev.helpdesk.ticket.query.TicketQueuePage;
import dev.helpdesk.ticket.query.TicketQueueQuery;
import dev.helpdesk.ticket.query.TicketQueueSort;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ticket queues and search ({@code GET /tickets}), served from the queue projection. Shortcuts:
 * {@code assigneeId=me} is the caller's own queue, {@code groupId=mine} the caller's groups, and
 * {@code groupId=mine&unassigned=true} the unassigned tickets of the caller's groups. Customers
 * list only the tickets they requested; naming another requester is 403.
 */
@RestController
@RequestMapping("/api/v1/tickets")
class TicketQueueController {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_TEXT = 200;
    static final long MAX_SKIP = 1_000_000;

    private final TicketQueue queue;

    TicketQueueController(TicketQueue queue) {
        this.queue = queue;
    }

    @GetMapping
    TicketQueuePage list(@RequestParam(required = false) List<String> status,
            @RequestParam(required = false) String groupId, @RequestParam(required = false) String assigneeId,
            @RequestParam(required = false) String requesterId, @RequestParam(required = false) String priority,
            @RequestParam(required = false) String type, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String createdFrom, @RequestParam(required = false) String createdTo,
            @RequestParam(required = false) String q, @RequestParam(required = false) String unassigned,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, @RequestParam(required = false) String problemId,
            Caller caller) {
        List<Map.Entry<String, String>> errors = new ArrayList<>();
        Set<TicketStatus> statuses = statusesOf(status, errors);
        Priority wantedPriority = enumOf(Priority.class, "priority", priority, errors);
        TicketType wantedType = enumOf(TicketType.class, "type", type, errors);
        Channel wantedChannel = enumOf(Channel.class, "channel", channel, errors);
        Instant from = instantOf("createdFrom", createdFrom, errors);
        Instant to = instantOf("createdTo", createdTo, errors);
        boolean onlyUnassigned = booleanOf("unassigned", unassigned, errors);
        UUID causedBy = uuidOf("problemId", problemId, errors);
        TicketQueueSort order = TicketQueueSort.PRIORITY;
        if (present(sort)) {
            order = TicketQueueSort.ofParameter(sort.strip()).orElse(null);
            if (order == null) {
                errors.add(error("sort", "must be one of priority, createdAt, -createdAt, updatedAt, -updatedAt"));
            }
        }
        int pageNumber = intOf("page", page, 0, errors);
        int pageSize = intOf("size", size, DEFAULT_SIZE, errors);
        if (pageNumber < 0) {
            errors.add(error("page", "must be 0 or more"));
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            errors.add(error("size", "must be between 1 and " + MAX_SIZE));
        } else if (pageNumber > 0 && (long) pageNumber * pageSize > MAX_SKIP) {
            errors.add(error("page", "reaches past the first " + MAX_SKIP + " tickets; narrow the search instead"));
        }
        if (q != null && q.length() > MAX_TEXT) {
            errors.add(error("q", "must be at most " + MAX_TEXT + " characters"));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }

        String requester = present(requesterId) ? requesterId.strip() : null;
        if (caller.isCustomerOnly()) {
            if (caller.customerId() == null) {
                throw TicketAccess.forbidden("The customer token carries no customer id");
            }
            if (requester != null && !requester.equals(caller.customerId())) {
                throw TicketAccess.forbidden("A customer lists only the tickets they requested");
            }
            requester = caller.customerId();
        } else if (!caller.hasAny(Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.INTEGRATION)) {
            throw TicketAccess.forbidden("The caller's roles do not allow listing tickets");
        }
        Set<String> groups = null;
        if (present(groupId)) {
            groups = "mine".equals(groupId.strip()) ? caller.groups() : Set.of(groupId.strip());
        }
        String assignee = null;
        if (present(assigneeId)) {
            assignee = "me".equals(assigneeId.strip()) ? caller.id() : assigneeId.strip();
        }
        return queue.search(new TicketQueueQuery(statuses, groups, assignee, onlyUnassigned, requester,
                causedBy, wantedPriority, wantedType, wantedChannel, from, to, q, order, pageNumber, pageSize));
    }

    private static UUID uuidOf(String field, String value, List<Map.Entry<String, String>> errors) {
        if (!present(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(error(field, "must be a ticket id (a UUID)"));
            return null;
        }
    }

    private static Set<TicketStatus> statusesOf(List<String> values, List<Map.Entry<String, String>> errors) {
        Set<TicketStatus> statuses = EnumSet.noneOf(TicketStatus.class);
        if (values == null) {
            return statuses;
        }
        for (String value : values) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    TicketStatus parsed = enumOf(TicketStatus.class, "status", part, errors);
                    if (parsed != null) {
                        statuses.add(parsed);
                    }
                }
            }
        }
        return statuses;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value,
            List<Map.Entry<String, String>> errors) {
        if (!present(value)) {
            return null;
        }
        String wanted = value.strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        errors.add(error(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
        return null;
    }

    private static Instant instantOf(String field, String value, List<Map.Entry<String, String>> errors) {
        if (!present(value)) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(error(field, "must be an ISO-8601 instant such as 2026-01-31T09:00:00Z"));
            return null;
        }
    }

    private static boolean booleanOf(String field, String value, List<Map.Entry<String, String>> errors) {
        if (!present(value)) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(error(field, "must be true or false"));
                yield false;
            }
        };
    }

    private static int intOf(String field, String value, int fallback, List<Map.Entry<String, String>> errors) {
        if (!present(value)) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.add(error(field, "must be a whole number"));
            return fallback;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Map.Entry<String, String> error(String field, String message) {
        return Map.entry(field, message);
    }

    private static ErrorResponseException invalid(List<Map.Entry<String, String>> errors) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemDetailsAdvice.invalidFields(errors), null);
    }
}
