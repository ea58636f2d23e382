package dev.helpdesk.ticket.api;

/**
 * P1 (most urgent) to P5, always derived from impact and urgency so that two agents never rate
 * the same situation differently:
 * H/H → P1; H/M, M/H → P2; H/L, M/M, L/H → P3; M/L, L/M → P4; L/L → P5.
 */
public enum Priority {
    P1,
    P2,
    P3,
    P4,
    P5;

    public static Priority of(Level impact, Level urgency) {
        // Each step down from HIGH on either axis lowers the priority by one.
        return values()[impact.ordinal() + urgency.ordinal()];
    }
}
