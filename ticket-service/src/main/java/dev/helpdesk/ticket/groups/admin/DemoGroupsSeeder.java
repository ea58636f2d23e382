package dev.helpdesk.ticket.groups.admin;

import dev.helpdesk.ticket.groups.api.CreateGroup;
import dev.helpdesk.ticket.groups.api.InvalidGroupCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Creates the demo support groups at start-up, before the service reports ready. Safe to run on
 * every start and on several instances at once: a group that exists, or that another instance
 * creates at the same moment (the event store admits one creation per id), counts as done, and
 * an existing group is never changed, whatever admins did to it since. Switch it off with
 * {@code helpdesk.groups.seed-demo=false}.
 */
@Component
@ConditionalOnProperty(name = "helpdesk.groups.seed-demo", havingValue = "true", matchIfMissing = true)
public class DemoGroupsSeeder implements ApplicationRunner {

    static final String ACTOR = "ticket-service";
    private static final Logger LOG = LoggerFactory.getLogger(DemoGroupsSeeder.class);

    private final GroupAdministration administration;

    DemoGroupsSeeder(GroupAdministration administration) {
        this.administration = administration;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = seed();
        LOG.info("Demo support groups: {} created, {} already present", created,
                DemoGroups.IN_CREATION_ORDER.size() - created);
    }

    /** @return how many groups this call created (0 when all were there already) */
    public int seed() {
        int created = 0;
        for (CreateGroup group : DemoGroups.IN_CREATION_ORDER) {
            try {
                administration.create(group, ACTOR);
                created++;
            } catch (GroupConflict conflict) {
                if (!"id".equals(conflict.field())) {
                    LOG.warn("Demo group {} not created: {}", group.groupId(), conflict.getMessage());
                }
            } catch (InvalidGroupCommand invalid) {
                // e.g. its next level could not be seeded: the rest of the service works without it
                LOG.warn("Demo group {} not created: {}", group.groupId(), invalid.getMessage());
            }
        }
        return created;
    }
}
