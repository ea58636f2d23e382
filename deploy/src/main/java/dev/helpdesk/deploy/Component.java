package dev.helpdesk.deploy;

import java.util.List;

/** The deployable modules the launcher runs as processes, each from {@code <module>/target/<module>.jar}. */
public enum Component {
    TICKET("ticket-service", "ticket"),
    ESCALATION("escalation-service", "escalation"),
    KNOWLEDGE("knowledge-service", "knowledge"),
    REPORTING("reporting-service", "reporting"),
    CUSTOMER("customer-service", "customer"),
    GATEWAY("gateway", "gateway");

    /** Maven module, jar name and log name. */
    public final String module;
    /** Short name: the gateway's {@code helpdesk.services.<name>.uri} key and the option {@code <name>-port}. */
    public final String shortName;

    Component(String module, String shortName) {
        this.module = module;
        this.shortName = shortName;
    }

    /** Everything behind the gateway. */
    public static List<Component> services() {
        return List.of(TICKET, ESCALATION, KNOWLEDGE, REPORTING, CUSTOMER);
    }
}
