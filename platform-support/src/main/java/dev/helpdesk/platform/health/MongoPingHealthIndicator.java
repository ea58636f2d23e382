package dev.helpdesk.platform.health;

import com.mongodb.client.MongoClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Mongo health by {@code ping}. Boot's own indicator sends {@code hello}, which the embedded
 * MongoDB-wire server does not know; {@code ping} works there and on real MongoDB alike.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient mongo;
    private final Duration timeout;

    public MongoPingHealthIndicator(MongoClient mongo, Duration timeout) {
        super("MongoDB ping failed");
        this.mongo = mongo;
        this.timeout = timeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        Document reply = CompletableFuture
                .supplyAsync(() -> mongo.getDatabase("admin").runCommand(new Document("ping", 1)))
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        builder.up().withDetail("ok", reply.get("ok"));
    }
}
