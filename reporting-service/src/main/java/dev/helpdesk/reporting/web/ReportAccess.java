package dev.helpdesk.reporting.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.security.Role;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may read which figures (docs/reports.md, "Who sees what"): supervisors and administrators
 * every group's; an agent only the groups in their token; customers and other systems none.
 */
final class ReportAccess {

    private ReportAccess() {
    }

    /**
     * The groups the caller's report is limited to: null for all tickets, else a set (empty for an
     * agent in no group, who then sees zeros). A denial is thrown to the security chain, so a 403
     * reads the same here as anywhere in the platform.
     *
     * @param groupId the group the caller asked for, or null
     */
    static Set<String> groupsFor(Caller caller, String groupId) {
        if (caller.hasAny(Role.SUPERVISOR, Role.ADMIN)) {
            return groupId == null ? null : Set.of(groupId);
        }
        if (caller.has(Role.AGENT)) {
            if (groupId == null) {
                return caller.groups();
            }
            if (!caller.groups().contains(groupId)) {
                throw new AccessDeniedException("An agent reads the reports of their own groups only, and "
                        + groupId + " is not one of them");
            }
            return Set.of(groupId);
        }
        throw new AccessDeniedException("Reports are for agents, supervisors and administrators");
    }
}
