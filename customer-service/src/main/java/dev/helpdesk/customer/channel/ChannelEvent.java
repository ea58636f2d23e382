package dev.helpdesk.customer.channel;

/**
 * What one stored event puts on the channels topic: its CloudEvents {@code type} and its data, a
 * record of the contracts module. The envelope's id, subject, time, sequence and trace context are the
 * stored event's own.
 */
public record ChannelEvent(String type, Object data) {
}
