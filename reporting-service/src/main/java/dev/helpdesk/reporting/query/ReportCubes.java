package dev.helpdesk.reporting.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The report cube of each collection of ticket facts in use: the serving one, read once from its
 * documents when first needed (at start), and one a rebuild fills, which starts empty as its
 * collection does and so needs no reading. Every write to a collection goes through its cube
 * ({@link TicketFactsWrites}); a write waits while the cube reads its collection, so no write can
 * slip between the reading and the cube.
 *
 * <p>Each instance keeps its own cubes from the writes it makes, so the reports assume one
 * reporting instance per projection (D105).
 */
@Component
public class ReportCubes implements TicketFactsWrites {

    private static final Logger log = LoggerFactory.getLogger(ReportCubes.class);
    private static final int BATCH = 2_000;
    /** How long a report waits for a cube still reading its collection before it answers 503. */
    private static final Duration QUERY_WAIT = Duration.ofSeconds(5);

    private final ProjectionState projections;
    private final Map<String, CompletableFuture<ReportCube>> cubes = new ConcurrentHashMap<>();

    public ReportCubes(ProjectionState projections) {
        this.projections = projections;
    }

    @Override
    public void beforeWriting(String collection) {
        await(cubeOf(collection));
    }

    @Override
    public void written(String collection, Document before, Document after) {
        await(cubeOf(collection)).replace(before, after);
    }

    /**
     * The serving collection's cube; the first call reads it from its documents (at start, see
     * {@link ReportingMongoConfiguration}), and reports wait at most {@link #QUERY_WAIT} for that.
     *
     * @throws ReportsNotReadyException while the cube is still being read
     */
    ReportCube serving() {
        CompletableFuture<ReportCube> cube = cubeOf(projections.servingName());
        if (cubes.size() > 1) {
            forgetUnused(); // a collection a rebuild replaced: its cube goes with it
        }
        try {
            return cube.get(QUERY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ReportsNotReadyException();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportsNotReadyException();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the report cube could not be read", e.getCause());
        }
    }

    /** Reads the serving collection's cube now, so that the first report need not wait for it. */
    public void prepare() {
        await(cubeOf(projections.servingName()));
    }

    /** The cube once read; a failed reading's own exception (MongoDB down: retried as transient, D49). */
    private static ReportCube await(CompletableFuture<ReportCube> cube) {
        try {
            return cube.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The collection's cube, being read or read. The first caller for the serving collection reads
     * it in its own thread while later callers wait; a reading that fails is forgotten, so the next
     * caller tries again. Any other collection is one a rebuild fills: its cube starts empty.
     */
    private CompletableFuture<ReportCube> cubeOf(String collection) {
        CompletableFuture<ReportCube> known = cubes.get(collection);
        if (known != null) {
            return known;
        }
        CompletableFuture<ReportCube> created = new CompletableFuture<>();
        CompletableFuture<ReportCube> raced = cubes.putIfAbsent(collection, created);
        if (raced != null) {
            return raced;
        }
        try {
            created.complete(collection.equals(projections.servingName())
                    ? read(projections.collection(collection)) : new ReportCube());
        } catch (RuntimeException e) {
            cubes.remove(collection, created);
            created.completeExceptionally(e);
            throw e;
        }
        forgetUnused();
        return created;
    }

    private void forgetUnused() {
        Set<String> inUse = projections.writeTargets().stream()
                .map(target -> target.getNamespace().getCollectionName()).collect(Collectors.toSet());
        cubes.keySet().retainAll(inUse);
    }

    /** Adds up every document of the collection. */
    private static ReportCube read(MongoCollection<Document> tickets) {
        long started = System.nanoTime();
        ReportCube cube = new ReportCube();
        long documents = 0;
        for (Document ticket : tickets.find().projection(Projections.exclude(TicketFields.HISTORY)).batchSize(BATCH)) {
            cube.replace(null, ticket);
            documents++;
        }
        log.info("Read {} ticket documents of {} into the report cube in {} ms", documents,
                tickets.getNamespace().getCollectionName(), (System.nanoTime() - started) / 1_000_000);
        return cube;
    }
}
