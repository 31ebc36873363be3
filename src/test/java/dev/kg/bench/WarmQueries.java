package dev.kg.bench;

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
 * Warm latency of saved queries: opens the store once, runs each query WARMUP times, then RUNS times, and
 * prints "name median_ms p95_ms". Usage: WarmQueries PROJECT STORE RUNS NAME[:PARAM=VALUE,...] ...
 */
public final class WarmQueries {
    private static final int WARMUP = 5;

    private WarmQueries() {
    }

    public static void main(String[] args) {
        Path project = Path.of(args[0]);
        int runs = Integer.parseInt(args[2]);
        SavedQueries saved = new SavedQueries(project.resolve("queries"));
        try (GraphStore store = GraphStore.openExisting(Path.of(args[1]))) {
            for (String spec : Arrays.copyOfRange(args, 3, args.length)) {
                String[] parts = spec.split(":", 2);
                Map<String, String> params = new LinkedHashMap<>();
                if (parts.length > 1 && !parts[1].isEmpty()) {
                    for (String p : parts[1].split(",")) {
                        params.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
                    }
                }
                SavedQuery query = saved.resolve(parts[0]);
                QueryOperation.Limits limits = new QueryOperation.Limits(Duration.ofMinutes(5), false);
                long[] nanos = new long[runs];
                for (int i = 0; i < WARMUP + runs; i++) {
                    long start = System.nanoTime();
                    QueryOperation.run(store, query, params, "csv", limits, OutputStream.nullOutputStream());
                    if (i >= WARMUP) {
                        nanos[i - WARMUP] = System.nanoTime() - start;
                    }
                }
                Arrays.sort(nanos);
                System.out.printf("%s %.1f %.1f%n", parts[0], nanos[runs / 2] / 1e6, nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6);
            }
        }
    }
}
