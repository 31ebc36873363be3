package dev.kg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** kg run as a real process, on the test's own JVM and class path, for kills and concurrency. */
final class KgProcess {
    private KgProcess() {
    }

    static Process start(Path log, String... args) {
        try {
            return builder(log, args).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The process, ready to start: its environment may still be changed. */
    static ProcessBuilder builder(Path log, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    }

    /** Runs kg as its own process to the end; what it printed (stdout and stderr together) is in {@code err}. */
    static Kg.Run run(Path log, String... args) throws InterruptedException {
        Process process = start(log, args);
        int exit = process.waitFor();
        try {
            return new Kg.Run(exit, "", Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL on Unix: the process gets no chance to clean up. */
    static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits until the process holds the store's TDB2 lock, which names its PID. */
    static boolean holdsLock(Process process, Path store, long timeoutMillis) throws InterruptedException {
        Path lock = store.resolve("tdb.lock");
        long end = System.nanoTime() + timeoutMillis * 1_000_000;
        while (System.nanoTime() < end && process.isAlive()) {
            try {
                if (Files.readString(lock).strip().equals(Long.toString(process.pid()))) {
                    return true;
                }
            } catch (IOException e) {
                // Not there yet.
            }
            Thread.sleep(2);
        }
        return false;
    }
}
