package dev.helpdesk.reporting.query;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding shared by the reports: rates and means to one decimal, so a figure reads the same everywhere. */
final class Figures {

    private Figures() {
    }

    /** {@code part} of {@code whole} in percent, to one decimal; null when there is no whole to take a share of. */
    static Double percent(long part, long whole) {
        return whole == 0 ? null : oneDecimal(100.0 * part / whole);
    }

    static Double mean(double sum, long count) {
        return count == 0 ? null : oneDecimal(sum / count);
    }

    static double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
