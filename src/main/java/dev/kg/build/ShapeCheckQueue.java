package dev.kg.build;

import dev.kg.error.Problem;
import dev.kg.rdf.Origins;
import dev.kg.shapes.ShapeCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.apache.jena.graph.Graph;

/**
 * Checks articles' graphs against the shapes on worker threads, while the main thread reads the next
 * mapping files and the store's loader indexes. A build waits for the verdict only before it swaps the new
 * graph in. At most {@link #IN_FLIGHT} graphs wait, so a slow check holds back reading rather than filling memory.
 */
final class ShapeCheckQueue implements AutoCloseable {
    private static final int IN_FLIGHT = 256;
    private final ShapeCheck shapes;
    private final Graph ontology;
    private final Graph base;
    private final ExecutorService workers;
    private final Semaphore room = new Semaphore(IN_FLIGHT);
    private final List<Future<List<Problem>>> pending = new ArrayList<>();
    private volatile boolean failed;

    ShapeCheckQueue(ShapeCheck shapes, Graph ontology, Graph base) {
        this.shapes = shapes;
        this.ontology = ontology;
        this.base = base;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "kg-shape-check");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues one article's graph; {@code origins} locate its violations. */
    void submit(Graph part, Origins origins) {
        room.acquireUninterruptibly();
        pending.add(workers.submit(() -> {
            try {
                List<Problem> found = shapes.checkPart(part, ontology, base, origins);
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

    /** Waits for every queued check; their violations. */
    List<Problem> violations() {
        List<Problem> all = new ArrayList<>();
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
        return all;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
