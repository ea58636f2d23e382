package dev.helpdesk.customer.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Where an event type keeps personal data, in its JSON form: the subject's id in the top-level field
 * {@code subjectField}, the personal fields inside the object {@code holderField}, each with the value
 * it reads as once the subject is erased.
 */
public record PersonalFields(Class<?> payloadType, String subjectField, String holderField,
        Map<String, JsonNode> erasedValues) {

    public PersonalFields {
        erasedValues = Map.copyOf(erasedValues);
    }
}
