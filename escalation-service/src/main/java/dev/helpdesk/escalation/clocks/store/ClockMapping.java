package dev.helpdesk.escalation.clocks.store;

import dev.helpdesk.escalation.calendar.BusinessCalendar;
import dev.helpdesk.escalation.calendars.PublishedHours;
import dev.helpdesk.escalation.clock.ReachedThreshold;
import dev.helpdesk.escalation.clock.SlaClock;
import dev.helpdesk.escalation.clock.SlaClockState;
import dev.helpdesk.escalation.clock.SlaTargets;
import dev.helpdesk.escalation.clock.TargetKind;
import dev.helpdesk.escalation.clock.Threshold;
import dev.helpdesk.escalation.clocks.Escalation;
import dev.helpdesk.escalation.clocks.EscalationLevel;
import dev.helpdesk.escalation.clocks.EscalationRequest;
import dev.helpdesk.escalation.clocks.FollowUp;
import dev.helpdesk.escalation.clocks.FollowUpKind;
import dev.helpdesk.escalation.clocks.FollowUps;
import dev.helpdesk.escalation.clocks.QueuedSlaEvent;
import dev.helpdesk.escalation.clocks.RecordedThreshold;
import dev.helpdesk.escalation.clocks.TargetStopped;
import dev.helpdesk.escalation.clocks.TicketClock;
import dev.helpdesk.escalation.clocks.TicketDetails;
import dev.helpdesk.escalation.policies.Priority;
import dev.helpdesk.escalation.policies.TicketType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * A ticket's clock as one document of {@code sla_clocks}. Durations are ISO-8601 text and the
 * clock's instants ISO-8601 text too, so a clock reads back exactly as it was written (Mongo dates
 * keep milliseconds only, a threshold can fall on a nanosecond); thresholds are exact decimal text.
 * The instants others query ({@code nextDue}, {@code updatedAt}) are dates.
 * The calendar is stored in its published form, as it was when the clock was (re)targeted.
 */
final class ClockMapping {

    static final String ID = "_id";
    static final String VERSION = "version";
    static final String NEXT_DUE = "nextDue";
    static final String UPDATED_AT = "updatedAt";
    /** Warnings and breaches recorded but not yet published, oldest first; not part of the clock. */
    static final String UNPUBLISHED = "unpublished";
    /**
     * True from the write that queues a threshold until the publisher found the queue empty: a
     * plain field the publisher's poll finds through an index (a query on the array's emptiness
     * could use none on the embedded server). Never false while something is queued.
     */
    static final String PUBLISH_PENDING = "publishPending";
    /** True while the ticket has an escalation and is still worked (the active escalations' list, D30). */
    static final String ESCALATION_ACTIVE = "escalationActive";
    /** When the ticket was first escalated, a date to sort the active escalations by. */
    static final String ESCALATED_AT = "escalatedAt";
    static final String ESCALATIONS = "escalations";
    /** Whose ticket it is: the clocks a customer event may change are found by it (D34). */
    static final String REQUESTER_ID = "details.requesterId";
    static final String FOLLOW_UPS = "followUps";
    private static final String FOLLOW_UP = "followUp";
    static final String STOPS_QUEUED = "stopsQueued";
    /** A queued stop names its target under this key, so that no threshold's removal matches it. */
    private static final String STOPPED = "stopped";

    private ClockMapping() {
    }

    /** The document without its version and update time (those are the store's). */
    static Document toDocument(TicketClock clock) {
        TicketDetails details = clock.details();
        Document document = new Document(ID, clock.ticketId())
                .append("lastSequence", clock.lastSequence())
                .append("details", new Document("priority", nameOf(details.priority()))
                        .append("type", nameOf(details.type()))
                        .append("category", details.category())
                        .append("requesterId", details.requesterId())
                        .append("vip", details.vip())
                        .append("tier", details.tier()))
                .append("openedAt", clock.openedAt().toString())
                .append("policyId", clock.policyId())
                .append("calendarId", clock.calendarId());
        SlaClock sla = clock.clock();
        document.append("calendar", sla == null ? null : calendar(sla.calendar()))
                .append("clock", sla == null ? null : state(sla.state()))
                .append(NEXT_DUE, clock.nextDue().map(ClockMapping::notBefore).orElse(null))
                .append(ESCALATIONS, clock.escalations().stream().map(ClockMapping::escalation).toList())
                .append(FOLLOW_UPS, followUps(clock.followUps()))
                .append(STOPS_QUEUED, clock.stopsQueued())
                .append(ESCALATION_ACTIVE, clock.hasActiveEscalation())
                .append(ESCALATED_AT, clock.escalatedAt().map(Date::from).orElse(null));
        return document;
    }

