package dev.kg.cli;

import java.io.PrintStream;

/**
 * Where commands write: data to {@code out}, diagnostics to {@code err}. {@code terminal} says whether a
 * person is watching, so that progress is shown only then. Tests pass their own streams.
 */
public record Console(PrintStream out, PrintStream err, boolean terminal) {
    public Console(PrintStream out, PrintStream err) {
        this(out, err, false);
    }
}
