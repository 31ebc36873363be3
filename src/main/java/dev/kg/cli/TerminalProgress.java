package dev.kg.cli;

import dev.kg.build.BuildOperation;
import java.io.PrintStream;

/**
 * A build's progress for a person at a terminal: one line per part, and a running count of the mapping files
 * rewritten in place a few times a second, so that a long build shows it is alive without flooding the screen.
 */
final class TerminalProgress implements BuildOperation.Progress {
    private static final long REDRAW_NANOS = 250_000_000L;
    private final PrintStream err;
    private final long start = System.nanoTime();
    private long lastDrawn;
    private boolean counting;

    TerminalProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void phase(String what) {
        endCount();
        err.printf("  %5.1f s  %s…%n", seconds(), what);
    }

    @Override
    public void articles(int done, int total, long triples) {
        long now = System.nanoTime();
        if (done < total && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        counting = true;
        err.printf("\r  %5.1f s  %,d of %,d mapping files, %,d triples", seconds(), done, total, triples);
        err.flush();
    }

    private void endCount() {
        if (counting) {
            err.println();
            counting = false;
        }
    }

    private double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
