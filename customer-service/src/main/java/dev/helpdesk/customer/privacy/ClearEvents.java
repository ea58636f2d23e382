package dev.helpdesk.customer.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;

/**
 * The one place the event store is rewritten: a subject's events stored before personal data was
 * encrypted carry it in clear, and deleting a key cannot reach them. On erasure their personal
 * fields are replaced in place by the erased placeholders, exactly what they read as anyway
 * ({@link PersonalDataSerializer}), so no reader sees a difference; sealed events are left alone.
 */
public class ClearEvents {

    private static final EventEntryConfiguration ENTRY = EventEntryConfiguration.getDefault();

    private final MongoCollection<Document> events;
    private final ObjectMapper json;
    private final Map<String, PersonalFields> byType;

    public ClearEvents(MongoTemplate axonMongoTemplate, ObjectMapper json, List<PersonalFields> personal) {
        this.events = axonMongoTemplate.eventCollection();
        this.json = json;
        this.byType = personal.stream().collect(Collectors.toUnmodifiableMap(
                fields -> fields.payloadType().getName(), Function.identity()));
    }

    /** @return how many of the subject's events were rewritten */
    public int erase(String subject) {
        int rewritten = 0;
        for (Document stored : events.find(Filters.and(Filters.eq(ENTRY.aggregateIdentifierProperty(), subject),
                Filters.in(ENTRY.payloadTypeProperty(), byType.keySet())))) {
            PersonalFields fields = byType.get(stored.getString(ENTRY.payloadTypeProperty()));
            if (stored.get(ENTRY.payloadProperty()) instanceof String payload && inClear(payload, fields)) {
                JsonNode tree = parse(payload);
                PersonalDataSerializer.erase(PersonalDataSerializer.holderOf(tree, fields), fields);
                events.updateOne(Filters.eq("_id", stored.get("_id")),
                        Updates.set(ENTRY.payloadProperty(), tree.toString()));
                rewritten++;
            }
        }
        return rewritten;
    }

    private boolean inClear(String payload, PersonalFields fields) {
        ObjectNode holder = PersonalDataSerializer.holderOf(parse(payload), fields);
        return holder != null && !holder.has(PersonalDataSerializer.PERSONAL)
                && fields.erasedValues().entrySet().stream().anyMatch(field -> holder.has(field.getKey())
                        && !holder.get(field.getKey()).equals(field.getValue()));
    }

    private JsonNode parse(String payload) {
        try {
            return json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored event's payload is no JSON", e);
        }
    }
}
