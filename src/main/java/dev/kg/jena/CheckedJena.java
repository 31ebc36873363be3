package dev.kg.jena;

import java.util.Optional;
import org.apache.jena.Jena;

/** The Jena version whose internals this package was written against and checked with. */
public final class CheckedJena {
    /** The version of Jena that every use in this package was checked against. */
    public static final String VERSION = "6.2.0";

    private CheckedJena() {
    }

    /** What to do when {@code running} is not the version this package was checked against; empty when it is. */
    public static Optional<String> recheck(String running) {
        if (VERSION.equals(running)) {
            return Optional.empty();
        }
        return Optional.of("Jena is now " + running + "; the seam in " + CheckedJena.class.getPackageName()
                + " was checked against " + VERSION + ": re-check each use listed there");
    }

    /** {@link #recheck(String)} for the Jena on the class path. */
    public static Optional<String> recheck() {
        return recheck(Jena.VERSION);
    }
}
