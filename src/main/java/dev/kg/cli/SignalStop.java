package dev.kg.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How a command that runs until Ctrl-C or SIGTERM stops: the signal runs {@code stop}, which ends the command's
 * wait, and then holds the JVM (up to ten seconds) until the command's own thread has closed what it opened and
 * said so, and calls {@link #release()}.
 */
final class SignalStop {
    private final CountDownLatch released = new CountDownLatch(1);

    private SignalStop() {
    }

    /** From now on, Ctrl-C or SIGTERM runs {@code stop}, then waits for {@link #release()}. */
    static SignalStop on(Runnable stop) {
        SignalStop signal = new SignalStop();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
            try {
                signal.released.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        return signal;
    }

    /** The command has said its last words: the JVM may end. Called in a {@code finally}, whatever happened. */
    void release() {
        released.countDown();
    }
}
