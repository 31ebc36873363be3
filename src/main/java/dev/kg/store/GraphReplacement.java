package dev.kg.store;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.jena.TdbStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;

/**
 * A new graph for a store, loaded beside it by a {@link Loader}, then swapped in with one rename.
 * <p>
 * TDB2 keeps a store's data in generations ({@code Data-0001}, {@code Data-0002}, …) and opens the newest;
 * its compaction moves a finished generation into place the same way. The new graph is loaded in a staging
 * folder next to the store, on the same file system, so that a build that fails or dies leaves the store
 * exactly as it was (and does not create it); the next build removes a dead build's staging folder.
 */
public final class GraphReplacement implements GraphSink, AutoCloseable {
    private static final String STAGING_INFIX = ".kg-staging-";

    private final Path store;
    private final Function<Path, StagedLoad> starter;
    private final String stagingPrefix;
    private final List<Path> created = new ArrayList<>();
    private Path staging;
    private StagedLoad load;
    private boolean moved;

    private GraphReplacement(Path store, Function<Path, StagedLoad> starter) {
        this.store = store;
        this.starter = starter;
        this.stagingPrefix = "." + store.getFileName() + STAGING_INFIX;
    }

    /**
     * A new graph for the store folder {@code storeDir}, which need not exist yet, loaded by {@code loader}.
     * Nothing is written before the first triple.
     */
    static GraphReplacement of(Path storeDir, Loader loader) {
        return new GraphReplacement(storeDir.toAbsolutePath().normalize(), staging -> StagedLoad.start(loader, staging));
    }

    @Override
    public void add(Node graphName, Graph triples) {
        if (load == null) {
            startLoading();
        }
        load.add(graphName, triples);
    }

    /** Starts the new graph now rather than with the first triple. */
    void start() {
        if (load == null) {
            startLoading();
        }
    }

    private void startLoading() {
        Path parent = store.getParent();
        try {
            for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) {
                created.add(0, p);
            }
            Files.createDirectories(parent);
            removeDeadStaging(parent, stagingPrefix);
            Path ours = parent.resolve(stagingPrefix + ProcessHandle.current().pid());
            deleteTree(ours);   // left by an earlier build in this process that could not clear up
            staging = Files.createDirectory(ours);
            created.add(staging);
        } catch (IOException e) {
            throw new KgException(ErrorCode.STORE_UNUSABLE, parent + ": cannot write next to the store ("
                    + e.getClass().getSimpleName() + ") — check the folder's permissions and free space", e);
        }
        load = starter.apply(staging);
    }

    /**
     * Writes everything added and the prefixes, then runs {@code verdict} (which may have been at work on other
     * threads meanwhile). When {@code verdict} throws, nothing is kept; otherwise the new graph is ready to
     * {@link #moveInto}.
     */
    void finish(PrefixMapping prefixes, Runnable verdict) {
        if (load == null) {
            startLoading();
        }
        load.finish(prefixes);
        verdict.run();
        load.close();
        load = null;
    }

    /** The finished generation, before {@link #moveInto}: files written into it move in with it. */
    Path generation() {
        return staging.resolve(TdbStorage.FIRST_GENERATION);
    }

    /** Makes the new graph the store's generation {@code next} (its newest), under the store's lock, which the caller holds. */
    void moveInto(Path next) {
        Path storeDir = next.getParent();
        try {
            Files.move(staging.resolve(TdbStorage.FIRST_GENERATION), next, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } catch (IOException e) {
            throw new KgException(ErrorCode.STORE_UNUSABLE, storeDir + ": cannot move the new graph into place ("
                    + e.getClass().getSimpleName() + ") — the store still holds the previous graph;"
                    + " keep the store on one file system with its parent folder", e);
        }
    }

    /** Removes the staging folder; unless the new graph was moved into the store, the store is as it was. */
    @Override
    public void close() {
        try {
            if (load != null) {
                load.close();
                load = null;
            }
        } finally {
            if (staging != null) {
                deleteTree(staging);
            }
            if (!moved) {
                // Folders made for a build that did not happen go too, down to the store's first missing parent.
                for (int i = created.size() - 1; i >= 0; i--) {
                    try {
                        Files.deleteIfExists(created.get(i));
                    } catch (IOException e) {
                        break;
                    }
                }
            }
        }
    }

    /** Removes staging folders that builds killed before they could clear up left behind. */
    private static void removeDeadStaging(Path parent, String prefix) throws IOException {
        try (Stream<Path> entries = Files.list(parent)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix) && name.substring(prefix.length()).matches("\\d+")
                        && ProcessHandle.of(Long.parseLong(name.substring(prefix.length()))).isEmpty()) {
                    deleteTree(p);
                }
            }
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (NoSuchFileException e) {
            // Another kg process cleared it first.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
