package org.ibidem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/** The hang detector counts processor time, not waiting, and finds deadlocks without waiting for the backstop. */
class HangDetectorTest {

    @Test
    void returnsTheResultOfATaskWithinItsBound() {
        assertThat(HangDetector.withinCpuTime(Duration.ofSeconds(5), "a sum", () -> 2 + 2)).isEqualTo(4);
    }

    @Test
    void doesNotCountTimeSpentWaiting() {
        // Sleeping stands for waiting for a core on a busy machine: wall time passes, processor time does not.
        String result = HangDetector.withinCpuTime(Duration.ofMillis(200), "a sleep", () -> {
            Thread.sleep(1_000);
            return "done";
        });

        assertThat(result).isEqualTo("done");
    }

    @Test
    void failsATaskThatSpinsPastItsProcessorTime() {
        assertThatThrownBy(() -> HangDetector.withinCpuTime(Duration.ofMillis(300), "a spin", () -> {
            long x = 0;
            while (!Thread.currentThread().isInterrupted()) {
                x++;
            }
            return x;
        })).isInstanceOf(AssertionError.class).hasMessageStartingWith("a spin used more than");
    }

    @Test
    void rethrowsWhatTheTaskThrows() {
        assertThatThrownBy(() -> HangDetector.withinCpuTime(Duration.ofSeconds(5), "a failure", () -> {
            throw new IOException("unreadable");
        })).isInstanceOf(IOException.class).hasMessage("unreadable");
    }

    @Test
    void findsADeadlockAtOnce() throws InterruptedException {
        ReentrantLock a = new ReentrantLock();
        ReentrantLock b = new ReentrantLock();
        CountDownLatch bothHeld = new CountDownLatch(2);
        Thread other = new Thread(() -> lockBoth(b, a, bothHeld), "deadlock partner");
        other.setDaemon(true);
        other.start();

        try {
            assertThatThrownBy(() -> HangDetector.withoutDeadlock("two locks", () -> {
                lockBoth(a, b, bothHeld);
                return null;
            })).isInstanceOf(AssertionError.class).hasMessageContaining("is deadlocked")
                    .hasMessageContaining("deadlock partner");
        } finally {
            // The detector interrupted its worker; freeing the partner too leaves no deadlock for later tests.
            other.interrupt();
            other.join();
        }
    }

    /** Takes the first lock, waits until the other thread holds its first, then waits for the second. */
    private static void lockBoth(ReentrantLock first, ReentrantLock second, CountDownLatch bothHeld) {
        first.lock();
        try {
            bothHeld.countDown();
            bothHeld.await();
            second.lockInterruptibly(); // never acquired: the other thread holds it and waits for ours
            second.unlock();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            first.unlock();
        }
    }
}
