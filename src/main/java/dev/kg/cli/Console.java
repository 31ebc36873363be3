package dev.kg.cli;

import java.io.PrintStream;

/** Where commands write: data to {@code out}, diagnostics to {@code err}. Tests pass their own streams. */
public record Console(PrintStream out, PrintStream err) {
}
