package dev.helpdesk.reporting.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    private final ProjectionState projections;
    private final Map<String, ReportCube> cubes = new ConcurrentHashMap<>();

    public ReportCubes(ProjectionState projections) {
        this.projections = projections;
    }

    @Override
    public void beforeWriting(String collection) {
        cubeOf(collection);
    }

    @Override
    public void written(String collection, Document before, Document after) {
        cubeOf(collection).replace(before, after);
    }

    /** The serving collection's cube, read from its documents first if it is not known yet. */
    ReportCube serving() {
        ReportCube cube = cubeOf(projections.servingName());
        if (cubes.size() > 2) {
            forgetUnused(); // a collection replaced by a rebuild: its cube goes with it
        }
        return cube;
    }

    private ReportCube cubeOf(String collection) {
        ReportCube known = cubes.get(collection);
        if (known != null) {
            return known;
        }
        synchronized (this) {
            ReportCube cube = cubes.get(collection);
            if (cube == null) {
                boolean serving = collection.equals(projections.servingName());
                cube = serving ? read(projections.collection(collection)) : new ReportCube();
                cubes.put(collection, cube);
                forgetUnused();
            }
            return cube;
        }
    }

    private synchronized void forgetUnused() {
        Set<String> inUse = projections.writeTargets().stream()
                .map(target -> target.getNamespace().getCollectionName()).collect(Collectors.toSet());
        cubes.keySet().retainAll(inUse);
    }

    /**
     * Adds up every document of the collection. A document written before the cube existed has no
     * {@link TicketFields#MOMENTS}; it gets them here, on the version read, so the edges find it.
     */
    private static ReportCube read(MongoCollection<Document> tickets) {
        long started = System.nanoTime();
        ReportCube cube = new ReportCube();
        long documents = 0;
        for (Document ticket : tickets.find().projection(Projections.exclude(TicketFields.HISTORY)).batchSize(BATCH)) {
            if (!ticket.containsKey(TicketFields.MOMENTS)) {
                // flat, as TicketFactsProjection.WRITE_INDEX needs on the embedded server
                tickets.updateOne(new Document(TicketFields.TICKET_ID, ticket.get(TicketFields.TICKET_ID))
                        .append(TicketFields.VERSION, ticket.get(TicketFields.VERSION)),
                        Updates.set(TicketFields.MOMENTS, Contributions.momentsOf(ticket)));
            }
            cube.replace(null, ticket);
            documents++;
        }
        log.info("Read {} ticket documents of {} into the report cube in {} ms", documents,
                tickets.getNamespace().getCollectionName(), (System.nanoTime() - started) / 1_000_000);
        return cube;
    }
}
