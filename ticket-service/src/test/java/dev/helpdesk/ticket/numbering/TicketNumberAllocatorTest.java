package dev.helpdesk.ticket.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.bson.Document;
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
        // a store that is down fails a command within a second, not the driver's default 30 s
        client = MongoClients.create(server.bindAndGetConnectionString() + "/?serverSelectionTimeoutMS=1000");
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
        // three blocks handed out from, and the fourth claimed ahead (perhaps still under way)
        assertThat(claimedBlocks()).isBetween(3L, 4L);
    }

    @Test
    void theNextBlockIsClaimedAheadSoThatItsNumbersNeedNoRoundTrip() {
        TicketNumberAllocator numbers = new TicketNumberAllocator(database, 10);
        List<Long> handedOut = new ArrayList<>(IntStream.range(0, 4).mapToObj(i -> numbers.next().value()).toList());
        assertThat(claimedBlocks()).isEqualTo(1);

        handedOut.add(numbers.next().value()); // the fifth of ten sets off the claim of the next block
        await().atMost(Duration.ofSeconds(10)).until(() -> claimedBlocks() == 2);
        server.shutdownNow();
        handedOut.addAll(IntStream.range(0, 15).mapToObj(i -> numbers.next().value()).toList());

        assertThat(handedOut).containsExactlyElementsOf(LongStream.rangeClosed(1, 20).boxed().toList());
        assertThatThrownBy(numbers::next).isInstanceOf(MongoException.class);
        numbers.destroy();
    }

    @Test
    void aFailedClaimAheadFailsOnlyTheOpeningThatNeedsItsBlockAndTheNextOpeningClaimsAgain() {
        TicketNumberAllocator numbers = new TicketNumberAllocator(database, 4);
        assertThat(numbers.next().value()).isEqualTo(1);
        InetSocketAddress address = server.getLocalAddress();
        server.shutdownNow();

        // 2 sets off the claim ahead, which fails; 3 and 4 are still handed out from memory
        assertThat(List.of(numbers.next().value(), numbers.next().value(), numbers.next().value()))
                .containsExactly(2L, 3L, 4L);
        assertThatThrownBy(numbers::next).isInstanceOf(MongoException.class);

        server = new MongoServer(new MemoryBackend());
        server.bind(address);
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> database.runCommand(new Document("ping", 1)) != null);
        assertThat(numbers.next().value()).as("claimed anew, from a new and empty store").isEqualTo(1);
        numbers.destroy();
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

    private long claimedBlocks() {
        return database.getCollection(TicketNumberAllocator.CLAIMED_BLOCKS).countDocuments();
    }

    @Test
    void aBlockSizeBelowOneIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TicketNumberAllocator(database, 0))
                .withMessageContaining("number-block-size");
    }
}
