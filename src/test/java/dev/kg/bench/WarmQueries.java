package dev.kg.bench;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.query.QueryOperation;
import dev.kg.query.SavedQueries;
import dev.kg.query.SavedQuery;
import dev.kg.store.GraphStore;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Warm latency of saved queries: opens the store once and runs each query once; when that took less than
 * {@link #SLOW}, it runs it WARMUP more times and then RUNS times, timed, and prints "spec rows median_ms p95_ms".
 * A slower query is timed once only ("spec rows ms once"), and one that passes the timeout prints
 * "spec - >SECONDS timed-out", so that one query that does not scale cannot hold the benchmark for hours.
 * Usage: WarmQueries PROJECT STORE RUNS TIMEOUT_SECONDS NAME[:PARAM=VALUE,...] ...
 */
public final class WarmQueries {
    private static final int WARMUP = 5;
    private static final Duration SLOW = Duration.ofSeconds(10);

    private WarmQueries() {
    }

    public static void main(String[] args) {
        Path project = Path.of(args[0]);
        int runs = Integer.parseInt(args[2]);
        Duration timeout = Duration.ofSeconds(Long.parseLong(args[3]));
        SavedQueries saved = new SavedQueries(project.resolve("queries"));
        try (GraphStore store = GraphStore.openExisting(Path.of(args[1]))) {
            for (String spec : Arrays.copyOfRange(args, 4, args.length)) {
                System.out.println(spec + " " + measure(store, saved, spec, runs, new QueryOperation.Limits(timeout, false)));
            }
        }
    }

    private static String measure(GraphStore store, SavedQueries saved, String spec, int runs, QueryOperation.Limits limits) {
        String[] parts = spec.split(":", 2);
        Map<String, String> params = new LinkedHashMap<>();
        if (parts.length > 1 && !parts[1].isEmpty()) {
            for (String p : parts[1].split(",")) {
                params.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
            }
        }
        SavedQuery query = saved.resolve(parts[0]);
        // TSV writes one line per row (line breaks inside values are escaped), after the header.
        LineCount lines = new LineCount();
        long first;
        try {
            first = time(() -> QueryOperation.run(store, query, params, "tsv", limits, lines));
        } catch (KgException e) {
            if (e.code() == ErrorCode.QUERY_TIMEOUT) {
                return "- >" + limits.timeout().toSeconds() + " timed-out";
            }
            throw e;
        }
        long rows = lines.count - 1;
        if (first >= SLOW.toNanos()) {
            return rows + " " + millis(first) + " once";
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < WARMUP + runs; i++) {
            long took = time(() -> QueryOperation.run(store, query, params, "tsv", limits, OutputStream.nullOutputStream()));
            if (i >= WARMUP) {
                nanos[i - WARMUP] = took;
            }
        }
        Arrays.sort(nanos);
        return rows + " " + millis(nanos[runs / 2]) + " " + millis(nanos[(int) Math.ceil(runs * 0.95) - 1]);
    }

    private static long time(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return System.nanoTime() - start;
    }

    private static String millis(long nanos) {
        return "%.1f".formatted(nanos / 1e6);
    }

    private static final class LineCount extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            if (b == '\n') {
                count++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    count++;
                }
            }
        }
    }
}
