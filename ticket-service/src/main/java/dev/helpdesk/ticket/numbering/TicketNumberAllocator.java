package dev.helpdesk.ticket.numbering;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import dev.helpdesk.ticket.api.TicketNumber;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.bson.Document;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Hands out ticket numbers HD-000001, HD-000002, … that never repeat, also across several
 * service instances. Numbers are taken from the store a block at a time and handed out from
 * memory: opening a ticket costs no round trip for its number except once per block, where one
 * per ticket was a measurable share of a creation's cost (docs/decisions.md D7).
 *
 * <p>A counter document proposes the next block; the block is then claimed by inserting its last
 * number as the {@code _id} of a claims document, which the unique {@code _id} index lets succeed
 * only once. Real MongoDB never proposes a block twice; the embedded MongoDB-wire server can under
 * concurrent increments, and the claim catches that (every block has the same size, so two
 * proposals either coincide or do not overlap).
 *
 * <p>The next block is claimed in the background once half of the current one is handed out
 * (D119). Claimed while every opener waited, as before, the two round trips held up all the
 * creations in flight once every ten tickets: under load the ticket service's requests spent more
 * time waiting for this lock than for anything else.
 *
 * <p>Numbers of a block not used before the instance stops are never handed out, and a number
 * whose command fails stays used, and so are those of a block claimed ahead: the sequence has
 * gaps, never repeats. With several instances, each hands out its own block, so numbers rise per
 * instance, not strictly in opening order.
 */
@Component
public class TicketNumberAllocator implements DisposableBean {

    static final String COUNTERS = "ticket_number_counter";
    static final String CLAIMED_BLOCKS = "ticket_number_blocks";
    private static final String COUNTER_ID = "ticket";
    private static final int MAX_ATTEMPTS = 1_000;

    private final MongoCollection<Document> counters;
    private final MongoCollection<Document> claims;
    private final int blockSize;
    private final ExecutorService claimer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ticket-number-claims");
        thread.setDaemon(true);
        return thread;
    });
    private long next;
    private long last = -1;
    /** The block being claimed ahead (its last number), or null. */
    private CompletableFuture<Long> ahead;

    public TicketNumberAllocator(MongoDatabase ticketDatabase,
            @Value("${helpdesk.tickets.number-block-size:10}") int blockSize) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("helpdesk.tickets.number-block-size must be at least 1");
        }
        this.counters = ticketDatabase.getCollection(COUNTERS);
        this.claims = ticketDatabase.getCollection(CLAIMED_BLOCKS);
        this.blockSize = blockSize;
    }

    public synchronized TicketNumber next() {
        if (next > last) {
            last = nextBlock();
            next = last - blockSize + 1;
        }
        TicketNumber number = new TicketNumber(next++);
        if (ahead == null && last - next + 1 <= blockSize / 2) {
            ahead = claimAhead();
        }
        return number;
    }

    private CompletableFuture<Long> claimAhead() {
        try {
            return CompletableFuture.supplyAsync(this::claimBlock, claimer);
        } catch (RejectedExecutionException stopping) {
            return null; // the service is stopping: a block still needed is claimed when it runs out
        }
    }

    /** The block claimed ahead, waiting for it if its claim is still under way, or one claimed now. */
    private long nextBlock() {
        CompletableFuture<Long> claimed = ahead;
        ahead = null;
        if (claimed == null) {
            return claimBlock();
        }
        try {
            return claimed.join();
        } catch (CompletionException failed) {
            // the same exception a claim made here would have thrown; the next call claims anew
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    @Override
    public void destroy() {
        claimer.shutdownNow();
    }

    private long claimBlock() {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            long blockEnd = counters.findOneAndUpdate(
                    new Document("_id", COUNTER_ID),
                    Updates.inc("value", (long) blockSize),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER))
                    .get("value", Number.class).longValue();
            try {
                claims.insertOne(new Document("_id", blockEnd).append("size", blockSize)
                        .append("claimedAt", Instant.now().toString()));
                return blockEnd;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
        throw new IllegalStateException("No free block of ticket numbers after " + MAX_ATTEMPTS + " attempts");
    }
}
