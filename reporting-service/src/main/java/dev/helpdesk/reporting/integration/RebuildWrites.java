package dev.helpdesk.reporting.integration;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A rebuild's batches written one after the other on a thread of their own, while the rebuild
 * reads and decodes the next records (D107). Read and write took turns before: the service
 * decoding while the MongoDB node waited, then the node writing while the service waited. One
 * batch at most is in flight, so a ticket's batches are still written in order.
 */
final class RebuildWrites implements AutoCloseable {

    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild-writes");
        thread.setDaemon(true);
        return thread;
    });
    private Future<?> writing = CompletableFuture.completedFuture(null);

    /** Writes the batch once the one in flight is written; throws that one's failure. */
    void submit(Runnable batch) {
        awaitWritten();
        writing = writer.submit(batch);
    }

    /** Waits until the batch in flight is written; throws its failure. */
    void awaitWritten() {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a batch was written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Waits for the batch in flight, whatever its outcome (a failed rebuild must not drop its
     * collection while a batch still writes to it), then stops the thread.
     */
    @Override
    public void close() {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException alreadyReported) {
            // the rebuild failed on it, or on something else first
        } finally {
            writer.shutdownNow();
        }
    }
}
