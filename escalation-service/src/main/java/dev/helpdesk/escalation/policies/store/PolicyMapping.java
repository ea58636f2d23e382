package dev.helpdesk.escalation.policies.store;

import dev.helpdesk.escalation.admin.store.DocumentMapping;
import dev.helpdesk.escalation.policies.PolicyConditions;
import dev.helpdesk.escalation.policies.Priority;
import dev.helpdesk.escalation.policies.SlaPolicy;
import dev.helpdesk.escalation.policies.TicketType;
import java.time.Duration;
import java.util.List;
import org.bson.Document;

/**
 * Targets are stored as ISO-8601 durations and enumerations by name, as the API shows them; an
 * absent condition is an absent field, so "any value" cannot be confused with "no value".
 */
public final class PolicyMapping implements DocumentMapping<SlaPolicy> {

    @Override
    public String idOf(SlaPolicy policy) {
        return policy.id();
    }

    @Override
    public Document toDocument(SlaPolicy policy) {
        PolicyConditions conditions = policy.conditions();
        Document stored = new Document();
        if (conditions.priorities() != null) {
            stored.append("priorities", conditions.priorities().stream().map(Enum::name).toList());
        }
        if (conditions.types() != null) {
            stored.append("types", conditions.types().stream().map(Enum::name).toList());
        }
        if (conditions.categories() != null) {
            stored.append("categories", conditions.categories());
        }
        if (conditions.tiers() != null) {
            stored.append("tiers", conditions.tiers());
        }
        if (conditions.vip() != null) {
            stored.append("vip", conditions.vip());
        }
        return new Document("name", policy.name())
                .append("conditions", stored)
                .append("firstResponse", policy.firstResponse().toString())
                .append("resolution", policy.resolution().toString())
                .append("calendarId", policy.calendarId())
                .append("warnAt", policy.warnAt());
    }

    @Override
    public SlaPolicy fromDocument(String id, Document fields) {
        Document stored = fields.get("conditions", Document.class);
        List<String> priorities = stored.getList("priorities", String.class);
        List<String> types = stored.getList("types", String.class);
        PolicyConditions conditions = new PolicyConditions(
                priorities == null ? null : priorities.stream().map(Priority::valueOf).toList(),
                types == null ? null : types.stream().map(TicketType::valueOf).toList(),
                stored.getList("categories", String.class), stored.getList("tiers", String.class),
                stored.getBoolean("vip"));
        return new SlaPolicy(id, fields.getString("name"), conditions,
                Duration.parse(fields.getString("firstResponse")), Duration.parse(fields.getString("resolution")),
                fields.getString("calendarId"), fields.getList("warnAt", Double.class));
    }
}
