package dev.helpdesk.deploy.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexed backend must answer every query exactly as the stock backend does, which reads
 * every document: the same writes go to both over the wire, and each query's results are
 * compared, for the shapes the services send (the event store's reads by aggregate and by
 * timestamp, conditional updates by id and version, array fields) and for shapes no index serves.
 */
class IndexedH2BackendIntegrationTest {

    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

    @TempDir
    Path dataDir;

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    void everyQueryAnswersAsWithoutIndexesThroughWritesUpdatesAndDeletes() {
        MongoCollection<Document> stock = collection(new H2Backend(MVStore.open(null)));
        MongoCollection<Document> indexed = collection(new IndexedH2Backend(MVStore.open(null)));
        for (MongoCollection<Document> events : List.of(stock, indexed)) {
            createIndexes(events);
            events.insertMany(events(300, new Random(7)));
        }
        assertSameAnswers(stock, indexed);

        for (MongoCollection<Document> events : List.of(stock, indexed)) {
            Random random = new Random(11);
            for (int i = 0; i < 100; i++) {
                String id = "e" + random.nextInt(300);
                events.updateOne(Filters.and(Filters.eq("_id", id), Filters.lt("version", 3 + random.nextInt(3))),
                        Updates.combine(Updates.inc("version", 1), Updates.addToSet("tags", "t" + random.nextInt(9)),
                                Updates.set("aggregateIdentifier", "moved-" + i)));
            }
            events.deleteMany(Filters.in("_id", "e1", "e2", "e3", "e50", "e299"));
            events.deleteMany(Filters.and(Filters.eq("aggregateIdentifier", "agg-4"),
                    Filters.gte("sequenceNumber", 5)));
        }
        assertSameAnswers(stock, indexed);
    }

    @Test
    void aQuerySortedInAnIndexsOrderWithALimitAnswersAsWithoutIndexes() {
        MongoCollection<Document> stock = collection(new H2Backend(MVStore.open(null)));
        MongoCollection<Document> indexed = collection(new IndexedH2Backend(MVStore.open(null)));
        for (MongoCollection<Document> events : List.of(stock, indexed)) {
            createIndexes(events);
            events.createIndex(Indexes.ascending("eventIdentifier"));
            events.insertMany(events(300, new Random(13)));
            // sorted by its least tag, "a", which lies outside a range from "m" on
            events.insertOne(new Document("_id", "arrays").append("aggregateIdentifier", "agg-arrays")
                    .append("sequenceNumber", 0).append("tags", List.of("z", "a")));
            events.insertOne(new Document("_id", "one-tag").append("aggregateIdentifier", "agg-one-tag")
                    .append("sequenceNumber", 0).append("tags", List.of("m")));
        }
        Map<String, Function<MongoCollection<Document>, List<Document>>> queries = Map.of(
                "a range, sorted by its field", events -> events.find(Filters.gte("eventIdentifier", "ev-150"))
                        .sort(Sorts.ascending("eventIdentifier")).limit(5).into(new ArrayList<>()),
                "the same, skipping some", events -> events.find(Filters.gte("eventIdentifier", "ev-150"))
                        .sort(Sorts.ascending("eventIdentifier")).skip(3).limit(4).into(new ArrayList<>()),
                "a range and another condition", events -> events.find(Filters.and(
                        Filters.gte("eventIdentifier", "ev-100"), Filters.eq("version", 2)))
                        .sort(Sorts.ascending("eventIdentifier")).limit(3).into(new ArrayList<>()),
                "one aggregate, sorted by sequence", events -> events.find(Filters.eq("aggregateIdentifier", "agg-3"))
                        .sort(Sorts.ascending("sequenceNumber")).limit(3).into(new ArrayList<>()),
                "sorted by the least element of an array", events -> events.find(Filters.gte("tags", "m"))
                        .sort(Sorts.ascending("tags")).limit(1).into(new ArrayList<>()),
                "descending: not cut", events -> events.find(Filters.gte("eventIdentifier", "ev-150"))
                        .sort(Sorts.descending("eventIdentifier")).limit(2).into(new ArrayList<>()),
                "claimed by a sorted update", events -> List.of(events.findOneAndUpdate(Filters.and(
                        Filters.eq("aggregateIdentifier", "agg-5"), Filters.gte("sequenceNumber", 2)),
                        Updates.set("claimed", true), new FindOneAndUpdateOptions()
                                .sort(Sorts.ascending("sequenceNumber")).returnDocument(ReturnDocument.AFTER))));
        queries.forEach((name, query) -> assertThat(query.apply(indexed)).as(name).isEqualTo(query.apply(stock)));
        assertThat(indexed.find(Filters.gte("tags", "m")).sort(Sorts.ascending("tags")).first())
                .as("the array's document first").containsEntry("_id", "arrays");
    }

