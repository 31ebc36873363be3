package dev.kg.store;

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
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.store.tupletable.TupleTable;

/**
 * The quad indexes of a new store (GSPO, GPOS, SPOG, …), written whole at the end of a load instead of
 * quad by quad, as Jena's xloader writes them.
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
    private static final int QUAD = 4;

    private final TupleTable table;
    private final TupleIndexRecord[] indexes;
    private final int[][] slots;
    private final List<List<Path>> runs = new ArrayList<>();
    private final Path dir;
    private final int run;
    private final byte[] id = new byte[NodeId.SIZE];
    private final ByteBuffer idValue = ByteBuffer.wrap(id);
    private long[] gathering;
    private long[] spare;
    private int gathered;
    private ExecutorService sorter;
    private Future<?> sorting;

    private PackedIndexes(TupleTable table, TupleIndexRecord[] indexes, Path dir, int run) {
        this.table = table;
        this.indexes = indexes;
        this.dir = dir;
        this.run = run;
        slots = new int[indexes.length][QUAD];
        for (int i = 0; i < indexes.length; i++) {
            TupleMap order = indexes[i].getMapping();
            for (int k = 0; k < QUAD; k++) {
                slots[i][k] = order.getSlotIdx(k);
            }
            runs.add(new ArrayList<>());
        }
        gathering = new long[run * QUAD];
    }

    /** Detaches every index of {@code table}, an empty quad table, until {@link #build}; runs are written in {@code dir}. */
    static PackedIndexes detach(TupleTable table, Path dir) {
        return detach(table, dir, RUN);
    }

    /** As {@link #detach(TupleTable, Path)}, with runs of {@code run} quads. */
    static PackedIndexes detach(TupleTable table, Path dir, int run) {
        if (table.getTupleLen() != QUAD || !table.isEmpty()) {
            throw new IllegalArgumentException("not an empty quad table");
        }
        TupleIndexRecord[] indexes = new TupleIndexRecord[table.numIndexes()];
        for (int i = 0; i < indexes.length; i++) {
            if (!(table.getIndex(i) instanceof TupleIndexRecord index && index.getRangeIndex() instanceof BPlusTree)) {
                throw new IllegalArgumentException("index " + table.getIndex(i).getName() + " is not a B+ tree");
            }
            indexes[i] = index;
        }
        PackedIndexes packed = new PackedIndexes(table, indexes, dir, run);
        for (int i = 0; i < indexes.length; i++) {
            table.setTupleIndex(i, null);
        }
        return packed;
    }

    /** Adds a quad (G, S, P, O). */
    void add(Tuple<NodeId> quad) {
        int at = gathered * QUAD;
        for (int i = 0; i < QUAD; i++) {
            // The id as TDB2 writes it in index keys, whose bytes compare as the values do unsigned.
            NodeIdFactory.set(quad.get(i), id, 0);
            gathering[at + i] = idValue.getLong(0);
        }
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
            for (int i = 0; i < indexes.length; i++) {
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

    /** Attaches the indexes again, still empty: call before the node table's transaction commits. */
    void reattach() {
        for (int i = 0; i < indexes.length; i++) {
            table.setTupleIndex(i, indexes[i]);
        }
    }

    /** Writes every index from the quads added, on up to {@code threads} threads; outside any transaction. */
    void build(int threads) {
        awaitSorting();
        ExecutorService writers = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, indexes.length)),
                task -> daemon(task, "kg-index"));
        try {
            List<Future<?>> writing = new ArrayList<>();
            for (int i = 0; i < indexes.length; i++) {
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
        TupleIndexRecord index = indexes[i];
        BPlusTree tree = (BPlusTree) index.getRangeIndex();
        RecordFactory factory = tree.getRecordFactory();
        SortedQuadIds.Ids[] last = SortedQuadIds.sort(gathering, gathered, slots[i]);
        try (SortedQuadIds sorted = new SortedQuadIds(runs.get(i), last)) {
            Iterator<Record> records = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return sorted.hasNext();
                }

                @Override
                public Record next() {
                    SortedQuadIds.Ids ids = sorted.next();
                    byte[] key = new byte[QUAD * NodeId.SIZE];
                    ByteBuffer.wrap(key).putLong(ids.first()).putLong(ids.second()).putLong(ids.third()).putLong(ids.fourth());
                    return factory.create(key);
                }
            };
            if (records.hasNext()) {
                CoLib.executeWrite(index, () -> BPlusTreeRewriter.packIntoBPlusTree(records, tree.getParams(), factory,
                        tree.getStateManager().getBufferChannel(), tree.getNodeManager().getBlockMgr(),
                        tree.getRecordsMgr().getBlockMgr()));
            }
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
