package dev.helpdesk.customer.integration;

import dev.helpdesk.contracts.CloudEventContract;
import dev.helpdesk.contracts.ticket.ResolvedAsset;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketResolved;
import dev.helpdesk.customer.api.AssignAsset;
import dev.helpdesk.customer.api.CustomerIsErased;
import dev.helpdesk.customer.api.InvalidCustomerCommand;
import dev.helpdesk.customer.directory.CustomerAdministration;
import dev.helpdesk.customer.directory.UnknownCustomer;
import dev.helpdesk.eventsourcing.MessageMetadata;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Records on the requester the device a resolution handed over (issue 6 item 2, a fulfilled laptop
 * request): a {@code helpdesk.ticket.resolved.v1} that carries an {@code asset} becomes
 * {@link AssignAsset} with the asset id the ticket service chose, so the same resolution delivered
 * twice records one asset (the customer keeps an asset id once). Other ticket events are skipped. A
 * resolution whose asset cannot be recorded (no such customer, an erased one, an invalid device) will
 * not become recordable by retrying: it goes to the dead-letter topic at once, with the reason (a
 * record that fails for another reason, the database away, is retried first). Counted in
 * {@code helpdesk.customer.ticket-assets{outcome}}; the platform's dead-letter counter counts every
 * record of the tickets topic this service gave up on, whichever of its consumers it was.
 */
@Component
class TicketAssetRecorder {

    static final String METRIC = "helpdesk.customer.ticket-assets";

    private final CloudEventCodec codec;
    private final CustomerAdministration administration;
    private final Counter recorded;
    private final Counter skipped;
    private final Counter unrecordable;

    TicketAssetRecorder(CloudEventCodec codec, CustomerAdministration administration, MeterRegistry meters) {
        this.codec = codec;
        this.administration = administration;
        this.recorded = counter(meters, "recorded", "resolutions whose handed-over device is on the requester");
        this.skipped = counter(meters, "skipped", "ticket events that hand over no device");
        this.unrecordable = counter(meters, "unrecordable",
                "resolutions sent to the dead-letter topic at once: their device cannot be recorded");
    }

    void handle(byte[] record) {
        CloudEvent event = codec.decode(record);
        if (!TicketEventTypes.RESOLVED.equals(event.getType())) {
            skipped.increment();
            return;
        }
        TicketResolved resolved = codec.dataOf(event, TicketResolved.class);
        ResolvedAsset asset = resolved.asset();
        if (asset == null) {
            skipped.increment();
            return;
        }
        if (asset.assetId() == null || asset.assetId().isBlank() || asset.customerId() == null
                || asset.customerId().isBlank()) {
            unrecordable.increment();
            throw new MalformedEventException("Resolution " + event.getId() + " names no asset id or customer");
        }
        try {
            administration.assignAsset(new AssignAsset(asset.customerId(), asset.assetId(), asset.type(),
                    asset.model(), asset.serial(), asset.assetTag()), metadataOf(event, resolved));
        } catch (UnknownCustomer | CustomerIsErased | InvalidCustomerCommand e) {
            unrecordable.increment();
            throw new MalformedEventException("The asset of resolution " + event.getId() + " of ticket "
                    + resolved.ticketId() + " cannot be recorded: " + e.getMessage(), e);
        }
        recorded.increment();
    }

    /** The resolving agent is the actor of the assignment; the trace goes on from the resolution's request. */
    private static Map<String, Object> metadataOf(CloudEvent event, TicketResolved resolved) {
        Map<String, Object> metadata = new HashMap<>();
        if (resolved.by() != null) {
            metadata.put(MessageMetadata.ACTOR_ID, resolved.by());
        }
        Object traceparent = event.getExtension(CloudEventContract.TRACEPARENT);
        if (traceparent != null) {
            metadata.put(MessageMetadata.TRACEPARENT, traceparent.toString());
        }
        return metadata;
    }

    private static Counter counter(MeterRegistry meters, String outcome, String description) {
        return Counter.builder(METRIC).tag("outcome", outcome).description(description).register(meters);
    }
}
