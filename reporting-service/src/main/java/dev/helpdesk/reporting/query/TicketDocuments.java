package dev.helpdesk.reporting.query;

import static dev.helpdesk.reporting.query.TicketFields.*;

import dev.helpdesk.reporting.query.TicketFacts.SlaOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/** Maps a ticket's history and facts to its Mongo document and back. */
final class TicketDocuments {

    private static final String ID = "id";
    private static final String KIND = "kind";
    private static final String AT = "at";
    private static final String BY = "by";
    private static final String DETAILS = "d";
    private static final String TARGET = "target";
    private static final String THRESHOLD = "threshold";
    private static final String SLA_SEQUENCE = "sequence";
    private static final String SLA_BUSINESS_SECONDS = "businessSeconds";

    private TicketDocuments() {
    }

    static Document toDocument(TicketHistory history, TicketFacts facts, long version) {
        Document events = new Document();
        history.events().forEach((sequence, event) -> events.append(Long.toString(sequence), new Document()
                .append(ID, event.eventId()).append(KIND, event.kind().name()).append(STATUS, event.status())
                .append(AT, date(event.at())).append(BY, event.by()).append(DETAILS, new Document(event.details()))));
        Document sla = new Document();
        history.sla().forEach((key, threshold) -> sla.append(key, new Document()
                .append(ID, threshold.eventId()).append(KIND, threshold.kind().name())
                .append(TARGET, threshold.target()).append(THRESHOLD, threshold.threshold())
                .append(AT, date(threshold.reachedAt())).append(SLA_SEQUENCE, threshold.sequence())
                .append(SLA_BUSINESS_SECONDS, threshold.businessSeconds())));
        return new Document(TICKET_ID, history.ticketId())
                .append(VERSION, version)
                .append(NUMBER, facts.number())
                .append(TYPE, facts.type())
                .append(CHANNEL, facts.channel())
                .append(CATEGORY, facts.category())
                .append(SUBJECT, facts.subject())
                .append(REQUESTER_ID, facts.requesterId())
                .append(ASSET_ID, facts.assetId())
                .append(PRIORITY, facts.priority())
                .append(STATUS, facts.status())
                .append(OPEN, facts.open())
                .append(GROUP_ID, facts.groupId())
                .append(ASSIGNEE_ID, facts.assigneeId())
                .append(OPENED_AT, date(facts.openedAt()))
                .append(RESOLVED_AT, date(facts.resolvedAt()))
                .append(RESOLUTION_CODE, facts.resolutionCode())
                .append(RESOLVED_TIMES, dates(facts.resolvedTimes()))
                .append(REOPENED_TIMES, dates(facts.reopenedTimes()))
                .append(REOPEN_COUNT, facts.reopenCount())
                .append(CLOSED_AT, date(facts.closedAt()))
                .append(CANCELLED_AT, date(facts.cancelledAt()))
                .append(SATISFACTION_RATING, facts.satisfactionRating())
                .append(RATED_AT, date(facts.ratedAt()))
                .append(GROUPS, facts.groups())
                .append(FIRST_AGENT_ID, facts.firstAgentId())
                .append(RESOLVED_BY, facts.resolvedBy())
                .append(REASSIGNED, facts.reassigned())
                .append(PENDED, facts.pended())
                .append(FIRST_RESPONSE_AT, date(facts.firstResponseAt()))
                .append(FIRST_RESPONSE_SECONDS, facts.firstResponseSeconds())
                .append(FIRST_RESPONSE_BUSINESS_SECONDS, facts.firstResponseBusinessSeconds())
                .append(FINAL_RESOLVED_AT, date(facts.finalResolvedAt()))
                .append(RESOLUTION_SECONDS, facts.resolutionSeconds())
                .append(RESOLUTION_BUSINESS_SECONDS, facts.resolutionBusinessSeconds())
                .append(FIRST_CONTACT_RESOLUTION, facts.firstContactResolution())
                .append(ESCALATED_TIMES, dates(facts.escalatedTimes()))
                .append(FIRST_RESPONSE_SLA, outcome(facts.firstResponseSla()))
                .append(FIRST_RESPONSE_SLA_AT, facts.firstResponseSla() == null ? null : date(facts.firstResponseSla().at()))
                .append(RESOLUTION_SLA, outcome(facts.resolutionSla()))
                .append(RESOLUTION_SLA_AT, facts.resolutionSla() == null ? null : date(facts.resolutionSla().at()))
                .append(SLA_WARNINGS, facts.slaWarnings())
                .append(ARTICLE_RESOLUTIONS, articleResolutions(facts))
                .append(SLA_RISK, facts.slaRisk() == null ? null : facts.slaRisk().risk())
                .append(SLA_RISK_TARGET, facts.slaRisk() == null ? null : facts.slaRisk().target())
                .append(SLA_RISK_THRESHOLD, facts.slaRisk() == null ? null : facts.slaRisk().threshold())
                .append(SLA_RISK_AT, facts.slaRisk() == null ? null : date(facts.slaRisk().at()))
                .append(LAST_SEQUENCE, history.lastSequence())
                .append(LAST_EVENT_ID, history.lastEventId())
                .append(HISTORY, new Document(HISTORY_EVENTS, events).append(HISTORY_SLA, sla));
    }

