package dev.helpdesk.escalation.admin.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.helpdesk.escalation.admin.Change;
import dev.helpdesk.escalation.admin.IdTaken;
import dev.helpdesk.escalation.admin.NotFound;
import dev.helpdesk.escalation.admin.StaleVersion;
import dev.helpdesk.escalation.admin.Versioned;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The versioned store against a real MongoDB-wire server, with writers forced to interleave:
 * both have read the same version before either writes, the race an HTTP test can only hope for.
 */
class VersionedDocumentsIntegrationTest {

    record Note(String id, String text) {
    }

    /** Maps notes, and can hold the first readers of a change until all of them have read. */
    static final class NoteMapping implements DocumentMapping<Note> {

        private final AtomicInteger reads = new AtomicInteger();
        private volatile CyclicBarrier readersMeet;

        @Override
        public String idOf(Note note) {
            return note.id();
        }

        @Override
        public Document toDocument(Note note) {
            return new Document("text", note.text());
        }

        @Override
        public Note fromDocument(String id, Document fields) {
            CyclicBarrier barrier = readersMeet;
            if (barrier != null && reads.incrementAndGet() <= barrier.getParties()) {
                try {
                    barrier.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return new Note(id, fields.getString("text"));
        }

        /** The next {@code writers} reads (one per change, before it writes) wait for each other. */
        void interleave(int writers) {
            reads.set(0);
            readersMeet = new CyclicBarrier(writers);
        }
    }

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private NoteMapping mapping;
    private VersionedDocuments<Note> notes;

    @BeforeEach
    void startServer() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        database = client.getDatabase("escalation-test");
        mapping = new NoteMapping();
        notes = new VersionedDocuments<>("note", database, "notes", "note_changes", mapping, Clock.systemUTC());
        notes.createIndexes();
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.shutdown();
    }

    @Test
    void ofTwoWritersThatReadTheSameVersionOnlyOneWritesAndTheOtherIsToldItIsStale() throws Exception {
        notes.create(new Note("n-1", "first"), "alice");
        mapping.interleave(2);

        List<Object> outcomes = concurrently(
                () -> notes.update(new Note("n-1", "by bob"), 1L, "bob"),
                () -> notes.update(new Note("n-1", "by carol"), 1L, "carol"));

        assertThat(outcomes).filteredOn(outcome -> outcome instanceof Versioned<?>).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome instanceof StaleVersion).hasSize(1);
        Versioned<Note> now = notes.find("n-1").orElseThrow();
        assertThat(now.version()).isEqualTo(2);
        assertThat(notes.history("n-1")).extracting(change -> change.after().value().text())
                .containsExactly("first", now.value().text());
    }

    @Test
    void withoutAnExpectedVersionTheLoserTriesAgainOnTheNewVersionAndBothChangesAreRecorded() throws Exception {
        notes.create(new Note("n-2", "first"), "alice");
        mapping.interleave(2);

        List<Object> outcomes = concurrently(
                () -> notes.update(new Note("n-2", "by bob"), null, "bob"),
                () -> notes.update(new Note("n-2", "by carol"), null, "carol"));

        assertThat(outcomes).allMatch(outcome -> outcome instanceof Versioned<?>);
        assertThat(notes.find("n-2").orElseThrow().version()).isEqualTo(3);
        List<Change<Note>> history = notes.history("n-2");
        assertThat(history).extracting(change -> change.after().version()).containsExactly(1L, 2L, 3L);
        assertThat(history).extracting(Change::by).containsExactlyInAnyOrder("alice", "bob", "carol");
    }

    @Test
    void aCreationUnderATakenIdChangesNothing() {
        notes.create(new Note("n-3", "first"), "alice");

        assertThatThrownBy(() -> notes.create(new Note("n-3", "second"), "bob")).isInstanceOf(IdTaken.class);
        assertThat(notes.find("n-3").orElseThrow().value().text()).isEqualTo("first");
        assertThat(notes.history("n-3")).hasSize(1);
    }

    @Test
    void changingOrReadingTheHistoryOfAnUnknownIdIsNotFound() {
        assertThatThrownBy(() -> notes.update(new Note("n-4", "x"), null, "bob")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> notes.history("n-4")).isInstanceOf(NotFound.class);
        assertThat(notes.exists("n-4")).isFalse();
    }

    @Test
    void aRecordMissingAfterACrashIsWrittenByTheNextHistoryRead() {
        notes.create(new Note("n-5", "first"), "alice");
        notes.update(new Note("n-5", "second"), 1L, "bob");
        database.getCollection("note_changes").deleteOne(new Document("_id", "n-5@2"));

        assertThat(notes.history("n-5")).extracting(Change::by, change -> change.after().value().text())
                .containsExactly(tuple("alice", "first"),
                        tuple("bob", "second"));
    }

    @Test
    void pagesAreInIdOrderWithTheTotal() {
        for (String id : List.of("n-c", "n-a", "n-b")) {
            notes.create(new Note(id, id), "alice");
        }

        VersionedDocuments.Page<Note> second = notes.page(1, 2);

        assertThat(second.items()).extracting(stored -> stored.value().id()).containsExactly("n-c");
        assertThat(second.total()).isEqualTo(3);
        assertThat(notes.all()).extracting(Note::id).containsExactly("n-a", "n-b", "n-c");
    }

    @SafeVarargs
    private static List<Object> concurrently(Callable<Object>... writers) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(writers.length);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> writer : writers) {
                futures.add(threads.submit(() -> {
                    try {
                        return writer.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(20, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}
