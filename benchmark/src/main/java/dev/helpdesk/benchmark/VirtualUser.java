package dev.helpdesk.benchmark;

import dev.helpdesk.benchmark.GatewayClient.Reply;

/**
 * One closed-loop client: takes the next ticket of its phase, runs the whole scenario on it (each
 * command waits for the previous answer, whose version the next one needs for If-Match), and
 * only then takes the next. A failed command ends that ticket: without its answer the next
 * command would only fail on a stale version.
 */
final class VirtualUser implements Runnable {

    private final LoadPhase phase;
    private final GatewayClient gateway;
    private final Scenario scenario;

    VirtualUser(LoadPhase phase, GatewayClient gateway, Scenario scenario) {
        this.phase = phase;
        this.gateway = gateway;
        this.scenario = scenario;
    }

    @Override
    public void run() {
        try {
            for (int ticket = phase.nextTicket(); ticket > 0; ticket = phase.nextTicket()) {
                runTicket(ticket);
            }
        } catch (InterruptedException e) {
            // the phase timed out and stopped its users
            Thread.currentThread().interrupt();
        }
    }

    /** Every scenario starts with OPEN; each later command works on the ticket the previous answer showed. */
    private void runTicket(int ticket) throws InterruptedException {
        Reply last = null;
        for (Command command : scenario.commands()) {
            Reply reply;
            if (command == Command.OPEN) {
                phase.pacer().awaitTurn();
                reply = gateway.open(phase.subjectOf(ticket));
            } else {
                reply = gateway.act(command, last.id(), last.version());
            }
            if (!phase.record(command, reply)) {
                return;
            }
            last = reply;
        }
        if (last != null) {
            phase.completed(last.id());
        }
    }
}
