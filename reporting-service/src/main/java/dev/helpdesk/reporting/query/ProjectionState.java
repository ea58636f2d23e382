package dev.helpdesk.reporting.query;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Which collection of ticket facts serves the reports, and which one a rebuild is filling, shared
 * by every instance through one document ({@value #COLLECTION}). Reports read the serving one;
 * events are written to both while a rebuild runs, so the new one misses nothing that arrives
 * meanwhile. Each instance rereads the document at most every {@link #REFRESH}, so a rebuild waits
 * a little longer than that before it starts reading, and before it drops the old collection.
 */
@Component
public class ProjectionState {

    public static final Duration REFRESH = Duration.ofSeconds(1);
    static final String COLLECTION = "projection_state";
    /** Per layout: a new layout (a new {@link TicketFacts#COLLECTION}) starts with a state of its own. */
    private static final String ID = TicketFacts.COLLECTION;
    private static final String SERVING = "serving";
    private static final String BUILDING = "building";
    private static final String HEARTBEAT = "heartbeat";
    private static final String ARTICLES = "_articles";
    private static final String DEFLECTIONS = "_deflections";
    /** A rebuild not heard of for this long died with its instance: another may take its place. */
    public static final Duration STALE = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(ProjectionState.class);

    private final MongoDatabase database;
    private final MongoCollection<Document> states;
    private volatile Snapshot snapshot;
    private volatile long readAt;

    /** @param building null when no rebuild runs */
    record Snapshot(String serving, String building) {
    }

    public ProjectionState(MongoDatabase reportingDatabase) {
        this.database = reportingDatabase;
        this.states = reportingDatabase.getCollection(COLLECTION);
    }

    /** The collection the reports read. */
    public MongoCollection<Document> serving() {
        return database.getCollection(current().serving());
    }

    public String servingName() {
        return current().serving();
    }

    /** The collections each event is written to: the serving one, then the one being built. */
    List<MongoCollection<Document>> writeTargets() {
        Snapshot now = current();
        List<MongoCollection<Document>> targets = new ArrayList<>(List.of(database.getCollection(now.serving())));
        if (now.building() != null) {
            targets.add(database.getCollection(now.building()));
        }
        return targets;
    }

    /**
     * The knowledge articles kept beside a collection of ticket facts ({@code <name>_articles}):
     * built, switched and dropped with it, so a rebuild rebuilds them too.
     */
    public MongoCollection<Document> articlesOf(MongoCollection<Document> tickets) {
        return database.getCollection(tickets.getNamespace().getCollectionName() + ARTICLES);
    }

    public MongoCollection<Document> servingArticles() {
        return articlesOf(serving());
    }

    /** The deflections kept beside a collection of ticket facts ({@code <name>_deflections}), likewise. */
    public MongoCollection<Document> deflectionsOf(MongoCollection<Document> tickets) {
        return database.getCollection(tickets.getNamespace().getCollectionName() + DEFLECTIONS);
    }

    public MongoCollection<Document> servingDeflections() {
        return deflectionsOf(serving());
    }

    /** Drops a collection of ticket facts and the articles and deflections kept beside it. */
    public void drop(String name) {
        database.getCollection(name).drop();
        database.getCollection(name + ARTICLES).drop();
        database.getCollection(name + DEFLECTIONS).drop();
    }

    public MongoCollection<Document> collection(String name) {
        return database.getCollection(name);
    }

    /**
     * Records that {@code name} is being built, unless a rebuild already runs (anywhere).
     *
     * @return false if one already runs
     */
    public boolean startBuilding(String name) {
        Document stored = states.find(Filters.eq("_id", ID)).first();
        Snapshot now = reload();
        String stale = null;
        if (now.building() != null) {
            Date heartbeat = stored == null ? null : stored.getDate(HEARTBEAT);
            if (heartbeat != null && heartbeat.toInstant().plus(STALE).isAfter(Instant.now())) {
                return false;
            }
            stale = now.building(); // its instance stopped: take its place, and drop what it left
        }
        try {
            // Matches only while nobody (alive) builds; with no state yet it inserts one.
            states.replaceOne(Filters.and(Filters.eq("_id", ID), Filters.eq(BUILDING, stale)),
                    document(new Snapshot(now.serving(), name)).append(HEARTBEAT, new Date()),
                    new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false; // another instance started one an instant ago: no match, and the insert clashed
            }
            throw e;
        }
        boolean started = name.equals(reload().building());
        if (started && stale != null) {
            drop(stale);
        }
        return started;
    }

    /** The running rebuild is alive; without this for {@link #STALE}, another may replace it. */
    public void heartbeat(String name) {
        states.updateOne(Filters.and(Filters.eq("_id", ID), Filters.eq(BUILDING, name)),
                new Document("$set", new Document(HEARTBEAT, new Date())));
    }

    /** The rebuilt collection serves from now on; returns the one it replaces. */
    public String switchTo(String name) {
        String previous = reload().serving();
        states.replaceOne(Filters.eq("_id", ID), document(new Snapshot(name, null)), new ReplaceOptions().upsert(true));
        reload();
        return previous;
    }

    /** A rebuild that failed: the serving collection stays, the unfinished one is dropped. */
    public void abandon(String name) {
        Snapshot now = reload();
        states.replaceOne(Filters.eq("_id", ID), document(new Snapshot(now.serving(), null)),
                new ReplaceOptions().upsert(true));
        reload();
        drop(name);
    }

    /** Creates the reports' indexes on a collection of ticket facts. */
    public void prepare(String name) {
        ReportingMongoConfiguration.createIndexes(database.getCollection(name));
    }

    private Snapshot current() {
        if (snapshot == null || System.currentTimeMillis() - readAt > REFRESH.toMillis()) {
            try {
                return reload();
            } catch (RuntimeException e) {
                if (snapshot == null) {
                    throw e;
                }
                log.debug("Could not reread the projection state, keeping the last one: {}", e.getMessage());
            }
        }
        return snapshot;
    }

    private Snapshot reload() {
        Document stored = states.find(Filters.eq("_id", ID)).first();
        Snapshot read = stored == null ? new Snapshot(TicketFacts.COLLECTION, null)
                : new Snapshot(stored.getString(SERVING), stored.getString(BUILDING));
        snapshot = read;
        readAt = System.currentTimeMillis();
        return read;
    }

    private static Document document(Snapshot snapshot) {
        return new Document("_id", ID).append(SERVING, snapshot.serving()).append(BUILDING, snapshot.building());
    }
}
