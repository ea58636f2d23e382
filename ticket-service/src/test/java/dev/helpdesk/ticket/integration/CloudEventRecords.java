package dev.helpdesk.ticket.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A record of a topic read as the structured CloudEvent it holds, as any JSON client reads it. */
public final class CloudEventRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CloudEventRecords() {
    }

    public static JsonNode event(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode data(ConsumerRecord<String, byte[]> record) {
        return event(record).get("data");
    }

    public static String type(ConsumerRecord<String, byte[]> record) {
        return event(record).get("type").asText();
    }
}
