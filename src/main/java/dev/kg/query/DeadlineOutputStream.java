package dev.kg.query;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output that refuses writes once the query's time is up, so that the timeout covers writing the results
 * (a text table or a sorted graph is written after the query has finished) and not only running the query.
 */
final class DeadlineOutputStream extends FilterOutputStream {
    private final long deadlineNanos;

    DeadlineOutputStream(OutputStream out, long deadlineNanos) {
        super(out);
        this.deadlineNanos = deadlineNanos;
    }

    /** Thrown through the result writers, which pass unchecked exceptions on. */
    static final class Expired extends RuntimeException {
        Expired() {
            super("the query's time is up", null, false, false);
        }
    }

    void check() {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new Expired();
        }
    }

    @Override
    public void write(int b) throws IOException {
        check();
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        check();
        out.write(b, off, len);
    }
}
