package dev.kg.store;

/**
 * The size of a store's data right after its last full build, and the triples it held then: what the share of
 * the data that is garbage is estimated from ({@link StoreSize}), carried from build to build.
 */
public record StoreBaseline(long bytes, long triples) {
}
