package dev.kg.build;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Folders watched for files created, changed and deleted. Editors save in bursts (a temporary file written,
 * then moved over the real one), so the changes are handed on once the folders have been quiet for
 * {@link #QUIET_MILLIS}, or after {@link #MAX_WAIT_MILLIS} of steady change.
 */
final class FolderWatch implements AutoCloseable {
    static final long QUIET_MILLIS = 100;
    private static final long MAX_WAIT_MILLIS = 1000;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final List<Path> watched;

    /** What changed in one burst: the paths, and whether events were lost or a watched folder went away. */
    record Changes(Set<Path> paths, boolean overflow, boolean folderGone) {
        Changes {
            paths = Set.copyOf(paths);
        }
    }

    FolderWatch(List<Path> watched) {
        this.watched = List.copyOf(watched);
        try {
            service = FileSystems.getDefault().newWatchService();
            for (Path folder : watched) {
                folders.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a burst of changes and returns it; empty once the watch is closed. */
    Optional<Changes> next() {
        Burst burst = new Burst();
        try {
            burst.drain(service.take());
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
            WatchKey key;
            while (System.nanoTime() < end && (key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                burst.drain(key);
            }
            return Optional.of(new Changes(burst.paths, burst.overflow, burst.folderGone));
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * As {@link #next}, for {@code command}, which cannot go on without its folders: throws {@code file-missing}
     * when one of them was moved or deleted.
     */
    Optional<Changes> nextFor(String command) {
        Optional<Changes> changes = next();
        if (changes.isPresent() && changes.get().folderGone()) {
            throw new KgException(ErrorCode.FILE_MISSING, String.join(" or ", watched.stream().map(Path::toString).toList())
                    + " was moved or deleted, so " + command + " stopped — restore it and start again");
        }
        return changes;
    }

    /** The changes of one burst as its events are read. */
    private final class Burst {
        private final Set<Path> paths = new TreeSet<>();
        private boolean overflow;
        private boolean folderGone;

        void drain(WatchKey key) {
            Path folder = folders.get(key);
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                    overflow = true;
                } else if (folder != null) {
                    paths.add(folder.resolve((Path) event.context()));
                }
            }
            if (!key.reset()) {
                folderGone = true;
            }
        }
    }

    /** Stops the watch; a thread waiting in {@link #next} returns empty. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
