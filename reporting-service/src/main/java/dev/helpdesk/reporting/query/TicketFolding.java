package dev.helpdesk.reporting.query;

import dev.helpdesk.reporting.query.TicketEvent.Detail;
import dev.helpdesk.reporting.query.TicketFacts.SlaOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives a ticket's {@link TicketFacts} from its {@link TicketHistory}: the counted events in
 * sequence order, then the SLA thresholds. A pure function of the history, so the same events
 * give the same facts whatever order and however often they were delivered. The definitions it
 * implements are in docs/reports.md.
 */
public final class TicketFolding {

    static final Set<String> OUT_OF_BACKLOG = Set.of("RESOLVED", "CLOSED", "CANCELLED");
    private static final Set<String> RESOLVED_FOR_NOW = Set.of("RESOLVED", "CLOSED");

    private TicketFolding() {
    }

    public static TicketFacts fold(TicketHistory history) {
        State state = new State();
        history.events().values().forEach(state::apply);
        String status = history.status();
        Instant finalResolvedAt = status != null && RESOLVED_FOR_NOW.contains(status) ? state.resolvedAt : null;
        Boolean firstContact = finalResolvedAt == null ? null
                : !state.reassigned() && !state.pended
                        && (state.firstAgentId == null || state.firstAgentId.equals(state.resolvedBy));
        Instant firstResponseBreach = breachOf(history, SlaEvent.FIRST_RESPONSE);
        Instant resolutionBreach = breachOf(history, SlaEvent.RESOLUTION);
        int warnings = (int) history.sla().values().stream().filter(t -> t.kind() == SlaEvent.Kind.WARNING).count();
        return new TicketFacts(history.ticketId(), state.number, state.type, state.channel, state.category,
                state.subject, state.requesterId, state.assetId, state.priority, status,
                status != null && !OUT_OF_BACKLOG.contains(status), state.groupId,
                state.assigneeId, state.openedAt, state.resolvedAt, state.resolutionCode, state.resolvedTimes,
                state.reopenedTimes, state.reopenedTimes.size(), state.closedAt, state.cancelledAt, state.rating,
                state.ratedAt, new ArrayList<>(state.groups), state.firstAgentId, state.resolvedBy,
                state.reassigned(), state.pended, state.firstResponseAt,
                seconds(state.openedAt, state.firstResponseAt), finalResolvedAt,
                seconds(state.openedAt, finalResolvedAt), firstContact, state.escalatedTimes,
                outcome(firstResponseBreach, state.firstResponseAt), outcome(resolutionBreach, finalResolvedAt),
                warnings, articleResolutions(state), risk(history, status, state.firstResponseAt),
                history.lastSequence(), history.lastEventId(),
                businessSeconds(history, SlaEvent.FIRST_RESPONSE, state.firstResponseAt),
                businessSeconds(history, SlaEvent.RESOLUTION, finalResolvedAt));
    }

    /**
     * The business time the target used, from its newest stop, when that stop is the one of
     * {@code at} (the same millisecond): a stop of an earlier resolution, before a reopen, or of a
     * resolution that stopped the first-response target without a reply, is not this figure's (D98).
     */
    private static Long businessSeconds(TicketHistory history, String target, Instant at) {
        SlaEvent stop = history.sla().get(SlaEvent.stopKey(target));
        if (at == null || stop == null || !stop.reachedAt().equals(at.truncatedTo(ChronoUnit.MILLIS))) {
            return null;
        }
        return stop.businessSeconds();
    }

    private static List<TicketFacts.ArticleResolution> articleResolutions(State state) {
        List<TicketFacts.ArticleResolution> resolutions = new ArrayList<>();
        state.articleResolutions.forEach((article, at) ->
                resolutions.add(new TicketFacts.ArticleResolution(article, at)));
        return resolutions;
    }

    /**
     * Open tickets only: the first breach of any target; else the highest warning (then the
     * latest) of a target whose clock still runs, which a first-response target stops doing once
     * the first response is given.
     */
    private static TicketFacts.SlaRisk risk(TicketHistory history, String status, Instant firstResponseAt) {
        if (status == null || OUT_OF_BACKLOG.contains(status)) {
            return null;
        }
        Comparator<SlaEvent> byMoment = Comparator.comparing(SlaEvent::reachedAt);
        Optional<SlaEvent> breach = history.sla().values().stream().filter(t -> t.kind() == SlaEvent.Kind.BREACHED)
                .min(byMoment.thenComparing(SlaEvent::target));
        Optional<SlaEvent> risk = breach.isPresent() ? breach : history.sla().values().stream()
                .filter(t -> t.kind() == SlaEvent.Kind.WARNING)
                .filter(t -> !SlaEvent.FIRST_RESPONSE.equals(t.target()) || firstResponseAt == null)
                .max(Comparator.comparingDouble(SlaEvent::threshold).thenComparing(byMoment)
                        .thenComparing(SlaEvent::target));
        return risk.map(t -> new TicketFacts.SlaRisk(breach.isPresent() ? TicketFacts.SlaRisk.BREACHED
                : TicketFacts.SlaRisk.WARNING, t.target(), t.threshold(), t.reachedAt())).orElse(null);
    }

