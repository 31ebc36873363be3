package dev.kg.store;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a build wrote, as the store records it beside the new generation: the triples in each named graph (by
 * IRI), and what the graph was built from (null when not known: the next build is then a full one).
 */
public record BuiltGraph(Map<String, Long> triplesPerGraph, BuildInputs inputs) {
    public BuiltGraph {
        triplesPerGraph = Collections.unmodifiableSortedMap(new TreeMap<>(triplesPerGraph));
    }
}
