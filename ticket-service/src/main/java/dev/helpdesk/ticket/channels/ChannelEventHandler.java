package dev.helpdesk.ticket.channels;

import io.cloudevents.CloudEvent;

/**
 * Turns one type of event of the channels topic into what it asks of the tickets (an alert's incident;
 * an inbound e-mail's ticket or reply later). Each is a bean; {@link ChannelEventDispatcher} hands every record
 * to the handler of its type.
 */
public interface ChannelEventHandler {

    /** The CloudEvents type handled, e.g. {@code helpdesk.alert.received.v1}. */
    String type();

    /**
     * Carries the event out, idempotently: the same event delivered again changes nothing.
     *
     * @return what happened, a short kebab-case word counted in the {@code outcome} tag of the metric
     * @throws dev.helpdesk.platform.events.MalformedEventException if the event cannot be read or applied
     */
    String handle(CloudEvent event);
}
