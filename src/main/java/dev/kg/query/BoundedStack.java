package dev.kg.query;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;

/**
 * Runs work on a thread of its own with a bounded stack: enough for any query within {@link QueryText}'s
 * limits, and when a query still goes deeper, a {@code query-too-complex} error instead of a StackOverflowError.
 */
final class BoundedStack {
    private static final long STACK_BYTES = 16L * 1024 * 1024;

    private BoundedStack() {
    }

    /** Runs {@code work} and waits for it; its unchecked exceptions are thrown here. */
    static void run(String where, Runnable work) {
        RuntimeException[] failure = new RuntimeException[1];
        Thread thread = new Thread(null, () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                failure[0] = e;
            } catch (StackOverflowError e) {
                failure[0] = QueryText.tooComplex(where, "is nested or chained too deeply to run");
            }
        }, "kg-query", STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new KgException(ErrorCode.QUERY_TIMEOUT, "the query was interrupted", e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
