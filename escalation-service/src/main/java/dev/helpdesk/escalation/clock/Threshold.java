package dev.helpdesk.escalation.clock;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * A share of a target at which something fires: a warning (a policy's {@code warnAt}, e.g.
 * 0.75) or the breach itself ({@link #BREACH}, 1).
 *
 * <p>The fraction is a {@link BigDecimal}, so 90 % of four hours is exactly 3 h 36 min and 75 %
 * of five seconds exactly 3.75 s, and two thresholds read from "0.9" and "0.90" are equal.
 */
public record Threshold(BigDecimal fraction) implements Comparable<Threshold> {

    public static final Threshold BREACH = new Threshold(BigDecimal.ONE);

    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

    public Threshold {
        Objects.requireNonNull(fraction, "fraction");
        if (fraction.signum() <= 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a threshold is a fraction of its target in (0, 1]: " + fraction);
        }
        fraction = fraction.stripTrailingZeros();
    }

    /** Reads a fraction as written ({@code 0.9} is nine tenths, not the nearest binary double). */
    public static Threshold of(double fraction) {
        return new Threshold(BigDecimal.valueOf(fraction));
    }

    public static Threshold of(String fraction) {
        return new Threshold(new BigDecimal(fraction));
    }

    public boolean isBreach() {
        return fraction.compareTo(BigDecimal.ONE) == 0;
    }

    /**
     * This share of {@code target}, rounded up to the nanosecond: the threshold is reached once
     * the elapsed time is at least this much, never a nanosecond before the exact share.
     */
    public Duration of(Duration target) {
        BigDecimal nanos = new BigDecimal(target.getSeconds()).multiply(NANOS_PER_SECOND)
                .add(BigDecimal.valueOf(target.getNano()))
                .multiply(fraction)
                .setScale(0, RoundingMode.CEILING);
        BigInteger[] secondsAndNanos = nanos.toBigIntegerExact().divideAndRemainder(NANOS_PER_SECOND.toBigInteger());
        return Duration.ofSeconds(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValueExact());
    }

    @Override
    public int compareTo(Threshold other) {
        return fraction.compareTo(other.fraction);
    }

    @Override
    public String toString() {
        return fraction.toPlainString();
    }
}
