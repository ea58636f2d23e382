package dev.helpdesk.ticket.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against the MongoDB-wire server over the network, as the service uses it. */
class TicketNumberAllocatorTest {

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void startTheStore() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        database = client.getDatabase("ticket-service");
    }

    @AfterEach
    void stopTheStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void oneInstanceHandsOutConsecutiveNumbersFromOne() {
        TicketNumberAllocator numbers = new TicketNumberAllocator(database, 4);

        List<Long> handedOut = IntStream.range(0, 10).mapToObj(i -> numbers.next().value()).toList();

        assertThat(handedOut).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(database.getCollection(TicketNumberAllocator.CLAIMED_BLOCKS).countDocuments()).isEqualTo(3);
    }

    @Test
    void aRestartedInstanceContinuesAfterTheBlockItHadAndNeverRepeatsANumber() {
        TicketNumberAllocator before = new TicketNumberAllocator(database, 10);
        before.next();
        before.next();

        TicketNumberAllocator after = new TicketNumberAllocator(database, 10);

        assertThat(after.next().value()).isEqualTo(11);
    }

    @Test
    void instancesOpeningTicketsConcurrentlyNeverHandOutTheSameNumber() throws Exception {
        List<TicketNumberAllocator> instances = List.of(new TicketNumberAllocator(database, 3),
                new TicketNumberAllocator(database, 3), new TicketNumberAllocator(database, 3));
        ExecutorService threads = Executors.newFixedThreadPool(12);
        try {
            List<Callable<List<Long>>> openers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                TicketNumberAllocator instance = instances.get(i % instances.size());
                openers.add(() -> IntStream.range(0, 50).mapToObj(n -> instance.next().value()).toList());
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> opened : threads.invokeAll(openers)) {
                all.addAll(opened.get());
            }

            assertThat(all).hasSize(600).doesNotHaveDuplicates().allMatch(number -> number >= 1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aBlockSizeBelowOneIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TicketNumberAllocator(database, 0))
                .withMessageContaining("number-block-size");
    }
}