    /** A breach settles the target as missed, whenever it was met; else meeting it settles it. */
    private static SlaOutcome outcome(Instant breachedAt, Instant metAt) {
        if (breachedAt != null) {
            return new SlaOutcome(SlaOutcome.BREACHED, breachedAt);
        }
        return metAt == null ? null : new SlaOutcome(SlaOutcome.MET, metAt);
    }

    private static Instant breachOf(TicketHistory history, String target) {
        return history.sla().values().stream()
                .filter(t -> t.kind() == SlaEvent.Kind.BREACHED && t.target().equals(target))
                .map(SlaEvent::reachedAt).min(Instant::compareTo).orElse(null);
    }

    /** Whole seconds from one moment to a later one; null when either is unknown or they are out of order. */
    private static Long seconds(Instant from, Instant to) {
        if (from == null || to == null || to.isBefore(from)) {
            return null;
        }
        return Duration.between(from, to).getSeconds();
    }

    /** The ticket as its events leave it, one event at a time in sequence order. */
    private static final class State {
        String number;
        String type;
        String channel;
        String category;
        String subject;
        String requesterId;
        String assetId;
        String priority;
        String groupId;
        String assigneeId;
        Instant openedAt;
        Instant resolvedAt;
        String resolutionCode;
        String resolvedBy;
        Instant closedAt;
        Instant cancelledAt;
        Integer rating;
        Instant ratedAt;
        Instant firstResponseAt;
        String firstAgentId;
        boolean pended;
        final Set<String> groups = new LinkedHashSet<>();
        final Set<String> agents = new LinkedHashSet<>();
        final List<Instant> resolvedTimes = new ArrayList<>();
        final List<Instant> reopenedTimes = new ArrayList<>();
        final List<Instant> escalatedTimes = new ArrayList<>();
        /** Article → its first citing resolution, in sequence order. */
        final Map<String, Instant> articleResolutions = new LinkedHashMap<>();

        boolean reassigned() {
            return groups.size() > 1 || agents.size() > 1;
        }

        void apply(TicketEvent event) {
            switch (event.kind()) {
                case OPENED -> {
                    number = event.detail(Detail.NUMBER);
                    type = event.detail(Detail.TYPE);
                    channel = event.detail(Detail.CHANNEL);
                    category = event.detail(Detail.CATEGORY);
                    priority = event.detail(Detail.PRIORITY);
                    subject = event.detail(Detail.SUBJECT);
                    requesterId = event.detail(Detail.REQUESTER_ID);
                    assetId = event.detail(Detail.ASSET_ID);
                    openedAt = event.at();
                }
                case UPDATED -> {
                    category = event.detail(Detail.CATEGORY);
                    // An update kept before subjects were kept names none: the opened one stands.
                    if (event.detail(Detail.SUBJECT) != null) {
                        subject = event.detail(Detail.SUBJECT);
                    }
                }
                case PRIORITY_CHANGED -> priority = event.detail(Detail.PRIORITY);
                case ASSIGNED -> {
                    inGroup(event.detail(Detail.GROUP_ID));
                    assigneeId = event.detail(Detail.ASSIGNEE_ID);
                    withAgent(assigneeId);
                }
                case WORK_STARTED -> withAgent(event.detail(Detail.AGENT_ID));
                case COMMENT_ADDED -> {
                    if (firstResponseAt == null) {
                        firstResponseAt = event.at();
                    }
                }
                case PENDED -> pended = true;
                case ESCALATED -> {
                    escalatedTimes.add(event.at());
                    // A functional escalation moves the ticket to the next-level group's queue;
                    // a hierarchical one leaves it where it is.
                    if (event.detail(Detail.TO_GROUP_ID) != null) {
                        inGroup(event.detail(Detail.TO_GROUP_ID));
                        assigneeId = null;
                    }
                }
                case RESOLVED -> {
                    resolvedAt = event.at();
                    resolvedTimes.add(event.at());
                    resolutionCode = event.detail(Detail.RESOLUTION_CODE);
                    resolvedBy = event.by();
                    if (event.detail(Detail.ARTICLE_ID) != null) {
                        articleResolutions.putIfAbsent(event.detail(Detail.ARTICLE_ID), event.at());
                    }
                }
                case REOPENED -> reopenedTimes.add(event.at());
                case CLOSED -> closedAt = event.at();
                case CANCELLED -> cancelledAt = event.at();
                case SATISFACTION_RATED -> {
                    rating = Integer.valueOf(event.detail(Detail.RATING));
                    ratedAt = event.at();
                }
                default -> {
                    // RESUMED, LINKED: only the status, which the newest event decides.
                }
            }
        }

        private void inGroup(String group) {
            groupId = group;
            if (group != null) {
                groups.add(group);
            }
        }

        private void withAgent(String agent) {
            if (agent != null) {
                if (firstAgentId == null) {
                    firstAgentId = agent;
                }
                agents.add(agent);
            }
        }
    }
}
