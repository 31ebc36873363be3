package dev.kg.store;

import java.util.Locale;

/** How a build loads the new graph into the staging store beside the current one. */
public enum Loader {
    /**
     * kg's bulk loader: the node table first, then each quad index written whole from sorted runs, on threads of
     * its own ({@link PackedIndexes}); it reaches into TDB2's internals through {@code dev.kg.jena}.
     */
    PACKED,
    /**
     * Jena's own TDB2 loader ({@code LoaderFactory}'s sequential loader), on Jena's public APIs only: slower, and
     * the reference that the packed loader is tested against.
     */
    PLAIN;

    /** The name on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
