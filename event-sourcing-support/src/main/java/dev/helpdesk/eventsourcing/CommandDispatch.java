package dev.helpdesk.eventsourcing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Sends a command with its metadata and waits for the outcome, timing every command the same
 * way ({@code helpdesk.commands{command, outcome}}), whichever aggregate it is for.
 */
public class CommandDispatch {

    private final CommandGateway commands;
    private final MeterRegistry meters;

    public CommandDispatch(CommandGateway commands, MeterRegistry meters) {
        this.commands = commands;
        this.meters = meters;
    }

    public void send(Object command, Map<String, ?> metadata) {
        sendAndWait(command, metadata);
    }

    /** Like {@link #send}, answering what the command handler returned. */
    public <R> R sendAndWait(Object command, Map<String, ?> metadata) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "success";
        try {
            return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
        } catch (RuntimeException e) {
            outcome = "rejected";
            throw e;
        } finally {
            sample.stop(meters.timer("helpdesk.commands", "command", command.getClass().getSimpleName(),
                    "outcome", outcome));
        }
    }
}
