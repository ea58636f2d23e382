package dev.helpdesk.escalation.clock;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The result of a transition: the clock after it, what happened, and whether anything changed at
 * all. A repeated or inapplicable transition (a second first response, a timer that fires twice)
 * answers {@code changed() == false} with the same clock and no outcomes.
 */
public record ClockChange(SlaClock clock, List<ClockOutcome> outcomes, boolean changed) {

    public ClockChange {
        outcomes = List.copyOf(outcomes);
    }

    static ClockChange unchanged(SlaClock clock) {
        return new ClockChange(clock, List.of(), false);
    }

    static ClockChange to(SlaClock clock, List<ClockOutcome> outcomes) {
        return new ClockChange(clock, outcomes, true);
    }

    /** This change followed by {@code next} applied to its clock, outcomes in order. */
    ClockChange then(Function<SlaClock, ClockChange> next) {
        ClockChange following = next.apply(clock);
        List<ClockOutcome> all = new ArrayList<>(outcomes);
        all.addAll(following.outcomes);
        return new ClockChange(following.clock, all, changed || following.changed);
    }
}
