package dev.helpdesk.customer.web;

import dev.helpdesk.customer.api.CustomerPatch;
import dev.helpdesk.customer.api.InvalidCustomerCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the body of {@code PATCH /customers/{id}} as a JSON merge patch: the fields given are
 * changed, {@code null} removes an optional one. Read from a map, because a record cannot tell a
 * field left out from one set to null; each field's type is checked here, and every mistake named.
 */
final class CustomerPatchRequest {

    private CustomerPatchRequest() {
    }

    static CustomerPatch read(Map<String, Object> body) {
        List<Map.Entry<String, String>> violations = new ArrayList<>();
        for (String field : body.keySet()) {
            if (!CustomerPatch.FIELDS.contains(field)) {
                violations.add(Map.entry(field, "is not a field that can be changed"));
            }
        }
        String name = text(body, "name", violations);
        List<String> emails = texts(body, "emails", violations);
        String phone = text(body, "phone", violations);
        String organizationId = text(body, "organizationId", violations);
        String locale = text(body, "locale", violations);
        String timeZone = text(body, "timeZone", violations);
        Boolean vip = flag(body, "vip", violations);
        String tier = text(body, "tier", violations);
        Boolean active = flag(body, "active", violations);
        if (body.isEmpty()) {
            violations.add(Map.entry("body", "must give at least one field to change"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCustomerCommand("The change is invalid", violations);
        }
        return new CustomerPatch(body.keySet(), name, emails, phone, organizationId, locale, timeZone, vip, tier,
                active);
    }

    private static String text(Map<String, Object> body, String field, List<Map.Entry<String, String>> violations) {
        Object value = body.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        violations.add(Map.entry(field, "must be a string"));
        return null;
    }

    private static List<String> texts(Map<String, Object> body, String field,
            List<Map.Entry<String, String>> violations) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list && list.stream().allMatch(item -> item == null || item instanceof String)) {
            List<String> texts = new ArrayList<>();
            list.forEach(item -> texts.add((String) item));
            return texts;
        }
        violations.add(Map.entry(field, "must be a list of strings"));
        return null;
    }

    private static Boolean flag(Map<String, Object> body, String field, List<Map.Entry<String, String>> violations) {
        Object value = body.get(field);
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (body.containsKey(field)) {
            violations.add(Map.entry(field, "must be true or false"));
        }
        return null;
    }
}
