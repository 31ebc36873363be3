package dev.kg.store;

/**
 * How much data a store's generation holds, and the share of it estimated to be garbage: TDB2 never
 * overwrites a block that a reader may still see, so each write transaction adds the blocks it changes and
 * leaves the old ones behind. A full build writes the data densely; the live part of the data since is
 * estimated by scaling the full build's size by the triples now against the triples then.
 *
 * @param bytes   the data in the generation's files, up to the zeros after it (as its manifest checks them)
 * @param garbage the estimated share of {@code bytes} that is garbage, from 0 to 1
 */
public record StoreSize(long bytes, double garbage) {
    /** Past this share of garbage, the next build is a full one, which writes the data densely again. */
    public static final double GARBAGE_LIMIT = 0.5;

    static StoreSize of(long bytes, long triples, StoreBaseline baseline) {
        if (bytes <= 0 || baseline.triples() <= 0) {
            return new StoreSize(Math.max(bytes, 0), 0);
        }
        double live = (double) baseline.bytes() * triples / baseline.triples();
        return new StoreSize(bytes, Math.max(0, Math.min(1, 1 - live / bytes)));
    }

    public boolean overLimit() {
        return garbage > GARBAGE_LIMIT;
    }

    /** "234 MB, 3% garbage". */
    public String describe() {
        return megabytes() + ", %.0f%% garbage".formatted(garbage * 100);
    }

    /** "234 MB"; "2.4 MB" below 10 MB. */
    public String megabytes() {
        return (bytes < 10_000_000 ? "%.1f MB" : "%,.0f MB").formatted(bytes / 1e6);
    }
}
