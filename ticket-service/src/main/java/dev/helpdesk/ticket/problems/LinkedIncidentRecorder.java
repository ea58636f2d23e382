package dev.helpdesk.ticket.problems;

import dev.helpdesk.eventsourcing.CommandDispatch;
import dev.helpdesk.eventsourcing.MessageMetadata;
import dev.helpdesk.ticket.api.LinkKind;
import dev.helpdesk.ticket.api.RecordLinkedIncident;
import dev.helpdesk.ticket.api.TicketLinked;
import dev.helpdesk.ticket.api.TicketRejected;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells a problem about each incident linked to it ({@code CAUSED_BY}), so that the problem's
 * own stream lists its incidents: in its history, at any past instant, and for resolving them
 * together. Two aggregates cannot change in one command, so the incident's link comes first and
 * this tracking processor follows it (milliseconds later). Its token moves only after the
 * problem recorded the incident, and recording twice changes nothing, so no link is missed after
 * a crash or an outage and none is recorded twice.
 */
@Component
@ProcessingGroup(LinkedIncidentRecorder.PROCESSING_GROUP)
class LinkedIncidentRecorder {

    static final String PROCESSING_GROUP = "problem-incidents";

    private static final Logger LOG = LoggerFactory.getLogger(LinkedIncidentRecorder.class);

    private final CommandDispatch commands;

    LinkedIncidentRecorder(CommandDispatch commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(TicketLinked linked, MetaData metaData) {
        if (linked.kind() != LinkKind.CAUSED_BY) {
            return;
        }
        try {
            commands.send(new RecordLinkedIncident(linked.targetId(), linked.ticketId()), requestMetadataOf(metaData));
        } catch (TicketRejected | AggregateNotFoundException refused) {
            // The link was checked against the target when it was made, so this is data from before
            // that check; retrying cannot help, and holding the processor would stop every later link.
            LOG.warn("Incident {} names {} as its problem, which refuses it: {}", linked.ticketId(),
                    linked.targetId(), refused.getMessage());
        }
    }

    /** The problem's event names whoever linked the incident, and carries that request's trace. */
    private static Map<String, Object> requestMetadataOf(MetaData metaData) {
        Map<String, Object> carried = new HashMap<>();
        for (String key : MessageMetadata.PROPAGATED) {
            if (metaData.containsKey(key)) {
                carried.put(key, metaData.get(key));
            }
        }
        return carried;
    }
}