    static long versionOf(Document document) {
        Number version = document.get(VERSION, Number.class);
        return version == null ? 0 : version.longValue();
    }

    static TicketHistory historyOf(Document document) {
        Document history = document.get(HISTORY, new Document());
        TreeMap<Long, TicketEvent> events = new TreeMap<>();
        String ticketId = document.getString(TICKET_ID);
        history.get(HISTORY_EVENTS, new Document()).forEach((sequence, value) -> {
            Document event = (Document) value;
            Map<String, String> details = new HashMap<>();
            event.get(DETAILS, new Document()).forEach((key, text) -> details.put(key, (String) text));
            long at = Long.parseLong(sequence);
            events.put(at, new TicketEvent(ticketId, event.getString(ID), at,
                    TicketEvent.Kind.valueOf(event.getString(KIND)), event.getString(STATUS), instant(event, AT),
                    event.getString(BY), details));
        });
        Map<String, SlaEvent> sla = new HashMap<>();
        history.get(HISTORY_SLA, new Document()).forEach((key, value) -> {
            Document threshold = (Document) value;
            Number sequence = threshold.get(SLA_SEQUENCE, Number.class);
            Number business = threshold.get(SLA_BUSINESS_SECONDS, Number.class);
            sla.put(key, new SlaEvent(ticketId, threshold.getString(ID), SlaEvent.Kind.valueOf(threshold.getString(KIND)),
                    threshold.getString(TARGET), threshold.get(THRESHOLD, Number.class).doubleValue(),
                    instant(threshold, AT), sequence == null ? 0 : sequence.longValue(),
                    business == null ? null : business.longValue()));
        });
        Number lastSequence = document.get(LAST_SEQUENCE, Number.class);
        return new TicketHistory(ticketId, events, sla, lastSequence == null ? 0 : lastSequence.longValue(),
                document.getString(LAST_EVENT_ID), document.getString(STATUS));
    }

    /** The stored facts as they were derived; re-deriving from the history gives the same. */
    static TicketFacts factsOf(Document document) {
        return TicketFolding.fold(historyOf(document));
    }

    private static List<Document> articleResolutions(TicketFacts facts) {
        List<Document> resolutions = new ArrayList<>();
        facts.articleResolutions().forEach(resolution -> resolutions.add(new Document(ARTICLE_RESOLUTION_ARTICLE_ID,
                resolution.articleId()).append(ARTICLE_RESOLUTION_AT, date(resolution.at()))));
        return resolutions;
    }

    private static String outcome(SlaOutcome outcome) {
        return outcome == null ? null : outcome.outcome();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static List<Date> dates(List<Instant> instants) {
        List<Date> dates = new ArrayList<>();
        instants.forEach(instant -> dates.add(Date.from(instant)));
        return dates;
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
