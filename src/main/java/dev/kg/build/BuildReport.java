package dev.kg.build;

import dev.kg.store.StoreSize;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a build did: counts, triples in each named graph (by graph IRI, sorted), and time taken; for a build
 * into a store (null for {@code kg validate}), how it went about it and the size of the store it left.
 */
public record BuildReport(int articles, int entities, int facts, Map<String, Long> triplesPerGraph, Duration took,
                          BuildMode mode, StoreSize size) {
    public BuildReport {
        triplesPerGraph = Collections.unmodifiableSortedMap(new TreeMap<>(triplesPerGraph));
    }

    public long triples() {
        return triplesPerGraph.values().stream().mapToLong(Long::longValue).sum();
    }
}