    @Test
    void theIndexesAreRebuiltWhenTheServerReopensItsFile() {
        String file = dataDir.resolve("indexed.mv").toString();
        List<Document> expected;
        IndexedH2Backend first = new IndexedH2Backend(file);
        MongoServer firstServer = new MongoServer(first);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + firstServer.bind().getPort())) {
            MongoCollection<Document> events = client.getDatabase("ticket-service").getCollection("domainevents");
            createIndexes(events);
            events.insertMany(events(200, new Random(3)));
            expected = events.find(Filters.and(Filters.eq("aggregateIdentifier", "agg-3"),
                    Filters.gte("sequenceNumber", 1))).sort(Sorts.ascending("sequenceNumber")).into(new ArrayList<>());
        } finally {
            firstServer.shutdownNow();
        }

        MongoCollection<Document> reopened = collection(new IndexedH2Backend(file));
        assertThat(expected).isNotEmpty();
        assertThat(reopened.find(Filters.and(Filters.eq("aggregateIdentifier", "agg-3"),
                Filters.gte("sequenceNumber", 1))).sort(Sorts.ascending("sequenceNumber")).into(new ArrayList<>()))
                .isEqualTo(expected);
        assertThat(reopened.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>()))
                .contains("uniqueAggregateIndex", "uniqueAggregateIndex" + IndexedH2Database.COMPANION_SUFFIX);
        reopened.insertOne(new Document("_id", "late").append("aggregateIdentifier", "agg-3")
                .append("sequenceNumber", 999).append("timestamp", "2026-11-28T00:00:00Z"));
        assertThat(reopened.find(Filters.and(Filters.eq("aggregateIdentifier", "agg-3"),
                Filters.gte("sequenceNumber", 999))).into(new ArrayList<>())).hasSize(1);

        // the unique indexes live in memory: rebuilt from the documents, they still refuse duplicates
        Object storedId = expected.get(0).get("_id");
        assertThat(reopened.find(Filters.eq("_id", storedId)).first()).isEqualTo(expected.get(0));
        assertThatExceptionOfType(MongoWriteException.class).isThrownBy(() -> reopened.insertOne(
                new Document("_id", storedId).append("aggregateIdentifier", "agg-new").append("sequenceNumber", 0)));
        assertThatExceptionOfType(MongoWriteException.class).isThrownBy(() -> reopened.insertOne(
                new Document("_id", "other").append("aggregateIdentifier", "agg-3").append("sequenceNumber", 999)));
    }

    @Test
    void aFileWrittenByTheStockBackendOpensWithEveryDocumentAndIndex() {
        String file = dataDir.resolve("stock.mv").toString();
        MongoServer stockServer = new MongoServer(new H2Backend(MVStore.open(file)));
        List<Document> written;
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + stockServer.bind().getPort())) {
            MongoCollection<Document> events = client.getDatabase("ticket-service").getCollection("domainevents");
            createIndexes(events);
            events.insertMany(events(50, new Random(5)));
            written = events.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
        } finally {
            stockServer.shutdownNow();
        }

        MongoCollection<Document> reopened = collection(new IndexedH2Backend(file));

        assertThat(reopened.find().sort(Sorts.ascending("_id")).into(new ArrayList<>())).isEqualTo(written);
        assertThat(reopened.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>()))
                .contains("_id_", "uniqueAggregateIndex");
        assertThatExceptionOfType(MongoWriteException.class).isThrownBy(() -> reopened.insertOne(written.get(0)));
    }

    /** Documents written again are stored as BSON (D106), beside the untouched Java-serialized ones. */
    @Test
    void aStockFileWrittenToAgainKeepsOldAndNewDocumentsAcrossRestarts() {
        String file = dataDir.resolve("stock.mv").toString();
        MongoServer stockServer = new MongoServer(new H2Backend(MVStore.open(file)));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + stockServer.bind().getPort())) {
            MongoCollection<Document> events = client.getDatabase("ticket-service").getCollection("domainevents");
            createIndexes(events);
            events.insertMany(events(50, new Random(5)));
        } finally {
            stockServer.shutdownNow();
        }
        List<Document> expected;
        IndexedH2Backend upgraded = new IndexedH2Backend(file);
        MongoServer upgradedServer = new MongoServer(upgraded);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + upgradedServer.bind().getPort())) {
            MongoCollection<Document> events = client.getDatabase("ticket-service").getCollection("domainevents");
            events.updateMany(Filters.lt("_id", "e3"), Updates.combine(Updates.inc("version", 1),
                    Updates.set("history", List.of(new Document("at", T0), new Document("uuid", new Random(1)
                            .ints(4).boxed().toList())))));
            events.insertOne(new Document("_id", "new").append("aggregateIdentifier", "agg-new")
                    .append("sequenceNumber", 0).append("at", T0));
            events.deleteOne(Filters.eq("_id", "e40"));
            expected = events.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
        } finally {
            upgradedServer.shutdownNow();
        }

        MongoCollection<Document> reopened = collection(new IndexedH2Backend(file));

        assertThat(expected).hasSize(50).anyMatch(document -> document.containsKey("history"));
        assertThat(reopened.find().sort(Sorts.ascending("_id")).into(new ArrayList<>())).isEqualTo(expected);
        assertThat(reopened.find(Filters.and(Filters.eq("aggregateIdentifier", "agg-new"),
                Filters.eq("sequenceNumber", 0))).into(new ArrayList<>())).hasSize(1);
    }

    @Test
    void uniquenessStillHolds() {
        MongoCollection<Document> events = collection(new IndexedH2Backend(MVStore.open(null)));
        createIndexes(events);
        events.insertOne(new Document("_id", "a").append("aggregateIdentifier", "agg-1").append("sequenceNumber", 0));

        Function<Document, Boolean> inserted = document -> {
            try {
                events.insertOne(document);
                return true;
            } catch (MongoWriteException e) {
                return false;
            }
        };

        assertThat(inserted.apply(new Document("_id", "b").append("aggregateIdentifier", "agg-1")
                .append("sequenceNumber", 0))).as("same aggregate and sequence").isFalse();
        assertThat(inserted.apply(new Document("_id", "a").append("aggregateIdentifier", "agg-2")
                .append("sequenceNumber", 0))).as("same _id").isFalse();
        assertThat(events.countDocuments()).isEqualTo(1);
    }

    private void assertSameAnswers(MongoCollection<Document> stock, MongoCollection<Document> indexed) {
        Map<String, Bson> filters = Map.ofEntries(
                Map.entry("events of one aggregate from a sequence",
                        Filters.and(Filters.eq("aggregateIdentifier", "agg-3"), Filters.gte("sequenceNumber", 2))),
                Map.entry("events after a timestamp, minus known ids",
                        Filters.and(Filters.gte("timestamp", T0.plusSeconds(100).toString()),
                                Filters.nin("eventIdentifier", "ev-120", "ev-121"))),
                Map.entry("one event of an aggregate",
                        Filters.and(Filters.eq("aggregateIdentifier", "agg-5"), Filters.eq("sequenceNumber", 4))),
                Map.entry("events of aggregates within sequences", Filters.and(
                        Filters.in("aggregateIdentifier", "agg-5", "agg-6"), Filters.gt("sequenceNumber", 3),
                        Filters.lt("sequenceNumber", 9))),
                Map.entry("conditional update shape", Filters.and(Filters.eq("_id", "e10"), Filters.lt("version", 9))),
                Map.entry("id equality among others, no match", Filters.and(Filters.eq("_id", "e10"),
                        Filters.gt("version", 99))),
                Map.entry("array field", Filters.eq("tags", "t2")),
                Map.entry("in on the leading field", Filters.in("aggregateIdentifier", "agg-1", "agg-7", "nobody")),
                Map.entry("range below", Filters.lt("timestamp", T0.plusSeconds(20).toString())),
                Map.entry("range between", Filters.and(Filters.gt("timestamp", T0.plusSeconds(20).toString()),
                        Filters.lte("timestamp", T0.plusSeconds(40).toString()))),
                Map.entry("dates from one on", Filters.gte("at", Date.from(T0.plusSeconds(50)))),
                Map.entry("dates after one and up to another", Filters.and(
                        Filters.gt("at", Date.from(T0.plusSeconds(10))),
                        Filters.lte("at", Date.from(T0.plusSeconds(30))))),
                Map.entry("dates before one", Filters.lt("at", Date.from(T0.plusSeconds(20)))),
                Map.entry("numbers of other types", Filters.eq("sequenceNumber", 3.0)),
                Map.entry("missing field", Filters.eq("aggregateIdentifier", null)),
                Map.entry("or, served by no index", Filters.or(Filters.eq("aggregateIdentifier", "agg-2"),
                        Filters.eq("tags", "t1"))),
                Map.entry("events after a timestamp, minus many known ids", Filters.and(
                        Filters.gte("timestamp", T0.plusSeconds(50).toString()),
                        Filters.nin("eventIdentifier", manyIds(0, 300, 3)))),
                Map.entry("many ids alone, at the top level", Filters.nin("eventIdentifier", manyIds(0, 300, 2))),
                Map.entry("not in, on a field some documents lack",
                        Filters.nin("aggregateIdentifier", List.of("agg-1", "agg-2", "agg-3"))),
                Map.entry("not in, on an array field", Filters.nin("tags", List.of("t1", "t2"))),
                Map.entry("not in, strings against numbers", Filters.nin("sequenceNumber", List.of("1", "2"))),
                Map.entry("not in, mixed types", Filters.nin("sequenceNumber", List.of(1, "2", 3.0))),
                Map.entry("not in with another clause on the same field", Filters.and(
                        Filters.nin("eventIdentifier", manyIds(0, 100, 1)), Filters.gte("eventIdentifier", "ev-5"))),
                Map.entry("in, many ids, at the top level", Filters.in("eventIdentifier", manyIds(0, 300, 2))),
                Map.entry("in, many ids, beside another clause", Filters.and(
                        Filters.in("eventIdentifier", manyIds(0, 300, 3)), Filters.gte("version", 2))),
                Map.entry("in, on a field some documents lack",
                        Filters.in("aggregateIdentifier", List.of("agg-0", "agg-1", "agg-2", "agg-3"))),
                Map.entry("in, on an array field", Filters.in("tags", List.of("t1", "t2"))),
                Map.entry("in, strings against numbers", Filters.in("sequenceNumber", List.of("1", "2"))),
                Map.entry("in, mixed types", Filters.in("sequenceNumber", List.of(1, "2", 3.0))),
                Map.entry("in, nothing listed", Filters.in("eventIdentifier", List.of())),
                Map.entry("everything", Filters.empty()));
        for (Map.Entry<String, Bson> filter : filters.entrySet()) {
            Bson order = Sorts.ascending("timestamp", "sequenceNumber", "_id");
            assertThat(indexed.find(filter.getValue()).sort(order).into(new ArrayList<>()))
                    .as(filter.getKey())
                    .isEqualTo(stock.find(filter.getValue()).sort(order).into(new ArrayList<>()));
            assertThat(indexed.find(filter.getValue()).sort(order).limit(5).into(new ArrayList<>()))
                    .as(filter.getKey() + ", limited")
                    .isEqualTo(stock.find(filter.getValue()).sort(order).limit(5).into(new ArrayList<>()));
        }
    }

    private static List<String> manyIds(int from, int to, int step) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < to; i += step) {
            ids.add("ev-" + i);
        }
        ids.add("not-stored");
        return ids;
    }

    /** The indexes Axon's Mongo event store and the ticket projections ask for. */
    private static void createIndexes(MongoCollection<Document> events) {
        events.createIndex(Indexes.ascending("aggregateIdentifier", "sequenceNumber"),
                new IndexOptions().unique(true).name("uniqueAggregateIndex"));
        events.createIndex(Indexes.ascending("timestamp", "sequenceNumber"));
        events.createIndex(Indexes.ascending("tags"));
        events.createIndex(Indexes.ascending("sequenceNumber"));
        events.createIndex(Indexes.ascending("at")); // as the reports' moments
    }

    private static List<Document> events(int count, Random random) {
        List<Document> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Document event = new Document("_id", "e" + i)
                    .append("eventIdentifier", "ev-" + i)
                    .append("aggregateIdentifier", "agg-" + (i % 20))
                    .append("sequenceNumber", i / 20)
                    .append("timestamp", T0.plusSeconds(random.nextInt(200)).toString())
                    .append("version", random.nextInt(6))
                    .append("at", Date.from(T0.plusSeconds(random.nextInt(100))));
            if (random.nextInt(5) > 0) {
                event.append("tags", List.of("t" + random.nextInt(9), "t" + random.nextInt(9)));
            }
            if (i % 37 == 0) {
                event.remove("aggregateIdentifier"); // a document without the leading field
                event.append("aggregateIdentifier-less", true);
            }
            events.add(event);
        }
        return events;
    }

    private MongoCollection<Document> collection(H2Backend backend) {
        MongoServer server = new MongoServer(backend);
        open.add(server::shutdownNow);
        MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        open.add(client);
        return client.getDatabase("ticket-service").getCollection("domainevents");
    }
}