    static TicketClock fromDocument(Document document) {
        Document details = document.get("details", Document.class);
        Document calendar = document.get("calendar", Document.class);
        Document state = document.get("clock", Document.class);
        SlaClock clock = state == null ? null : SlaClock.restored(state(state), calendar(calendar));
        return new TicketClock(document.getString(ID), document.getLong("lastSequence"),
                new TicketDetails(valueOf(Priority.class, details.getString("priority")),
                        valueOf(TicketType.class, details.getString("type")), details.getString("category"),
                        details.getString("requesterId"), details.getBoolean("vip", false), details.getString("tier")),
                Instant.parse(document.getString("openedAt")), document.getString("policyId"),
                document.getString("calendarId"), clock,
                document.getList(ESCALATIONS, Document.class, List.of()).stream().map(ClockMapping::escalation)
                        .toList(),
                followUps(document.get(FOLLOW_UPS, Document.class)),
                // clocks stored before stops were published queued none
                ((Number) document.get(STOPS_QUEUED, 0L)).longValue());
    }

    private static Document followUps(FollowUps followUps) {
        return new Document("resolvedAt", text(followUps.resolvedAt()))
                .append("autoCloseAt", text(followUps.autoCloseAt()))
                .append("pendingSince", text(followUps.pendingSince()))
                .append("nextReminderAt", text(followUps.nextReminderAt()))
                .append("reminders", followUps.reminders())
                .append("queued", followUps.queued());
    }

