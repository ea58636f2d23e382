package dev.helpdesk.platform.events;

import java.time.Instant;

/**
 * What a service publishes about one of its aggregates' events; {@link CloudEventCodec} wraps it
 * in the CloudEvents envelope of DESIGN.md section 3.
 *
 * @param id          unique and stable across re-publishing: the event store's event id
 * @param subject     the aggregate id, also the Kafka record key
 * @param sequence    the event's position in the aggregate's stream, from 1
 * @param traceparent W3C trace context, or {@code null}
 * @param data        an integration event record of the contracts module
 */
public record OutgoingEvent(String id, String source, String type, String subject, Instant time,
        long sequence, String traceparent, Object data) {
}
