package org.ibidem;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Hang detection that a busy machine cannot trip: tests bound the <em>processor time</em> of the thread doing the
 * work, never the wall-clock time it took.
 *
 * <p>On a shared 2-core machine a linear pass can wait for a core for longer than it computes, so a wall-clock
 * bound fails a correct program (two 60 s {@code assertTimeoutPreemptively} bounds did, in a loaded
 * {@code mvn verify}). A thread's CPU time ({@link ThreadMXBean#getThreadCpuTime}) counts only the time it ran:
 * a quadratic loop or a backtracking pattern still burns through a bound of seconds in seconds, and a slow
 * machine does not. A task that blocks instead (a deadlock) uses no processor time, so a wall-clock backstop
 * remains, but a generous one: {@value #DEFAULT_WALL_BACKSTOP_SECONDS} s, or
 * {@code -Dibidem.hangWallSeconds=N}.
 *
 * <pre>{@code
 * Document doc = HangDetector.withinCpuTime(Duration.ofSeconds(10), "a megabyte of '<'",
 *         () -> new MarkdownExtractor().extract("angles.md", text));
 * }</pre>
 *
 * <p>Thread-safe; each call runs its task on a fresh daemon thread and waits for it. The thread is interrupted,
 * not killed, when a bound is crossed (as with JUnit's preemptive timeout). Throws {@link AssertionError} when a
 * bound is crossed, and rethrows whatever the task throws.
 */
public final class HangDetector {

    /** The wall-clock backstop, in seconds, when {@code ibidem.hangWallSeconds} is not set. */
    public static final long DEFAULT_WALL_BACKSTOP_SECONDS = 600;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long POLL_MILLIS = 50;

    private HangDetector() {
    }

    /** The wall-clock time after which a task is declared blocked, whatever processor time it used. */
    public static Duration wallBackstop() {
        return Duration.ofSeconds(Long.getLong("ibidem.hangWallSeconds", DEFAULT_WALL_BACKSTOP_SECONDS));
    }

    /**
     * Runs the task and returns its result; fails when its thread uses more than {@code cpuBound} of processor
     * time (a hang or a super-linear loop) or runs past the wall-clock backstop (a blocked thread).
     */
    public static <T> T withinCpuTime(Duration cpuBound, String what, ThrowingSupplier<T> task) {
        return withinCpuTime(cpuBound, () -> what, task);
    }

    /** As {@link #withinCpuTime(Duration, String, ThrowingSupplier)}, the description made only on failure. */
    public static <T> T withinCpuTime(Duration cpuBound, Supplier<String> what, ThrowingSupplier<T> task) {
        return run(what, task, worker -> {
            long cpu = cpuNanos(worker);
            return cpu > cpuBound.toNanos()
                    ? " used more than " + seconds(cpuBound) + " of processor time (a hang or a super-linear "
                            + "loop: a busy machine does not add processor time)"
                    : null;
        });
    }

    /**
     * Runs a task that waits on other threads and returns its result; fails as soon as the JVM finds threads
     * deadlocked, or when the task runs past the wall-clock backstop.
     */
    public static <T> T withoutDeadlock(String what, ThrowingSupplier<T> task) {
        // Threads some earlier test left deadlocked are not this task's.
        Set<Long> before = deadlocked();
        return run(() -> what, task, worker -> {
            Set<Long> now = deadlocked();
            now.removeAll(before);
            if (now.isEmpty()) {
                return null;
            }
            return " is deadlocked: " + Arrays.stream(THREADS.getThreadInfo(now.stream().mapToLong(id -> id)
                    .toArray())).filter(Objects::nonNull).map(ThreadInfo::getThreadName)
                    .collect(Collectors.joining(", "));
        });
    }

    private static Set<Long> deadlocked() {
        long[] ids = THREADS.findDeadlockedThreads();
        return ids == null ? new HashSet<>()
                : Arrays.stream(ids).boxed().collect(Collectors.toCollection(HashSet::new));
    }

    /** Why the running worker is hung, or null while it is not. */
    @FunctionalInterface
    private interface Watch {
        String hung(Thread worker);
    }

    private static <T> T run(Supplier<String> what, ThrowingSupplier<T> task, Watch watch) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                result.set(task.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "hang-detector worker");
        worker.setDaemon(true);
        long start = System.nanoTime();
        Duration backstop = wallBackstop();
        worker.start();
        try {
            while (true) {
                worker.join(POLL_MILLIS);
                if (!worker.isAlive()) {
                    break;
                }
                String hung = watch.hung(worker);
                if (hung == null && System.nanoTime() - start > backstop.toNanos()) {
                    hung = " did not finish within " + seconds(backstop) + " of wall-clock time (blocked? it used "
                            + cpuNanos(worker) / 1_000_000 + " ms of processor time)";
                }
                if (hung != null) {
                    worker.interrupt();
                    throw new AssertionError(what.get() + hung);
                }
            }
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new AssertionError(what.get() + ": interrupted while waiting", e);
        }
        Throwable t = failure.get();
        if (t != null) {
            throw HangDetector.<RuntimeException>sneaky(t);
        }
        return result.get();
    }

    private static long cpuNanos(Thread worker) {
        if (!THREADS.isThreadCpuTimeSupported()) {
            return 0; // only the wall-clock backstop is left on such a JVM
        }
        if (!THREADS.isThreadCpuTimeEnabled()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
        return Math.max(0, THREADS.getThreadCpuTime(worker.getId()));
    }

    private static String seconds(Duration d) {
        return d.toSeconds() + " s";
    }

    /** Rethrows a checked exception unchanged, so the test reports the task's own failure. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable t) throws E {
        throw (E) t;
    }
}
