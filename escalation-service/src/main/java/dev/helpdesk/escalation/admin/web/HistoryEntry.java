package dev.helpdesk.escalation.admin.web;

import dev.helpdesk.escalation.admin.Change;
import dev.helpdesk.escalation.admin.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One version in a definition's history: who made it and when, and the definition before and
 * after ({@code before} is null for the creation), so a reader sees a change without diffing
 * by hand.
 */
public record HistoryEntry<V>(long version, Change.Kind change, String changedBy, Instant changedAt, V before,
        V after) {

    /** The entries of a history in version order, each definition shown as {@code view} shows it. */
    public static <T, V> List<HistoryEntry<V>> of(List<Change<T>> changes, Function<Versioned<T>, V> view) {
        List<HistoryEntry<V>> entries = new ArrayList<>();
        V before = null;
        for (Change<T> change : changes) {
            V after = view.apply(change.after());
            entries.add(new HistoryEntry<>(change.after().version(), change.kind(), change.by(),
                    change.after().updatedAt(), before, after));
            before = after;
        }
        return entries;
    }
}
