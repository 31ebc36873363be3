package dev.kg.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted for one test, so that writes run out of space for real. Mounting needs root (CI runs
 * as root); elsewhere the test is skipped with a message rather than failed.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** A tmpfs of {@code kib} KiB at a new folder inside {@code parent}; skips the test where it cannot mount. */
    public static SmallDisk mount(Path parent, int kib) {
        Path dir;
        try {
            dir = Files.createDirectories(parent.resolve("small-disk"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int exit = run("mount", "-t", "tmpfs", "-o", "size=" + kib + "k", "tmpfs", dir.toString());
        assumeTrue(exit == 0, "cannot mount a tmpfs here (needs root); the full-disk test is skipped");
        return new SmallDisk(dir);
    }

    public Path path() {
        return mountPoint;
    }

    /** Fills the disk but for {@code leaveBytes}, so that the next larger write fails. */
    public void fill(long leaveBytes) {
        try {
            long free = Files.getFileStore(mountPoint).getUsableSpace();
            long size = Math.max(0, free - leaveBytes);
            try (var out = Files.newOutputStream(mountPoint.resolve(".filler"))) {
                byte[] block = new byte[4096];
                for (long written = 0; written < size; written += block.length) {
                    out.write(block, 0, (int) Math.min(block.length, size - written));
                }
            }
        } catch (IOException e) {
            // A write that fails here has filled the disk, which is what was asked.
        }
    }

    @Override
    public void close() {
        run("umount", "-l", mountPoint.toString());
    }

    private static int run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
