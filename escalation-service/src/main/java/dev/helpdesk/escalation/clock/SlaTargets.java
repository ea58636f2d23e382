package dev.helpdesk.escalation.clock;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the policy in force promises for one ticket: both targets as business time of the
 * policy's calendar, and the warning thresholds that apply to each (the breach at 100 % is
 * implied and never listed).
 */
public record SlaTargets(Duration firstResponse, Duration resolution, List<Threshold> warnAt) {

    /** The design's default warnings: 75 % and 90 %. */
    public static final List<Threshold> DEFAULT_WARNINGS = List.of(Threshold.of("0.75"), Threshold.of("0.9"));

    public SlaTargets {
        requirePositive(firstResponse, "firstResponse");
        requirePositive(resolution, "resolution");
        Objects.requireNonNull(warnAt, "warnAt");
        List<Threshold> sorted = warnAt.stream().sorted().distinct().toList();
        if (sorted.size() != warnAt.size()) {
            throw new IllegalArgumentException("warnAt must not repeat a threshold: " + warnAt);
        }
        if (sorted.stream().anyMatch(Threshold::isBreach)) {
            throw new IllegalArgumentException("warnAt must stay below the breach at 1: " + warnAt);
        }
        warnAt = sorted;
    }

    public static SlaTargets of(Duration firstResponse, Duration resolution) {
        return new SlaTargets(firstResponse, resolution, DEFAULT_WARNINGS);
    }

    public Duration of(TargetKind kind) {
        return switch (kind) {
            case FIRST_RESPONSE -> firstResponse;
            case RESOLUTION -> resolution;
        };
    }

    private static void requirePositive(Duration target, String name) {
        Objects.requireNonNull(target, name);
        if (target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration: " + target);
        }
    }
}
