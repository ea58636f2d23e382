package dev.helpdesk.ticket.web;

import dev.helpdesk.platform.security.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** Sends a command to the ticket with the request's metadata, and times it. */
@Component
class TicketCommands {

    private final CommandGateway commands;
    private final MeterRegistry meters;

    TicketCommands(CommandGateway commands, MeterRegistry meters) {
        this.commands = commands;
        this.meters = meters;
    }

    void send(Object command, Caller caller, HttpServletRequest request) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "success";
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(RequestContext.metadataOf(caller, request)));
        } catch (RuntimeException e) {
            outcome = "rejected";
            throw e;
        } finally {
            sample.stop(meters.timer("helpdesk.commands", "command", command.getClass().getSimpleName(),
                    "outcome", outcome));
        }
    }
}
