package dev.helpdesk.ticket.channels;

import dev.helpdesk.platform.events.CloudEventCodec;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One record of the channels topic, handed to the {@link ChannelEventHandler} of its type; a type
 * without a handler is counted and skipped (the topic will carry more than this service reads). A
 * record that is not a CloudEvent, or that its handler finds malformed, goes to the dead-letter topic
 * (the binding's retry settings). Counted in {@value #EVENTS}{@code {type, outcome}}.
 */
@Component
class ChannelEventDispatcher {

    static final String EVENTS = "helpdesk.tickets.channel-events";

    private static final Logger log = LoggerFactory.getLogger(ChannelEventDispatcher.class);

    private final CloudEventCodec codec;
    private final Map<String, ChannelEventHandler> handlers;
    private final MeterRegistry meters;
    private final Counter otherType;
    private final Counter deadLettered;

    ChannelEventDispatcher(CloudEventCodec codec, List<ChannelEventHandler> handlers, MeterRegistry meters) {
        this.codec = codec;
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(ChannelEventHandler::type,
                Function.identity()));
        this.meters = meters;
        this.otherType = counter("other", "other-type", "channel events of a type the ticket service does not read");
        this.deadLettered = counter("any", "dead-lettered", "channel records sent to the dead-letter topic");
    }

    void handle(byte[] record) {
        CloudEvent event = codec.decode(record);
        ChannelEventHandler handler = handlers.get(event.getType());
        if (handler == null) {
            otherType.increment();
            return;
        }
        String outcome = handler.handle(event);
        log.info("Channel event {} ({}) for {}: {}", event.getId(), event.getType(), event.getSubject(), outcome);
        counter(event.getType(), outcome, "channel events carried out, by type and outcome").increment();
    }

    void deadLettered() {
        deadLettered.increment();
    }

    private Counter counter(String type, String outcome, String description) {
        return Counter.builder(EVENTS).tag("type", type).tag("outcome", outcome).description(description)
                .register(meters);
    }
}
