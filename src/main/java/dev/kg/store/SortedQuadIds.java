package dev.kg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Quads' node ids sorted into the order of one index, each quad once: sorted runs written to files as the
 * quads arrive, and the last run in memory, merged. So memory holds one run, whatever the number of quads.
 */
final class SortedQuadIds implements Iterator<SortedQuadIds.Ids>, AutoCloseable {

    /** One quad's ids in an index's order; compared as the index compares its keys, byte by byte, unsigned. */
    record Ids(long first, long second, long third, long fourth) {
        static final Comparator<Ids> ORDER = (x, y) -> {
            int c = Long.compareUnsigned(x.first, y.first);
            if (c == 0) {
                c = Long.compareUnsigned(x.second, y.second);
            }
            if (c == 0) {
                c = Long.compareUnsigned(x.third, y.third);
            }
            return c != 0 ? c : Long.compareUnsigned(x.fourth, y.fourth);
        };

        /** The next ids of a run file, or null at its end. */
        static Ids readFrom(LongFile.Reader in) throws IOException {
            return in.hasNext() ? new Ids(in.next(), in.next(), in.next(), in.next()) : null;
        }
    }

    private final List<LongFile.Reader> open = new ArrayList<>();
    private final Iterator<Ids> sorted;
    private Ids next;
    private Ids last;

    /**
     * Sorts {@code n} quads of {@code quads} (four ids each: G, S, P, O) into the order that puts the quad's id
     * at {@code slots[i]} (0 = G … 3 = O) in the key's place {@code i}.
     */
    static Ids[] sort(long[] quads, int n, int[] slots) {
        Ids[] run = new Ids[n];
        for (int r = 0, at = 0; r < n; r++, at += 4) {
            run[r] = new Ids(quads[at + slots[0]], quads[at + slots[1]], quads[at + slots[2]], quads[at + slots[3]]);
        }
        // TimSort: quads arrive graph by graph, which leaves long ordered stretches for the orders that start with G.
        Arrays.sort(run, Ids.ORDER);
        return run;
    }

    /** Writes a sorted run to a new file in {@code dir}. */
    static Path write(Ids[] run, Path dir) throws IOException {
        Path file = Files.createTempFile(dir, "run-", ".ids");
        try (LongFile.Writer out = LongFile.write(file)) {
            for (Ids ids : run) {
                out.put(ids.first);
                out.put(ids.second);
                out.put(ids.third);
                out.put(ids.fourth);
            }
        }
        return file;
    }

    /** The quads of the sorted run files {@code runs} and the sorted run {@code inMemory}, merged. */
    SortedQuadIds(List<Path> runs, Ids[] inMemory) throws IOException {
        if (runs.isEmpty()) {
            sorted = Arrays.asList(inMemory).iterator();
            return;
        }
        record Head(Ids ids, Iterator<Ids> rest) { }
        PriorityQueue<Head> heads = new PriorityQueue<>((x, y) -> Ids.ORDER.compare(x.ids, y.ids));
        List<Iterator<Ids>> sources = new ArrayList<>();
        sources.add(Arrays.asList(inMemory).iterator());
        try {
            for (Path file : runs) {
                LongFile.Reader reader = LongFile.read(file);
                open.add(reader);
                sources.add(fileRun(reader));
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
        for (Iterator<Ids> source : sources) {
            if (source.hasNext()) {
                heads.add(new Head(source.next(), source));
            }
        }
        sorted = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public Ids next() {
                Head head = heads.poll();
                if (head == null) {
                    throw new NoSuchElementException();
                }
                if (head.rest.hasNext()) {
                    heads.add(new Head(head.rest.next(), head.rest));
                }
                return head.ids;
            }
        };
    }

    private static Iterator<Ids> fileRun(LongFile.Reader reader) {
        return new Iterator<>() {
            private Ids head = read();

            private Ids read() {
                try {
                    return Ids.readFrom(reader);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return head != null;
            }

            @Override
            public Ids next() {
                if (head == null) {
                    throw new NoSuchElementException();
                }
                Ids ids = head;
                head = read();
                return ids;
            }
        };
    }

    /** Equal quads (a quad loaded twice) come out once, as an index holds them. */
    @Override
    public boolean hasNext() {
        while (next == null && sorted.hasNext()) {
            Ids ids = sorted.next();
            if (last == null || Ids.ORDER.compare(ids, last) != 0) {
                next = ids;
            }
        }
        return next != null;
    }

    @Override
    public Ids next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        last = next;
        next = null;
        return last;
    }

    @Override
    public void close() {
        for (LongFile.Reader reader : open) {
            reader.close();
        }
    }
}
