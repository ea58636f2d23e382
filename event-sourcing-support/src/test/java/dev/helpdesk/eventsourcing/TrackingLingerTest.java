package dev.helpdesk.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When a tracking read waits for its turn (D117); the store-level cases are in {@link LateCommitBehaviour}. */
class TrackingLingerTest {

    private static final Duration LINGER = Duration.ofMillis(300);

    @Test
    void aReadAfterAShortReadStartsNoEarlierThanTheLingerAfterIt() {
        TrackingLinger linger = new TrackingLinger(LINGER);
        long shortRead = linger.beforeRead();
        linger.afterRead(shortRead, 3, 100);

        assertThat(Duration.ofNanos(linger.beforeRead() - shortRead)).isGreaterThanOrEqualTo(LINGER);
    }

    @Test
    void aShortReadThatStartedEarlierDoesNotShortenTheWaitOfOneThatStartedLater() throws InterruptedException {
        TrackingLinger linger = new TrackingLinger(LINGER);
        long earlier = linger.beforeRead();
        Thread.sleep(100);
        long later = linger.beforeRead();
        // two readers, the later one returning first
        linger.afterRead(later, 0, 100);
        linger.afterRead(earlier, 0, 100);

        assertThat(Duration.ofNanos(linger.beforeRead() - later)).isGreaterThanOrEqualTo(LINGER);
    }

    @Test
    void aReadAfterAFullBatchOrWithoutALingerDoesNotWait() {
        TrackingLinger afterFull = new TrackingLinger(Duration.ofMinutes(1));
        long full = afterFull.beforeRead();
        afterFull.afterRead(full, 100, 100);
        TrackingLinger none = new TrackingLinger(Duration.ZERO);
        long empty = none.beforeRead();
        none.afterRead(empty, 0, 100);

        assertThat(Duration.ofNanos(afterFull.beforeRead() - full)).isLessThan(Duration.ofSeconds(20));
        assertThat(Duration.ofNanos(none.beforeRead() - empty)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aReaderInterruptedWhileWaitingReadsAtOnceAndKeepsItsInterrupt() {
        TrackingLinger linger = new TrackingLinger(Duration.ofMinutes(1));
        long shortRead = linger.beforeRead();
        linger.afterRead(shortRead, 0, 100);

        Thread.currentThread().interrupt();
        long next = linger.beforeRead();

        assertThat(Thread.interrupted()).isTrue();
        assertThat(Duration.ofNanos(next - shortRead)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aNegativeLingerIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TrackingLinger(Duration.ofMillis(-1)));
    }
}
