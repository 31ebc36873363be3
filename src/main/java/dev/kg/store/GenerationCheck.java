package dev.kg.store;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.jena.TdbStorage;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the generation of a store that TDB2 opens (its newest {@code Data-NNNN}) with the manifest the
 * build wrote into it, before Jena reads any of it. A store that does not match answers nothing: the caller
 * gets one {@code store-damaged} error that says how to rebuild it.
 */
final class GenerationCheck {
    private GenerationCheck() {
    }

    /** The damage found, as the one error every reading command reports. */
    static KgException damaged(Path store, String what) {
        return new KgException(ErrorCode.STORE_DAMAGED,
                store + ": the store is damaged (" + what + ") — run 'kg build' to rebuild it");
    }

    /**
     * The check on every open: the generation is the one the manifest names, and holds exactly the files it
     * lists, at their sizes, with their data (the zeros after it excepted). Returns the manifest.
     */
    static StoreManifest onOpen(Path store) {
        return check(store, true);
    }

    /**
     * As {@link #onOpen}, without reading the files' data: for a build, which checks the data before it changes
     * the generation ({@link InPlaceUpdate}), or replaces it whole.
     */
    static StoreManifest withoutData(Path store) {
        return check(store, false);
    }

    /**
     * As {@link #withoutData}, with the last megabyte of each file's data: for a build that changes the generation
     * where it is, which appends after it and keeps the checksums of the megabytes before it.
     */
    static StoreManifest beforeChange(Path store) {
        StoreManifest manifest = check(store, false);
        Path generation = store.resolve(manifest.generation());
        for (FileDigest f : manifest.files()) {
            try (FileChannel channel = FileChannel.open(generation.resolve(f.name()))) {
                if (!f.lastChunkMatches(channel)) {
                    throw damaged(store, manifest.generation() + "/" + f.name() + " does not hold the data the build wrote");
                }
            } catch (IOException e) {
                throw unreadable(store, manifest.generation() + "/" + f.name(), e);
            }
        }
        return manifest;
    }

    private static StoreManifest check(Path store, boolean data) {
        Path generation = TdbStorage.newestGeneration(store).orElse(null);
        if (generation == null) {
            throw damaged(store, "it holds no Data-NNNN folder");
        }
        String name = generation.getFileName().toString();
        if (UpdateIntent.existsIn(generation)) {
            throw damaged(store, "a build that changed " + name + " did not finish, and it could not be finished");
        }
        StoreManifest manifest = StoreManifest.readFrom(generation).orElseThrow(() -> damaged(store,
                name + "/" + StoreManifest.FILE_NAME + " is missing or unreadable: a build of this kg writes it"));
        if (!manifest.generation().equals(name)) {
            throw damaged(store, name + " is not the data the last build wrote, which is " + manifest.generation());
        }
        Map<String, FileDigest> expected = new LinkedHashMap<>();
        for (FileDigest f : manifest.files()) {
            if (expected.put(f.name(), f) != null) {
                throw damaged(store, name + "/" + StoreManifest.FILE_NAME + " lists " + f.name() + " twice");
            }
        }
        List<Path> present = list(store, generation);
        for (Path p : present) {
            if (!expected.containsKey(p.getFileName().toString())) {
                throw damaged(store, name + "/" + p.getFileName() + " is not a file the build wrote");
            }
        }
        for (FileDigest f : manifest.files()) {
            Path file = generation.resolve(f.name());
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw damaged(store, name + "/" + f.name() + " is missing");
            }
            try (FileChannel channel = FileChannel.open(file)) {
                if (channel.size() != f.size()) {
                    throw damaged(store, name + "/" + f.name() + " is " + channel.size() + " bytes; the build wrote " + f.size());
                }
                if (data && !f.dataMatches(channel)) {
                    throw damaged(store, name + "/" + f.name() + " does not hold the data the build wrote");
                }
            } catch (IOException e) {
                throw unreadable(store, name + "/" + f.name(), e);
            }
        }
        return manifest;
    }

    /** True when every file {@code manifest} lists is in {@code generation} at its size, with its data. */
    static boolean matches(Path generation, StoreManifest manifest) throws IOException {
        for (FileDigest f : manifest.files()) {
            Path file = generation.resolve(f.name());
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(file)) {
                if (channel.size() != f.size() || !f.dataMatches(channel)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** What {@code kg check} adds: the zeros after each file's data are still zeros. */
    static void zerosAfterData(Path store, StoreManifest manifest) {
        Path generation = store.resolve(manifest.generation());
        for (FileDigest f : manifest.files()) {
            Path file = generation.resolve(f.name());
            try (FileChannel channel = FileChannel.open(file)) {
                if (!f.tailIsZero(channel)) {
                    throw damaged(store, manifest.generation() + "/" + f.name() + " has bytes past its data, where the build left zeros");
                }
            } catch (IOException e) {
                throw unreadable(store, manifest.generation() + "/" + f.name(), e);
            }
        }
    }

    /** What {@code kg check} adds last: the store holds the triples per graph the build wrote, and only those graphs. */
    static Map<String, Long> triplesPerGraph(Path store, StoreManifest manifest, Map<String, Long> counted) {
        Map<String, Long> expected = StoreManifest.graphsIn(store.resolve(manifest.generation())).orElseThrow(() ->
                damaged(store, manifest.generation() + "/" + StoreManifest.GRAPHS_FILE + " cannot be read"));
        return triplesPerGraph(store, manifest.generation(), expected, counted);
    }

    /** As {@link #triplesPerGraph(Path, StoreManifest, Map)}, against the triples per graph {@code expected}. */
    static Map<String, Long> triplesPerGraph(Path store, String generation, Map<String, Long> expected, Map<String, Long> counted) {
        for (Map.Entry<String, Long> graph : expected.entrySet()) {
            long found = counted.getOrDefault(graph.getKey(), 0L);
            if (found != graph.getValue()) {
                throw damaged(store, "graph <" + graph.getKey() + "> holds " + found + " triples; the build wrote "
                        + graph.getValue());
            }
        }
        for (String graph : counted.keySet()) {
            if (!expected.containsKey(graph)) {
                throw damaged(store, "graph <" + graph + "> is not one the build wrote");
            }
        }
        return expected;
    }

    private static List<Path> list(Path store, Path generation) {
        try {
            List<Path> present = StoreManifest.listFiles(generation);
            if (present.size() > StoreManifest.MAX_FILES) {
                throw damaged(store, generation.getFileName() + " holds more than " + StoreManifest.MAX_FILES + " files");
            }
            return present;
        } catch (IOException e) {
            throw unreadable(store, generation.getFileName().toString(), e);
        }
    }

    static KgException unreadable(Path store, String file, IOException e) {
        return new KgException(ErrorCode.STORE_UNUSABLE, store + ": cannot read " + file + " ("
                + e.getClass().getSimpleName() + ") — check the store's permissions, or run 'kg build' to rebuild it", e);
    }
}
