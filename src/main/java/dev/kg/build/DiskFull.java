package dev.kg.build;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A build that failed because the disk holding the store filled up: a user's problem with a fix, not a fault. */
final class DiskFull {
    private static final long NEARLY_FULL_BYTES = 1024 * 1024;

    private DiskFull() {
    }

    /**
     * The coded error, if {@code e} came from a full disk: ENOSPC anywhere in its causes, or no space left now.
     * TDB2 writes some files through memory maps, and a write to a mapped page that the full disk cannot back
     * reaches Java as an InternalError ("a fault occurred in an unsafe memory access operation").
     */
    static Optional<KgException> ifCause(Throwable e, Path storeDir) {
        // A store that could not be written (as when a change grows its files) may be a full disk too.
        if (e instanceof KgException k && k.code() != ErrorCode.STORE_UNUSABLE) {
            return Optional.empty();
        }
        boolean full = false;
        for (Throwable t = e; t != null && !full; t = t.getCause()) {
            full = String.valueOf(t.getMessage()).contains("No space left on device");
        }
        if (!full && !nearlyFull(storeDir)) {
            return Optional.empty();
        }
        return Optional.of(new KgException(ErrorCode.DISK_FULL, "the disk holding " + storeDir
                + " is full, and the build stopped; the store still holds the previous graph — free some space,"
                + " or build elsewhere with --store DIR", e));
    }

    private static boolean nearlyFull(Path storeDir) {
        Path dir = storeDir.toAbsolutePath();
        while (dir != null && !Files.exists(dir)) {
            dir = dir.getParent();
        }
        try {
            return dir != null && Files.getFileStore(dir).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException e) {
            return false;
        }
    }
}
