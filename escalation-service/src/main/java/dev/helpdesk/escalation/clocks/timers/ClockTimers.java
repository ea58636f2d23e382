package dev.helpdesk.escalation.clocks.timers;

import dev.helpdesk.escalation.clock.ClockOutcome;
import dev.helpdesk.escalation.clock.TargetKind;
import dev.helpdesk.escalation.clocks.TicketClocks;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of the SLA timers: finds the clocks with a threshold due by now (through the indexed
 * {@code nextDue}, longest overdue first, a bounded batch at a time) and fires each
 * ({@link TicketClocks#fireDue}). What the pass recorded is counted in
 * {@code helpdesk.escalation.timers.fired{target, outcome}} and each breach is logged.
 *
 * <p>Any number of passes may run at once, in this instance or in others over the same
 * collection: a threshold is recorded by the one write that wins the version, and a pass that
 * loses reads the clock again and finds nothing left to record. A clock that fails (its store is
 * unreachable, it keeps changing) is left for the next pass; the others in the batch still fire.
 */
public final class ClockTimers {

    static final String FIRED = "helpdesk.escalation.timers.fired";
    static final String FAILED = "helpdesk.escalation.timers.failed";
    private static final Logger LOG = LoggerFactory.getLogger(ClockTimers.class);
    /** Batches per pass at most, so a pass ends even if clocks keep failing and are found again. */
    private static final int MAX_BATCHES = 20;

    private final TicketClocks clocks;
    private final Clock clock;
    private final int batchSize;
    private final Map<String, Counter> fired = new HashMap<>();
    private final Counter failed;

    public ClockTimers(TicketClocks clocks, Clock clock, int batchSize, MeterRegistry meters) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("helpdesk.sla.timer-batch must be at least 1, not " + batchSize);
        }
        this.clocks = clocks;
        this.clock = clock;
        this.batchSize = batchSize;
        for (TargetKind kind : TargetKind.values()) {
            for (String outcome : List.of("warning", "breach")) {
                fired.put(key(target(kind), outcome), Counter.builder(FIRED)
                        .tag("target", target(kind)).tag("outcome", outcome)
                        .description("SLA thresholds recorded by the timers (not those a ticket event recorded first)")
                        .register(meters));
            }
        }
        failed = Counter.builder(FAILED).description("clocks whose timers failed to fire in a pass, retried next pass")
                .register(meters);
    }

    /** Fires what is due now. */
    public int runOnce() {
        return runOnce(clock.instant());
    }

    /**
     * Fires every threshold due by {@code now}.
     *
     * @return how many thresholds this pass recorded
     */
    public int runOnce(Instant now) {
        int recorded = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<String> due = clocks.dueBy(now, batchSize);
            int progressed = 0;
            for (String ticketId : due) {
                try {
                    List<ClockOutcome> outcomes = clocks.fireDue(ticketId, now);
                    outcomes.forEach(outcome -> counted(ticketId, outcome));
                    recorded += outcomes.size();
                    progressed++;
                } catch (RuntimeException e) {
                    failed.increment();
                    LOG.warn("The SLA timers of ticket {} failed to fire; the next pass tries again", ticketId, e);
                }
            }
            // A fired clock is due later than now, so a full batch means more may be waiting.
            if (due.size() < batchSize || progressed == 0) {
                break;
            }
        }
        return recorded;
    }

    private void counted(String ticketId, ClockOutcome outcome) {
        String target = target(outcome.kind());
        if (outcome instanceof ClockOutcome.Breached) {
            fired.get(key(target, "breach")).increment();
            LOG.info("SLA breached: the {} target of ticket {} was due at {}", target, ticketId, outcome.at());
        } else if (outcome instanceof ClockOutcome.WarningReached warning) {
            fired.get(key(target, "warning")).increment();
            LOG.debug("SLA warning: ticket {} reached {} of its {} target at {}", ticketId, warning.threshold(),
                    target, warning.at());
        }
        // a timer never stops a target, so never reports one met
    }

    private static String target(TargetKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String key(String target, String outcome) {
        return target + "/" + outcome;
    }
}
