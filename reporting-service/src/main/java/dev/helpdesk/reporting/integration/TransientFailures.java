package dev.helpdesk.reporting.integration;

import com.mongodb.MongoException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import dev.helpdesk.reporting.query.ConcurrentProjectionWriteException;
import java.util.List;

/**
 * Which failures pass by themselves: MongoDB unreachable, timing out, electing a primary, or a
 * ticket's document written by another consumer on every attempt. A record failing so is good and
 * must wait for the database, never go to the dead-letter topic.
 */
final class TransientFailures {

    private static final List<Class<? extends Throwable>> TRANSIENT = List.of(
            MongoSocketException.class,
            MongoTimeoutException.class,
            MongoNotPrimaryException.class,
            MongoNodeIsRecoveringException.class,
            MongoInterruptedException.class,
            ConcurrentProjectionWriteException.class);

    /** The labels the server and driver put on an error that a retry may clear. */
    private static final List<String> RETRYABLE_LABELS = List.of("RetryableWriteError", "TransientTransactionError",
            "NoWritesPerformed");

    private TransientFailures() {
    }

    /** Whether the failure, or any of its causes, is one that passes by itself. */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            for (Class<? extends Throwable> type : TRANSIENT) {
                if (type.isInstance(cause)) {
                    return true;
                }
            }
            if (cause instanceof MongoException mongo && RETRYABLE_LABELS.stream().anyMatch(mongo::hasErrorLabel)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
