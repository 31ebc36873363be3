package dev.kg.store;

import dev.kg.jena.PackedLoad;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The quad indexes of a new store (GSPO, GPOS, SPOG, …), written whole at the end of a load instead of
 * quad by quad, as Jena's xloader writes them ({@link PackedLoad} writes each from its sorted keys).
 * <p>
 * While the node table is loaded, the indexes are detached. The quads' node ids are gathered in runs of
 * fixed size; each full run is sorted into every index's order on a thread of its own, while the next is
 * gathered, and written to files beside the store ({@link SortedQuadIds}). At the end each index gets the
 * runs merged and is written bottom up, leaf blocks first: no B+ tree search or block split per quad, and
 * packed trees. The indexes are written on threads of their own, each in a transaction on its index alone,
 * after the node table's transaction has committed. Memory holds two runs, whatever the number of quads.
 */
final class PackedIndexes implements AutoCloseable {
    /** Quads per run: 4 MiB of ids, gathered while the run before is sorted. */
    static final int RUN = 1 << 17;
    private static final int QUAD = PackedLoad.QUAD;

    private final PackedLoad load;
    private final int[][] slots;
    private final List<List<Path>> runs = new ArrayList<>();
    private final Path dir;
    private final int run;
    private long[] gathering;
    private long[] spare;
    private int gathered;
    private ExecutorService sorter;
    private Future<?> sorting;

    /** Gathers the quads of {@code load}, in runs of {@code run} quads written in {@code dir}, until {@link #build}. */
    PackedIndexes(PackedLoad load, Path dir, int run) {
        this.load = load;
        this.dir = dir;
        this.run = run;
        slots = new int[load.indexes()][];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = load.order(i);
            runs.add(new ArrayList<>());
        }
        gathering = new long[run * QUAD];
    }

    /** As {@link #PackedIndexes(PackedLoad, Path, int)}, with runs of {@link #RUN} quads. */
    PackedIndexes(PackedLoad load, Path dir) {
        this(load, dir, RUN);
    }

    /** Adds a quad, as the ids {@link PackedLoad#id} gave its graph, subject, predicate and object. */
    void add(long g, long s, long p, long o) {
        int at = gathered * QUAD;
        gathering[at] = g;
        gathering[at + 1] = s;
        gathering[at + 2] = p;
        gathering[at + 3] = o;
        if (++gathered == run) {
            sortGathered();
        }
    }

    /** Hands the full run to the sorting thread, once it has finished the one before. */
    private void sortGathered() {
        awaitSorting();
        long[] full = gathering;
        gathering = spare != null ? spare : new long[run * QUAD];
        spare = full;
        gathered = 0;
        if (sorter == null) {
            sorter = Executors.newSingleThreadExecutor(task -> daemon(task, "kg-index-sort"));
        }
        sorting = sorter.submit(() -> {
            for (int i = 0; i < slots.length; i++) {
                try {
                    runs.get(i).add(SortedQuadIds.write(SortedQuadIds.sort(full, run, slots[i]), dir));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    private void awaitSorting() {
        if (sorting != null) {
            await(sorting);
            sorting = null;
        }
    }

    /** Writes every index from the quads added, on up to {@code threads} threads, once the node table has committed. */
    void build(int threads) {
        awaitSorting();
        ExecutorService writers = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, slots.length)),
                task -> daemon(task, "kg-index"));
        try {
            List<Future<?>> writing = new ArrayList<>();
            for (int i = 0; i < slots.length; i++) {
                int index = i;
                writing.add(writers.submit(() -> write(index)));
            }
            // Every writer finishes before a failure is told, so that none still writes while the staging folder goes.
            RuntimeException failed = null;
            for (Future<?> w : writing) {
                try {
                    await(w);
                } catch (RuntimeException e) {
                    failed = failed == null ? e : failed;
                }
            }
            if (failed != null) {
                throw failed;
            }
        } finally {
            writers.shutdown();
        }
    }

    private void write(int i) {
        SortedQuadIds.Ids[] last = SortedQuadIds.sort(gathering, gathered, slots[i]);
        try (SortedQuadIds sorted = new SortedQuadIds(runs.get(i), last)) {
            load.writeIndex(i, new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return sorted.hasNext();
                }

                @Override
                public byte[] next() {
                    SortedQuadIds.Ids ids = sorted.next();
                    byte[] key = new byte[QUAD * Long.BYTES];
                    ByteBuffer.wrap(key).putLong(ids.first()).putLong(ids.second()).putLong(ids.third()).putLong(ids.fourth());
                    return key;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (Path file : runs.get(i)) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // The staging folder goes with it.
                }
            }
        }
    }

    /** Stops the sorting thread and waits for it, so that the staging folder can go with the run files. */
    @Override
    public void close() {
        if (sorter != null) {
            sorter.shutdownNow();
            try {
                sorter.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        return t;
    }

    private static void await(Future<?> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the indexes", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
