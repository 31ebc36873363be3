package dev.kg.error;

import java.util.Comparator;

/** One thing wrong with the input: where, what, and how to fix it. */
public record Problem(SourceLocation where, String what, String fix) {

    public static final Comparator<Problem> IN_FILE_ORDER = Comparator
            .comparing((Problem p) -> p.where().file().toString())
            .thenComparingInt(p -> p.where().line())
            .thenComparingInt(p -> p.where().column())
            .thenComparing(Problem::what);

    @Override
    public String toString() {
        return where + ": " + what + (fix == null || fix.isEmpty() ? "" : " — " + fix);
    }
}
