package dev.helpdesk.ticket.web;

import dev.helpdesk.eventsourcing.CommandDispatch;
import dev.helpdesk.eventsourcing.RequestMetadata;
import dev.helpdesk.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** Sends a command to a ticket with the metadata of the request that caused it. */
@Component
class TicketCommands {

    private final CommandDispatch dispatch;

    TicketCommands(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    void send(Object command, Caller caller, HttpServletRequest request) {
        dispatch.send(command, RequestMetadata.of(caller, request));
    }
}
