package dev.helpdesk.ticket.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.ticket.config.CommandDispatch;
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
        dispatch.send(command, RequestContext.metadataOf(caller, request));
    }
}