    /** Clocks stored before follow-ups existed have none pending. */
    private static FollowUps followUps(Document stored) {
        if (stored == null) {
            return FollowUps.NONE;
        }
        return new FollowUps(instant(stored.getString("resolvedAt")), instant(stored.getString("autoCloseAt")),
                instant(stored.getString("pendingSince")), instant(stored.getString("nextReminderAt")),
                stored.getInteger("reminders", 0), ((Number) stored.get("queued", 0L)).longValue());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static Document escalation(Escalation escalation) {
        return new Document("target", escalation.target().name())
                .append("levels", escalation.levels().stream().map(Enum::name).toList())
                .append("at", escalation.at().toString())
                .append("requestAt", escalation.requestAt().toString())
                .append("requested", escalation.requested())
                .append("policyId", escalation.policyId())
                .append("priority", nameOf(escalation.priority()));
    }

    /** Escalations stored before delays existed were requested at their breach. */
    private static Escalation escalation(Document stored) {
        Instant at = Instant.parse(stored.getString("at"));
        String requestAt = stored.getString("requestAt");
        return new Escalation(TargetKind.valueOf(stored.getString("target")), levels(stored), at,
                requestAt == null ? at : Instant.parse(requestAt), stored.getBoolean("requested", true),
                stored.getString("policyId"), valueOf(Priority.class, stored.getString("priority")));
    }

    private static List<EscalationLevel> levels(Document stored) {
        return stored.getList("levels", String.class, List.of()).stream().map(EscalationLevel::valueOf).toList();
    }

    /**
     * Mongo dates keep milliseconds; the due instant is rounded up to the next one, so a timer
     * that asks for {@code nextDue <= now} never finds a clock before its threshold is reached.
     */
    static Date notBefore(Instant instant) {
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        return Date.from(millis.equals(instant) ? millis : millis.plusMillis(1));
    }

    /**
     * A recorded warning or breach awaiting publication: which target and threshold (exact decimal
     * text), when (exact ISO text), and how things stood then.
     */
    static Document unpublished(QueuedSlaEvent queued) {
        if (queued instanceof FollowUp followUp) {
            return identityOf(followUp).append("at", followUp.at().toString()).append("sequence", followUp.sequence());
        }
        if (queued instanceof EscalationRequest request) {
            return unpublished(request);
        }
        if (queued instanceof TargetStopped stop) {
            return identityOf(stop).append("policyId", stop.policyId())
                    .append("calendarId", stop.calendarId())
                    .append("businessElapsed", stop.businessElapsed().toString())
                    .append("wallElapsed", stop.wallElapsed().toString()).append("met", stop.met());
        }
        return unpublished((RecordedThreshold) queued);
    }

    /**
     * Written in the shape of its breach (threshold 1, {@code at} the breach's instant), with its
     * levels and, when it was held back, {@code requestedAt}: entries queued before delays existed
     * were requested at the breach.
     */
    private static Document unpublished(EscalationRequest request) {
        return identityOf(request)
                .append("levels", request.levels().stream().map(Enum::name).toList())
                .append("threshold", Threshold.BREACH.toString())
                .append("breach", true)
                .append("at", request.breachedAt().toString())
                .append("requestedAt", request.requestedAt().toString())
                .append("sequence", request.sequence())
                .append("policyId", request.policyId())
                .append("priority", nameOf(request.priority()));
    }

    private static Document unpublished(RecordedThreshold recorded) {
        Document entry = identityOf(recorded);
        return entry
                .append("threshold", recorded.threshold().toString())
                .append("breach", recorded.isBreach())
                .append("at", recorded.reachedAt().toString())
                .append("sequence", recorded.sequence())
                .append("dueAt", recorded.dueAt() == null ? null : recorded.dueAt().toString())
                .append("remaining", recorded.remaining() == null ? null : recorded.remaining().toString())
                .append("policyId", recorded.policyId())
                .append("priority", nameOf(recorded.priority()));
    }

    /**
     * The thresholds queued on a clock's document, oldest first. Entries queued before they carried
     * their sequence and context (the timers' slice) are read too: their sequence follows from the
     * thresholds the clock has reached (the queue is its newest ones, in order), policy and priority
     * are the clock's now, and the due instant and remaining time of a warning are not known.
     */
    static List<QueuedSlaEvent> queued(Document clock) {
        List<Document> entries = clock.getList(UNPUBLISHED, Document.class, List.of());
        long firstSequence = reachedCount(clock) - entries.size() + 1;
        List<QueuedSlaEvent> queued = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Document entry = entries.get(i);
            if (entry.containsKey(FOLLOW_UP)) {
                queued.add(new FollowUp(entry.getLong("sequence"), FollowUpKind.valueOf(entry.getString(FOLLOW_UP)),
                        Instant.parse(entry.getString("at")), Instant.parse(entry.getString("since")),
                        entry.getInteger("reminder", 0)));
                continue;
            }
            if (entry.containsKey(STOPPED)) {
                queued.add(new TargetStopped(entry.getLong("sequence"), TargetKind.valueOf(entry.getString(STOPPED)),
                        entry.getString("policyId"), entry.getString("calendarId"),
                        Duration.parse(entry.getString("businessElapsed")),
                        Duration.parse(entry.getString("wallElapsed")), entry.getBoolean("met"),
                        Instant.parse(entry.getString("at"))));
                continue;
            }
            Instant at = Instant.parse(entry.getString("at"));
            Threshold threshold = Threshold.of(entry.getString("threshold"));
            // an escalation request names its target under "escalation", so that the breach's
            // removal ({target, threshold}) never matches it
            String escalated = entry.getString(ESCALATION);
            TargetKind target = TargetKind.valueOf(escalated != null ? escalated : entry.getString("target"));
            long sequence = entry.containsKey("sequence") ? entry.getLong("sequence") : Math.max(1, firstSequence + i);
            String policyId = entry.containsKey("policyId") ? entry.getString("policyId") : clock.getString("policyId");
            Priority priority = valueOf(Priority.class, entry.containsKey("priority") ? entry.getString("priority")
                    : clock.get("details", Document.class).getString("priority"));
            if (escalated != null) {
                String requestedAt = entry.getString("requestedAt");
                queued.add(new EscalationRequest(sequence, target, levels(entry), at,
                        requestedAt == null ? at : Instant.parse(requestedAt), policyId, priority));
                continue;
            }
            String dueAt = entry.getString("dueAt");
            String remaining = entry.getString("remaining");
            queued.add(new RecordedThreshold(sequence, target, threshold, at,
                    dueAt != null ? Instant.parse(dueAt) : threshold.isBreach() ? at : null,
                    remaining == null ? null : Duration.parse(remaining), policyId, priority));
        }
        return queued;
    }

