package dev.helpdesk.knowledge.seed;

import dev.helpdesk.eventsourcing.CommandDispatch;
import dev.helpdesk.eventsourcing.MessageMetadata;
import dev.helpdesk.knowledge.api.CreateArticle;
import dev.helpdesk.knowledge.api.PublishArticle;
import dev.helpdesk.knowledge.api.SubmitArticleForReview;
import dev.helpdesk.knowledge.query.ArticleTimeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Seeds a handful of real articles in English and German (issue 5, point 7) so that a new user
 * sees search working at once. Each goes through the aggregate like any other (created,
 * submitted, published by {@value #SEED_ACTOR}), so it has its history and its events on Kafka.
 * An article already in the store is left alone, however it was edited since: seeding is
 * idempotent, and a concurrent instance that seeds the same article first wins (its creation is
 * the one the store accepts).
 */
@Component
@ConditionalOnProperty(name = "helpdesk.knowledge.seed-articles", havingValue = "true", matchIfMissing = true)
class ArticleSeeder implements ApplicationRunner {

    static final String SEED_ACTOR = "helpdesk-seed";
    private static final String LOCATION = "classpath:dev/helpdesk/knowledge/seed/articles/*.md";
    private static final Logger log = LoggerFactory.getLogger(ArticleSeeder.class);

    private final CommandDispatch commands;
    private final ArticleTimeline timeline;

    ArticleSeeder(CommandDispatch commands, ArticleTimeline timeline) {
        this.commands = commands;
        this.timeline = timeline;
    }

    @Override
    public void run(ApplicationArguments args) {
        int seeded = 0;
        for (SeedArticle article : articles()) {
            if (timeline.current(article.id()).isPresent()) {
                continue;
            }
            try {
                Map<String, Object> metadata = Map.of(MessageMetadata.ACTOR_ID, SEED_ACTOR);
                commands.send(new CreateArticle(article.id(), article.kind(), article.language(), article.content(),
                        SEED_ACTOR, null), metadata);
                commands.send(new SubmitArticleForReview(article.id(), null), metadata);
                commands.send(new PublishArticle(article.id(), null), metadata);
                seeded++;
            } catch (RuntimeException e) {
                log.warn("Seed article {} ({}) not seeded here: {}", article.id(), article.content().title(),
                        e.toString());
            }
        }
        if (seeded > 0) {
            log.info("Seeded {} knowledge articles", seeded);
        }
    }

    static List<SeedArticle> articles() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            List<Resource> sorted = new ArrayList<>(List.of(files));
            sorted.sort(Comparator.comparing(Resource::getFilename));
            List<SeedArticle> articles = new ArrayList<>();
            for (Resource file : sorted) {
                try (InputStream in = file.getInputStream()) {
                    articles.add(SeedArticle.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seed articles", e);
        }
    }
}
