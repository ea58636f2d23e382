package dev.helpdesk.ticket.groups.admin;

import dev.helpdesk.ticket.groups.api.CreateGroup;
import java.util.List;

/**
 * The support groups of the demo platform, members being the demo agents the local issuer hands
 * out tokens for. Service Desk L1 escalates functionally to Desktop Support L2; Network L2 is
 * the other second-level team, reached by assigning or escalating to it explicitly.
 */
final class DemoGroups {

    static final String SERVICE_DESK_L1 = "service-desk-l1";
    static final String DESKTOP_SUPPORT_L2 = "desktop-support-l2";
    static final String NETWORK_L2 = "network-l2";
    private static final String SUPERVISOR = "demo-supervisor";

    /** Next levels first: a group may only name an existing group as its next level. */
    static final List<CreateGroup> IN_CREATION_ORDER = List.of(
            new CreateGroup(DESKTOP_SUPPORT_L2, "Desktop Support L2", null, SUPERVISOR, List.of("demo-agent-l2")),
            new CreateGroup(NETWORK_L2, "Network L2", null, SUPERVISOR, List.of()),
            new CreateGroup(SERVICE_DESK_L1, "Service Desk L1", DESKTOP_SUPPORT_L2, SUPERVISOR, List.of("demo-agent")));

    private DemoGroups() {
    }
}
