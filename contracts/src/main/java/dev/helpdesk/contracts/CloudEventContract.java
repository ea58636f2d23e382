package dev.helpdesk.contracts;

/**
 * The envelope every event on Kafka is wrapped in: CloudEvents 1.0, structured JSON mode.
 * Besides the required attributes, two extensions: {@link #SEQUENCE} and {@link #TRACEPARENT}.
 */
public final class CloudEventContract {

    public static final String CONTENT_TYPE = "application/cloudevents+json";
    public static final String DATA_CONTENT_TYPE = "application/json";

    /**
     * The event's position in its aggregate's stream, starting at 1 and increasing by one per
     * event, so consumers can order and de-duplicate. It equals the aggregate's public
     * {@code version} right after that event.
     */
    public static final String SEQUENCE = "sequence";

    /** W3C trace context of the request that caused the event. */
    public static final String TRACEPARENT = "traceparent";

    /** Record headers a consumer adds to a record it sends to a dead-letter topic. */
    public static final String DLQ_REASON_HEADER = "x-exception-message";

    private CloudEventContract() {
    }
}
