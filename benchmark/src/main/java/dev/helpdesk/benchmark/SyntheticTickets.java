package dev.helpdesk.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.helpdesk.contracts.CloudEventContract;
import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.sla.SlaBreached;
import dev.helpdesk.contracts.sla.SlaEventTypes;
import dev.helpdesk.contracts.sla.SlaTargetStopped;
import dev.helpdesk.contracts.sla.SlaWarning;
import dev.helpdesk.contracts.ticket.TicketAssigned;
import dev.helpdesk.contracts.ticket.TicketCancelled;
import dev.helpdesk.contracts.ticket.TicketClosed;
import dev.helpdesk.contracts.ticket.TicketCommentAdded;
import dev.helpdesk.contracts.ticket.TicketEscalated;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketOpened;
import dev.helpdesk.contracts.ticket.TicketPended;
import dev.helpdesk.contracts.ticket.TicketPriorityChanged;
import dev.helpdesk.contracts.ticket.TicketReopened;
import dev.helpdesk.contracts.ticket.TicketResolved;
import dev.helpdesk.contracts.ticket.TicketResumed;
import dev.helpdesk.contracts.ticket.TicketSatisfactionRated;
import dev.helpdesk.contracts.ticket.TicketWorkStarted;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Synthetic tickets with realistic lifecycles, as the records the ticket service and the
 * escalation service put on {@code helpdesk.tickets.v1} and {@code helpdesk.sla.v1}: CloudEvents
 * in structured JSON mode keyed by the ticket id, each ticket's events numbered by its
 * {@code sequence}, data as the contracts module's records. The same seed and count give the same
 * tickets, ids and events, so a later run can tell which are there.
 *
 * <p>Tickets open evenly over {@code span} up to {@code until}; each one's events are emitted in
 * time order across all tickets (the way they reach the topic in production), and those after
 * {@code until} are left out: the newest tickets are still open, as are some older ones.
 */
final class SyntheticTickets {

    static final List<String> GROUPS = List.of("service-desk-l1", "desktop-support-l2", "network-l2",
            "applications-l2", "identity-l2", "facilities-l1");
    static final List<String> CATEGORIES = List.of("network", "hardware", "software", "access", "email", "printer",
            "vpn", "phone", "account", "storage", "security", "other");
    private static final List<String> TYPES = List.of("INCIDENT", "INCIDENT", "INCIDENT", "SERVICE_REQUEST",
            "SERVICE_REQUEST", "PROBLEM");
    private static final List<String> CHANNELS = List.of("PORTAL", "PORTAL", "EMAIL", "EMAIL", "PHONE", "API",
            "MONITORING");
    private static final List<String> CODES = List.of("FIXED", "FIXED", "FIXED", "WORKAROUND", "REQUEST_FULFILLED",
            "NOT_REPRODUCIBLE", "NO_ACTION_NEEDED");
    private static final String[] LEVELS = {"HIGH", "MEDIUM", "LOW"};
    /** First-response and resolution targets per priority P1-P5 (DESIGN.md), in minutes of wall time. */
    private static final long[] RESPONSE_MINUTES = {15, 30, 240, 480, 2880};
    private static final long[] RESOLUTION_MINUTES = {240, 480, 4320, 7200, 14400};
    static final int AGENTS_PER_GROUP = 8;
    static final int ASSETS = 3000;
    static final int REQUESTERS = 20_000;

    /** One record to publish. */
    record Record(String topic, String key, byte[] value, Instant time) {
    }

    private record Queued(Record record, long order) {
    }

    private final long seed;
    private final int tickets;
    private final Instant until;
    private final Duration span;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    SyntheticTickets(long seed, int tickets, Instant until, Duration span) {
        this.seed = seed;
        this.tickets = tickets;
        this.until = until;
        this.span = span;
    }

