package dev.helpdesk.escalation.problems.store;

import dev.helpdesk.escalation.problems.CandidateStatus;
import dev.helpdesk.escalation.problems.Detection;
import dev.helpdesk.escalation.problems.ProblemCandidate;
import dev.helpdesk.escalation.problems.PromotionClaim;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * A candidate as a document of {@code problem_candidates} (its incidents are the occurrences that
 * name it, so the document stays small however many join). Besides the candidate's fields:
 * {@code openSlot}, the pattern's key while the candidate is open and {@code closed:<id>} after,
 * under a unique index, so a pattern has one open candidate at most; and {@code publishPending},
 * true from the insert until the broker acknowledged the detection's event. Instants are dates, to
 * the millisecond.
 */
final class CandidateMapping {

    static final String ID = "_id";
    static final String KEY = "key";
    static final String CATEGORY = "category";
    static final String STATUS = "status";
    static final String OPEN_SLOT = "openSlot";
    static final String INCIDENT_IDS = "incidentIds";
    static final String FIRST_INCIDENT_AT = "firstIncidentAt";
    static final String LAST_INCIDENT_AT = "lastIncidentAt";
    static final String DETECTION = "detection";
    static final String DETECTED_AT = "detectedAt";
    static final String PUBLISH_PENDING = "publishPending";
    static final String PROBLEM_TICKET_ID = "problemTicketId";
    static final String PROMOTION = "promotion";
    static final String DECIDED_BY = "decidedBy";
    static final String DECIDED_AT = "decidedAt";
    static final String DISMISS_REASON = "dismissReason";

    private CandidateMapping() {
    }

    static String closedSlot(String id) {
        return "closed:" + id;
    }

    static Document toDocument(ProblemCandidate candidate) {
        Detection detection = candidate.detection();
        return new Document(ID, candidate.id())
                .append(KEY, candidate.key())
                .append(CATEGORY, candidate.category())
                .append(STATUS, candidate.status().name())
                .append(OPEN_SLOT, candidate.isOpen() ? candidate.key() : closedSlot(candidate.id()))
                .append(FIRST_INCIDENT_AT, date(candidate.firstIncidentAt()))
                .append(LAST_INCIDENT_AT, date(candidate.lastIncidentAt()))
                .append(DETECTED_AT, date(detection.detectedAt()))
                .append(DETECTION, new Document(INCIDENT_IDS, detection.incidentIds())
                        .append(FIRST_INCIDENT_AT, date(detection.firstIncidentAt()))
                        .append(LAST_INCIDENT_AT, date(detection.lastIncidentAt()))
                        .append("threshold", detection.threshold())
                        .append("window", detection.window().toString())
                        .append(DETECTED_AT, date(detection.detectedAt())))
                .append(PROBLEM_TICKET_ID, candidate.problemTicketId());
    }

    static ProblemCandidate fromDocument(Document document) {
        Document detection = document.get(DETECTION, Document.class);
        Document claim = document.get(PROMOTION, Document.class);
        return new ProblemCandidate(document.getString(ID), document.getString(KEY), document.getString(CATEGORY),
                CandidateStatus.valueOf(document.getString(STATUS)), instant(document.getDate(FIRST_INCIDENT_AT)),
                instant(document.getDate(LAST_INCIDENT_AT)),
                new Detection(detection.getList(INCIDENT_IDS, String.class),
                        instant(detection.getDate(FIRST_INCIDENT_AT)), instant(detection.getDate(LAST_INCIDENT_AT)),
                        detection.getInteger("threshold"), Duration.parse(detection.getString("window")),
                        instant(detection.getDate(DETECTED_AT))),
                document.getString(PROBLEM_TICKET_ID),
                claim == null ? null : new PromotionClaim(claim.getString("by"), instant(claim.getDate("at"))),
                document.getString(DECIDED_BY), instant(document.getDate(DECIDED_AT)),
                document.getString(DISMISS_REASON));
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
