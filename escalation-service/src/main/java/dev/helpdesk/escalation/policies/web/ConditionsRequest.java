package dev.helpdesk.escalation.policies.web;

import dev.helpdesk.escalation.admin.Violations;
import dev.helpdesk.escalation.policies.PolicyConditions;
import dev.helpdesk.escalation.policies.Priority;
import dev.helpdesk.escalation.policies.TicketType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The {@code conditions} of a policy request; a condition left out (or null) matches every ticket. */
record ConditionsRequest(List<String> priorities, List<String> types, List<String> categories, List<String> tiers,
        Boolean vip) {

    static final int MOST_VALUES = 100;
    static final String FIELD = "conditions";

    /** The conditions, or null when a value could not be read (then it is reported). */
    PolicyConditions read(Violations violations) {
        List<Priority> priorityValues = names(FIELD + ".priorities", priorities, Priority.class, violations);
        List<TicketType> typeValues = names(FIELD + ".types", types, TicketType.class, violations);
        List<String> categoryValues = texts(FIELD + ".categories", categories, violations);
        List<String> tierValues = texts(FIELD + ".tiers", tiers, violations);
        if (violations.reported(FIELD)) {
            return null;
        }
        return new PolicyConditions(priorityValues, typeValues, categoryValues, tierValues, vip);
    }

    private static <E extends Enum<E>> List<E> names(String field, List<String> given, Class<E> type,
            Violations violations) {
        if (!listed(field, given, violations)) {
            return null;
        }
        List<E> values = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            E value = valueOf(type, given.get(i));
            if (value == null) {
                violations.add(field + "[" + i + "]", "must be one of " + Arrays.toString(type.getEnumConstants()));
            } else {
                values.add(value);
            }
        }
        return values;
    }

    private static List<String> texts(String field, List<String> given, Violations violations) {
        if (!listed(field, given, violations)) {
            return null;
        }
        for (int i = 0; i < given.size(); i++) {
            String text = given.get(i);
            if (text == null || text.isBlank()) {
                violations.add(field + "[" + i + "]", "must not be empty");
            } else if (text.length() > PolicyConditions.MAX_TEXT) {
                violations.add(field + "[" + i + "]", "must be at most " + PolicyConditions.MAX_TEXT + " characters");
            }
        }
        return given;
    }

    /** Whether the condition is given and its list can be read value by value. */
    private static boolean listed(String field, List<String> given, Violations violations) {
        if (given == null) {
            return false;
        }
        if (given.isEmpty()) {
            violations.add(field, "must list at least one value; leave the condition out to match every ticket");
            return false;
        }
        if (given.size() > MOST_VALUES) {
            violations.add(field, "must list at most " + MOST_VALUES + " values");
            return false;
        }
        return true;
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
