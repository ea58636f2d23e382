package dev.helpdesk.reporting.query;

/**
 * Told each time a live event changed the serving ticket facts (not for duplicates, and not for a
 * rebuild's own reading), so that readers who show figures live can read them again. Called on the
 * consumer's thread right after the write: an implementation only takes note and returns.
 */
public interface ProjectionChangeListener {

    void servingChanged();
}
