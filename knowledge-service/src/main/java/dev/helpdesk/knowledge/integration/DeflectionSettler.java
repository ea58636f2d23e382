package dev.helpdesk.knowledge.integration;

import dev.helpdesk.eventsourcing.CommandDispatch;
import dev.helpdesk.eventsourcing.MessageMetadata;
import dev.helpdesk.knowledge.api.RecordDeflection;
import dev.helpdesk.knowledge.effectiveness.ArticleEffectiveness;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes each deflection once it is settled (decisions D93): a customer's portal search whose
 * window ({@code helpdesk.knowledge.deflection-window}) plus a grace for reading the tickets topic
 * late ({@code helpdesk.knowledge.deflection-grace}) is over, and that no ticket of that customer
 * followed, is recorded as a {@code DeflectionRecorded} event of its own aggregate, which the
 * event store's publisher puts on the knowledge topic. The search is marked settled only after the
 * event is stored; a crash in between records nothing twice (the aggregate takes a search once).
 */
@Component
class DeflectionSettler {

    private static final Logger log = LoggerFactory.getLogger(DeflectionSettler.class);
    private static final String ACTOR = "knowledge-service";
    private static final int BATCH = 500;

    private final ArticleEffectiveness effectiveness;
    private final CommandDispatch commands;
    private final Duration grace;
    private final Clock clock = Clock.systemUTC();

    DeflectionSettler(ArticleEffectiveness effectiveness, CommandDispatch commands,
            @Value("${helpdesk.knowledge.deflection-grace:PT5M}") Duration grace) {
        this.effectiveness = effectiveness;
        this.commands = commands;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${helpdesk.knowledge.deflection-check:PT30S}",
            initialDelayString = "${helpdesk.knowledge.deflection-check:PT30S}")
    void settle() {
        try {
            List<ArticleEffectiveness.Search> due;
            do {
                due = effectiveness.toSettle(clock.instant().minus(grace), BATCH);
                for (ArticleEffectiveness.Search search : due) {
                    if (!search.ledToTicket()) {
                        commands.sendAndWait(new RecordDeflection(search.id(), search.articleIds(), search.at()),
                                Map.of(MessageMetadata.ACTOR_ID, ACTOR));
                    }
                    effectiveness.settled(search.id());
                }
            } while (due.size() == BATCH);
        } catch (RuntimeException e) {
            // MongoDB or the event store away: the next run settles what is left.
            log.warn("Could not settle the portal searches' deflections now: {}", e.getMessage());
        }
    }
}
