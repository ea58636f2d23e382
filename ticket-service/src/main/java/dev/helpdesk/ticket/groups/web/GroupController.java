package dev.helpdesk.ticket.groups.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.ticket.groups.admin.GroupAdministration;
import dev.helpdesk.ticket.groups.admin.UnknownGroup;
import dev.helpdesk.ticket.groups.api.CreateGroup;
import dev.helpdesk.ticket.groups.query.GroupDirectory;
import dev.helpdesk.ticket.groups.query.GroupView;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Support groups and their agents. Anyone on staff and integrations may read; only admins change
 * groups ({@link GroupAccess} checks that before a body is read). Changing member or escalation
 * answers 200 with the group, also when nothing had to change, so a retry is harmless.
 */
@RestController
@RequestMapping(GroupController.PATH)
class GroupController {

    static final String PATH = "/api/v1/groups";

    private final GroupDirectory directory;
    private final GroupAdministration administration;

    GroupController(GroupDirectory directory, GroupAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    @GetMapping
    GroupList all() {
        return GroupList.of(directory.all());
    }

    @GetMapping("/{id}")
    GroupView get(@PathVariable String id) {
        return directory.find(id).orElseThrow(() -> new UnknownGroup(id));
    }

    @PostMapping
    ResponseEntity<GroupView> create(@Valid @RequestBody CreateGroupRequest request, Caller caller) {
        String id = request.id() != null ? request.id() : UUID.randomUUID().toString();
        GroupView group = administration.create(new CreateGroup(id, request.name(), request.nextLevelGroupId(),
                request.supervisorId(), request.members()), caller.id());
        return ResponseEntity.created(URI.create(PATH + "/" + id)).body(group);
    }

    @PostMapping("/{id}/members")
    GroupView addMember(@PathVariable String id, @Valid @RequestBody AddMemberRequest request, Caller caller) {
        return administration.addMember(id, request.agentId(), caller.id());
    }

    @DeleteMapping("/{id}/members/{agentId}")
    GroupView removeMember(@PathVariable String id, @PathVariable String agentId, Caller caller) {
        return administration.removeMember(id, agentId, caller.id());
    }

    @PostMapping("/{id}/escalation")
    GroupView changeEscalation(@PathVariable String id, @Valid @RequestBody ChangeEscalationRequest request,
            Caller caller) {
        return administration.changeEscalation(id, request.nextLevelGroupId(), request.supervisorId(), caller.id());
    }
}
