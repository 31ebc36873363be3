package dev.kg.store;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A store that {@code kg check} found as its build wrote it: the generation ({@code Data-NNNN}), how many
 * files and bytes it holds, the triples in each named graph (by IRI), and the versions of kg and Jena that
 * built it, and the size of its data with the share estimated to be garbage.
 */
public record StoreCheck(Path store, String generation, int files, long bytes, Map<String, Long> triplesPerGraph,
                         String kgVersion, String jenaVersion, StoreSize size) {
    /** The key under which triples outside every named graph are counted; kg writes none there. */
    static final String DEFAULT_GRAPH = "the default graph";

    public StoreCheck {
        triplesPerGraph = Collections.unmodifiableSortedMap(new TreeMap<>(triplesPerGraph));
    }

    public long triples() {
        return triplesPerGraph.values().stream().mapToLong(Long::longValue).sum();
    }
}
