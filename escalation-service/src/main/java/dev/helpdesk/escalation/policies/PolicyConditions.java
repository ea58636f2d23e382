package dev.helpdesk.escalation.policies;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Which tickets a policy is for. Each condition is either absent ({@code null}: any value
 * matches) or a non-empty list of the values it accepts; {@code vip} is absent, {@code true}
 * (VIP requesters only) or {@code false} (all others). A ticket matches when it meets every
 * condition given.
 *
 * <p>Categories and tiers are free text typed by people on both sides, so they are compared
 * ignoring case and surrounding spaces ("Network " is "network"); the first spelling is kept.
 */
public record PolicyConditions(List<Priority> priorities, List<TicketType> types, List<String> categories,
        List<String> tiers, Boolean vip) {

    public static final int MAX_TEXT = 100;

    public PolicyConditions {
        priorities = priorities == null ? null : List.copyOf(sortedEnums(priorities));
        types = types == null ? null : List.copyOf(sortedEnums(types));
        categories = categories == null ? null : distinctTexts(categories, "categories");
        tiers = tiers == null ? null : distinctTexts(tiers, "tiers");
    }

    public static PolicyConditions forPriorities(Priority... priorities) {
        return new PolicyConditions(List.of(priorities), null, null, null, null);
    }

    public PolicyConditions withVip(Boolean vipOnly) {
        return new PolicyConditions(priorities, types, categories, tiers, vipOnly);
    }

    /** How many conditions are given: the policy's specificity. */
    public int count() {
        return (int) Stream.of(priorities, types, categories, tiers, vip).filter(Objects::nonNull).count();
    }

    public boolean matches(TicketFacts ticket) {
        // An unknown fact (null) meets no condition about it; the immutable lists reject contains(null).
        return (priorities == null || ticket.priority() != null && priorities.contains(ticket.priority()))
                && (types == null || ticket.type() != null && types.contains(ticket.type()))
                && (categories == null || containsText(categories, ticket.category()))
                && (tiers == null || containsText(tiers, ticket.tier()))
                && (vip == null || vip == ticket.vip());
    }

    /** The form categories and tiers are compared in. */
    public static String comparable(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean containsText(List<String> accepted, String value) {
        return value != null && accepted.stream().anyMatch(text -> comparable(text).equals(comparable(value)));
    }

    private static <E extends Enum<E>> EnumSet<E> sortedEnums(Collection<E> values) {
        if (values.isEmpty() || values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("a condition lists at least one value and no empty one: " + values);
        }
        return EnumSet.copyOf(values);
    }

    private static List<String> distinctTexts(List<String> values, String condition) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException(condition + " must list at least one value");
        }
        Map<String, String> byComparable = new LinkedHashMap<>();
        for (String value : values) {
            if (value == null || value.isBlank() || value.length() > MAX_TEXT) {
                throw new IllegalArgumentException(condition + " has an empty or overlong value: " + value);
            }
            byComparable.putIfAbsent(comparable(value), value.strip());
        }
        return List.copyOf(byComparable.values());
    }
}