    /**
     * The entry a publisher removes once it is published: a target reaches each threshold once, and
     * is escalated once.
     */
    static Document identityOf(QueuedSlaEvent queued) {
        if (queued instanceof FollowUp followUp) {
            // a follow-up is one kind for one state (its start) and, for reminders, one number
            return new Document(FOLLOW_UP, followUp.kind().name()).append("since", followUp.since().toString())
                    .append("reminder", followUp.reminder());
        }
        if (queued instanceof TargetStopped stop) {
            // two stops of a target may share an instant, never a sequence
            return new Document(STOPPED, stop.target().name()).append("at", stop.stoppedAt().toString())
                    .append("sequence", stop.sequence());
        }
        if (queued instanceof EscalationRequest request) {
            // named under "escalation", so that the breach's removal ({target, threshold}) never matches it
            return new Document(ESCALATION, request.target().name());
        }
        RecordedThreshold recorded = (RecordedThreshold) queued;
        return new Document("target", recorded.target().name()).append("threshold", recorded.threshold().toString());
    }

    private static final String ESCALATION = "escalation";

    private static long reachedCount(Document clock) {
        Document state = clock.get("clock", Document.class);
        if (state == null) {
            return 0;
        }
        return state.get("firstResponse", Document.class).getList("reached", Document.class).size()
                + state.get("resolution", Document.class).getList("reached", Document.class).size();
    }

    private static Document calendar(BusinessCalendar calendar) {
        Document hours = new Document();
        PublishedHours.of(calendar).forEach(hours::append);
        return new Document("zone", calendar.zone().getId())
                .append("hours", hours)
                .append("holidays", calendar.holidays().stream().map(LocalDate::toString).toList());
    }

    private static BusinessCalendar calendar(Document stored) {
        Document storedHours = stored.get("hours", Document.class);
        Map<DayOfWeek, List<List<String>>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (storedHours.get(day.name()) instanceof List<?> intervals) {
                hours.put(day, intervals.stream()
                        .map(interval -> ((List<?>) interval).stream().map(String::valueOf).toList())
                        .toList());
            }
        }
        List<LocalDate> holidays = stored.getList("holidays", String.class).stream().map(LocalDate::parse).toList();
        return BusinessCalendar.parse(ZoneId.of(stored.getString("zone")), hours, holidays);
    }

    private static Document state(SlaClockState state) {
        SlaTargets targets = state.targets();
        return new Document("targets", new Document("firstResponse", targets.firstResponse().toString())
                        .append("resolution", targets.resolution().toString())
                        .append("warnAt", thresholds(targets.warnAt())))
                .append("pending", state.pending())
                .append("finished", state.finished())
                .append("lastChangeAt", state.lastChangeAt().toString())
                .append("firstResponse", target(state.firstResponse()))
                .append("resolution", target(state.resolution()));
    }

    private static SlaClockState state(Document stored) {
        Document targets = stored.get("targets", Document.class);
        return new SlaClockState(
                new SlaTargets(Duration.parse(targets.getString("firstResponse")),
                        Duration.parse(targets.getString("resolution")), thresholds(targets)),
                target(stored.get("firstResponse", Document.class)), target(stored.get("resolution", Document.class)),
                stored.getBoolean("pending"), stored.getBoolean("finished"),
                Instant.parse(stored.getString("lastChangeAt")));
    }

    private static Document target(SlaClockState.TargetState target) {
        return new Document("target", target.target().toString())
                .append("warnAt", thresholds(target.warnAt()))
                .append("elapsedBefore", target.elapsedBefore().toString())
                .append("stretchStart", target.stretchStart() == null ? null : target.stretchStart().toString())
                .append("stopped", target.stopped())
                .append("met", target.met())
                .append("reached", target.reached().stream()
                        .map(reached -> new Document("threshold", reached.threshold().toString())
                                .append("at", reached.at().toString()))
                        .toList());
    }

    private static SlaClockState.TargetState target(Document stored) {
        String stretchStart = stored.getString("stretchStart");
        return new SlaClockState.TargetState(Duration.parse(stored.getString("target")), thresholds(stored),
                Duration.parse(stored.getString("elapsedBefore")),
                stretchStart == null ? null : Instant.parse(stretchStart), stored.getBoolean("stopped"),
                stored.getBoolean("met"),
                stored.getList("reached", Document.class).stream()
                        .map(reached -> new ReachedThreshold(Threshold.of(reached.getString("threshold")),
                                Instant.parse(reached.getString("at"))))
                        .toList());
    }

    private static List<String> thresholds(List<Threshold> thresholds) {
        return thresholds.stream().map(Threshold::toString).toList();
    }

    private static List<Threshold> thresholds(Document stored) {
        return stored.getList("warnAt", String.class).stream().map(Threshold::of).toList();
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
