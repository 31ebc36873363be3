package dev.kg.build;

import dev.kg.error.Problem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Checks graphs against the shapes on worker threads, while the main thread reads the next
 * mapping files and loads them into the store. A build waits for the verdict only before it swaps the new
 * graph in. At most {@link #IN_FLIGHT} graphs wait, so a slow check holds back reading rather than filling memory.
 */
final class ShapeCheckQueue implements AutoCloseable {
    private static final int IN_FLIGHT = 256;
    private ExecutorService workers;
    private final Semaphore room = new Semaphore(IN_FLIGHT);
    private final List<Future<List<Problem>>> pending = new ArrayList<>();
    private volatile boolean failed;

    /** Starts its threads with the first check, so that a build that fails early starts none. */
    private ExecutorService workers() {
        if (workers == null) {
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
            workers = Executors.newFixedThreadPool(threads, task -> {
                Thread t = new Thread(task, "kg-shape-check");
                t.setDaemon(true);
                return t;
            });
        }
        return workers;
    }

    /** Queues one check, such as of one article's graph; it gives the violations it finds. */
    void submit(Supplier<List<Problem>> check) {
        room.acquireUninterruptibly();
        pending.add(workers().submit(() -> {
            try {
                List<Problem> found = check.get();
                if (!found.isEmpty()) {
                    failed = true;
                }
                return found;
            } finally {
                room.release();
            }
        }));
    }

    /** True once some checked graph has violations; the build will fail. */
    boolean failed() {
        return failed;
    }

    /** Waits for every queued check; their violations, each once (checks that overlap may find the same). */
    List<Problem> violations() {
        Set<Problem> all = new LinkedHashSet<>();
        for (Future<List<Problem>> check : pending) {
            try {
                all.addAll(check.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while checking shapes", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        pending.clear();
        return List.copyOf(all);
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