    /** The id of the n-th ticket (from 0) of this seed. */
    String ticketId(int n) {
        return UUID.nameUUIDFromBytes(("helpdesk-benchmark-" + seed + "-" + n).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * Hands every record to {@code sink} in time order; returns how many.
     *
     * @param from the first ticket's number, to add tickets after those of an earlier call
     */
    long emit(int from, Consumer<Record> sink) {
        // records of the same instant leave in the order they were made: a ticket's in its sequence
        PriorityQueue<Queued> pending = new PriorityQueue<>((a, b) -> {
            int byTime = a.record().time().compareTo(b.record().time());
            return byTime != 0 ? byTime : Long.compare(a.order(), b.order());
        });
        long made = 0;
        long emitted = 0;
        long stepNanos = span.toNanos() / Math.max(tickets, 1);
        Instant start = until.minus(span);
        for (int n = from; n < from + tickets; n++) {
            Instant openedAt = start.plusNanos(stepNanos * (n - from));
            while (!pending.isEmpty() && !pending.peek().record().time().isAfter(openedAt)) {
                sink.accept(pending.poll().record());
                emitted++;
            }
            for (Record record : lifecycle(n, openedAt)) {
                if (!record.time().isAfter(until)) {
                    pending.add(new Queued(record, made++));
                }
            }
        }
        while (!pending.isEmpty()) {
            sink.accept(pending.poll().record());
            emitted++;
        }
        return emitted;
    }

    /** One ticket's records, in its own order; its events only ever move forward in time. */
    List<Record> lifecycle(int n, Instant openedAt) {
        Random random = new Random(seed * 1_000_003L + n);
        Lifecycle ticket = new Lifecycle(ticketId(n));
        String impact = LEVELS[weighted(random, 1, 4, 5)];
        String urgency = LEVELS[weighted(random, 2, 5, 3)];
        int priority = priorityOf(impact, urgency);
        String group = GROUPS.get(weighted(random, 40, 15, 15, 12, 10, 8));
        String agent = agent(group, random);
        String type = pick(random, TYPES);
        String asset = random.nextInt(10) < 6 ? "asset-" + random.nextInt(ASSETS) : null;
        ticket.ticket(TicketEventTypes.OPENED, openedAt, new TicketOpened(ticket.id, "HD-B" + n, type, "NEW",
                "Benchmark ticket " + n, "Synthetic ticket of the reports benchmark.",
                "c-bench-" + random.nextInt(REQUESTERS), pick(random, CHANNELS), pick(random, CATEGORIES), impact,
                urgency, "P" + priority, List.of("bench"), "c-bench", openedAt, asset));
        Instant at = openedAt.plusSeconds(60 + random.nextInt(40 * 60));
        ticket.ticket(TicketEventTypes.ASSIGNED, at, new TicketAssigned(ticket.id, "ASSIGNED", group, agent,
                "supervisor-" + group, at));
        long responseTarget = RESPONSE_MINUTES[priority - 1] * 60;
        // most answer within the target, some late: a few breach
        long responseSeconds = Math.max(120, (long) (responseTarget * (0.2 + random.nextDouble()
                * (random.nextInt(10) == 0 ? 2.0 : 0.9))));
        Instant responded = openedAt.plusSeconds(responseSeconds);
        if (!responded.isAfter(at)) {
            responded = at.plusSeconds(30);
        }
        thresholds(ticket, "FIRST_RESPONSE", openedAt, responseTarget, responded, priority);
        ticket.ticket(TicketEventTypes.WORK_STARTED, responded, new TicketWorkStarted(ticket.id, "IN_PROGRESS",
                agent, agent, responded));
        ticket.ticket(TicketEventTypes.COMMENT_ADDED, responded, comment(ticket.id, agent, true, responded, random));
        ticket.stop("FIRST_RESPONSE", openedAt, responded, responded.getEpochSecond() - openedAt.getEpochSecond()
                <= responseTarget);
        at = responded;
        if (random.nextInt(100) < 5) {
            at = at.plusSeconds(600 + random.nextInt(3600));
            String raised = impact.equals("LOW") ? "MEDIUM" : "HIGH";
            priority = priorityOf(raised, urgency);
            ticket.ticket(TicketEventTypes.PRIORITY_CHANGED, at, new TicketPriorityChanged(ticket.id, "IN_PROGRESS",
                    raised, urgency, "P" + priority, "supervisor-" + group, at));
        }
        if (random.nextInt(100) < 15) {
            at = at.plusSeconds(900 + random.nextInt(6 * 3600));
            ticket.ticket(TicketEventTypes.PENDED, at, new TicketPended(ticket.id, "PENDING", "Waiting for the customer",
                    agent, at));
            at = at.plusSeconds(1800 + random.nextInt(48 * 3600));
            ticket.ticket(TicketEventTypes.RESUMED, at, new TicketResumed(ticket.id, "IN_PROGRESS", "Customer replied",
                    "c-bench", at));
        }
        if (random.nextInt(100) < 8 && !group.endsWith("l2")) {
            at = at.plusSeconds(1800 + random.nextInt(8 * 3600));
            String next = GROUPS.get(1 + random.nextInt(4));
            ticket.ticket(TicketEventTypes.ESCALATED, at, new TicketEscalated(ticket.id, "ASSIGNED", "SLA at risk", group,
                    next, "escalation-service", at, null, null));
            group = next;
            agent = agent(group, random);
            at = at.plusSeconds(300 + random.nextInt(3600));
            ticket.ticket(TicketEventTypes.ASSIGNED, at, new TicketAssigned(ticket.id, "ASSIGNED", group, agent,
                    "supervisor-" + group, at));
            at = at.plusSeconds(60 + random.nextInt(1800));
            ticket.ticket(TicketEventTypes.WORK_STARTED, at, new TicketWorkStarted(ticket.id, "IN_PROGRESS", agent,
                    agent, at));
        } else if (random.nextInt(100) < 6) {
            at = at.plusSeconds(600 + random.nextInt(4 * 3600));
            agent = agent(group, random);
            ticket.ticket(TicketEventTypes.ASSIGNED, at, new TicketAssigned(ticket.id, "ASSIGNED", group, agent,
                    "supervisor-" + group, at));
        }
        for (int comments = random.nextInt(3); comments > 0; comments--) {
            at = at.plusSeconds(300 + random.nextInt(4 * 3600));
            ticket.ticket(TicketEventTypes.COMMENT_ADDED, at, comment(ticket.id, agent, false, at, random));
        }
        if (random.nextInt(100) < 3) {
            at = at.plusSeconds(600 + random.nextInt(24 * 3600));
            ticket.ticket(TicketEventTypes.CANCELLED, at, new TicketCancelled(ticket.id, "CANCELLED", "Raised twice",
                    agent, at));
            return ticket.records;
        }
        long resolutionTarget = RESOLUTION_MINUTES[priority - 1] * 60;
        long resolutionSeconds = (long) (resolutionTarget * (0.05 + random.nextDouble()
                * (random.nextInt(8) == 0 ? 2.0 : 0.9)));
        Instant resolved = Instant.ofEpochSecond(Math.max(at.getEpochSecond() + 300,
                openedAt.getEpochSecond() + resolutionSeconds));
        thresholds(ticket, "RESOLUTION", openedAt, resolutionTarget, resolved, priority);
        resolve(ticket, resolved, agent, random);
        ticket.stop("RESOLUTION", openedAt, resolved, resolved.getEpochSecond() - openedAt.getEpochSecond()
                <= resolutionTarget);
        if (random.nextInt(100) < 6) {
            at = resolved.plusSeconds(3600 + random.nextInt(48 * 3600));
            ticket.ticket(TicketEventTypes.REOPENED, at, new TicketReopened(ticket.id, "IN_PROGRESS",
                    "Still broken", "c-bench", at));
            resolved = at.plusSeconds(1800 + random.nextInt(24 * 3600));
            resolve(ticket, resolved, agent, random);
            ticket.stop("RESOLUTION", openedAt, resolved, false);
        }
        boolean rated = random.nextInt(100) < 30;
        Instant ratedAt = resolved.plusSeconds(600 + random.nextInt(48 * 3600));
        Instant closed = resolved.plus(Duration.ofDays(7));
        if (rated) {
            ticket.ticket(TicketEventTypes.SATISFACTION_RATED, ratedAt, new TicketSatisfactionRated(ticket.id,
                    "RESOLVED", "c-bench", 1 + weighted(random, 3, 4, 10, 30, 53), null, "c-bench", ratedAt));
        }
        ticket.ticket(TicketEventTypes.CLOSED, closed, new TicketClosed(ticket.id, "CLOSED", "Resolved for 7 days", null,
                closed));
        return ticket.records;
    }

    private void resolve(Lifecycle ticket, Instant at, String agent, Random random) {
        String article = random.nextInt(10) == 0 ? "kb-bench-" + random.nextInt(500) : null;
        ticket.ticket(TicketEventTypes.RESOLVED, at, new TicketResolved(ticket.id, "RESOLVED", pick(random, CODES),
                "Resolved (benchmark).", article, agent, at, null));
    }

    /** The warnings at 75 % and 90 % and the breach at 100 % that the target reached before it stopped. */
    private void thresholds(Lifecycle ticket, String target, Instant openedAt, long targetSeconds, Instant stopped,
            int priority) {
        for (double threshold : new double[] {0.75, 0.9, 1.0}) {
            Instant reached = openedAt.plusSeconds((long) (targetSeconds * threshold));
            if (reached.isBefore(stopped)) {
                Instant due = openedAt.plusSeconds(targetSeconds);
                String policy = "default-p" + priority;
                if (threshold < 1.0) {
                    ticket.sla(SlaEventTypes.WARNING, ticket.id + ":" + target + ":" + threshold, reached,
                            new SlaWarning(ticket.id, target, threshold, reached, due,
                                    Duration.between(reached, due).toString(), policy, "P" + priority));
                } else {
                    ticket.sla(SlaEventTypes.BREACHED, ticket.id + ":" + target + ":" + threshold, reached,
                            new SlaBreached(ticket.id, target, threshold, reached, due, policy, "P" + priority));
                }
            }
        }
    }

    private static TicketCommentAdded comment(String ticketId, String agent, boolean first, Instant at, Random random) {
        return new TicketCommentAdded(ticketId, "IN_PROGRESS", new UUID(random.nextLong(), random.nextLong()).toString(),
                agent, "AGENT", "PUBLIC", "Looking into it.", first, agent, at);
    }

    private static String agent(String group, Random random) {
        return group + "-agent-" + random.nextInt(AGENTS_PER_GROUP);
    }

    static int priorityOf(String impact, String urgency) {
        return List.of(LEVELS).indexOf(impact) + List.of(LEVELS).indexOf(urgency) + 1;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** An index drawn with the given weights. */
    private static int weighted(Random random, int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** One ticket's records as they are built, with the ticket's and its SLA's sequences. */
    private final class Lifecycle {
        final String id;
        final List<Record> records = new ArrayList<>();
        long sequence;
        long slaSequence;

        Lifecycle(String id) {
            this.id = id;
        }

        void ticket(String type, Instant at, Object data) {
            sequence++;
            String eventId = UUID.nameUUIDFromBytes((id + ":" + sequence).getBytes(StandardCharsets.UTF_8))
                    .toString();
            records.add(new Record(Topics.TICKETS, id, envelope(eventId, Sources.TICKET_SERVICE, type, id, at,
                    sequence, data), at));
        }

        void sla(String type, String eventId, Instant at, Object data) {
            slaSequence++;
            records.add(new Record(Topics.SLA, id, envelope(eventId, Sources.ESCALATION_SERVICE, type, id, at,
                    slaSequence, data), at));
        }

        /** The target's stop (D97): business time taken as the wall time, which the figures only report. */
        void stop(String target, Instant openedAt, Instant stoppedAt, boolean met) {
            Duration elapsed = Duration.between(openedAt, stoppedAt);
            long next = slaSequence + 1;
            sla(SlaEventTypes.TARGET_STOPPED, id + ":" + target + ":stopped:" + next, stoppedAt,
                    new SlaTargetStopped(id, target, "default", "business-hours", elapsed.toString(),
                            elapsed.toString(), met, stoppedAt));
        }
    }

    /** The CloudEvent as CloudEventCodec writes it: structured mode, the data as JSON inside. */
    private byte[] envelope(String id, String source, String type, String subject, Instant time, long sequence,
            Object data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", source);
        event.put("type", type);
        event.put("subject", subject);
        event.put("time", time.toString());
        event.put("datacontenttype", CloudEventContract.DATA_CONTENT_TYPE);
        event.put(CloudEventContract.SEQUENCE, sequence);
        event.put("data", data);
        try {
            return json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + type + ": " + e.getMessage(), e);
        }
    }
}
