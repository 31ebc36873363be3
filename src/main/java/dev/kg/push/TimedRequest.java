package dev.kg.push;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One HTTP request with a limit on its whole duration. Jena's GSP client sets no read timeout, so a server that
 * accepts the connection and never answers would hold a push forever; the request runs on its own thread,
 * which is interrupted (the JDK's HTTP client then cancels the exchange) when the time is up.
 */
final class TimedRequest {
    private TimedRequest() {
    }

    /** The request did not finish in time. */
    static final class TimedOut extends RuntimeException {
        TimedOut(Duration limit) {
            super("no answer within " + limit.toSeconds() + " s", null, false, false);
        }
    }

    static <T> T within(Duration limit, Supplier<T> request) {
        FutureTask<T> task = new FutureTask<>(request::get);
        Thread thread = Thread.ofPlatform().daemon().name("kg-push-request").start(task);
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new TimedOut(limit);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new TimedOut(limit);
        }
    }
}
