package dev.kg.store;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.rdf.Prefixes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one way a new graph enters a store, for full builds and changes alike: the new generation is finished
 * in its staging folder, its manifest written into it, and then, under the store's lock, it is moved in with
 * one rename as the newest generation, and the older ones deleted. A process killed at any point leaves the
 * previous generation as the newest, or the new one.
 */
final class GenerationSwap {
    /** A generation folder, as TDB2 names them; kg numbers its own below a billion. */
    static final Pattern GENERATION = Pattern.compile("Data-(\\d+)");

    private GenerationSwap() {
    }

    /** Runs {@code writer} on {@code replacement}, finishes it, runs {@code verdict}, and swaps the result in; returns its size. */
    static StoreWrite swap(Path dir, GraphReplacement replacement, Consumer<? super GraphReplacement> writer,
                          Supplier<BuiltGraph> verdict) {
        writer.accept(replacement);
        List<BuiltGraph> built = new ArrayList<>(1);
        replacement.finish(Prefixes.STANDARD, () -> built.add(verdict.get()));
        BuiltGraph graph = built.get(0);
        try (StoreLock lock = StoreLock.take(dir)) {
            Path next = dir.resolve("Data-%04d".formatted(newestNumber(dir) + 1));
            try {
                StoreManifest.writeInto(replacement.generation(), next.getFileName().toString(),
                        graph.triplesPerGraph(), graph.inputs(), null);
            } catch (IOException e) {
                throw new KgException(ErrorCode.STORE_UNUSABLE, dir + ": cannot write the new graph's manifest ("
                        + e.getClass().getSimpleName() + ") — check the free space next to the store", e);
            }
            replacement.moveInto(next);
            deleteOldGenerations(dir, next);
            return new StoreWrite(size(next), StoreStamp.of(next).orElseThrow(),
                    BuildInputsFile.read(next).map(BuildInputsFile.Contents::baseline).orElse(new StoreBaseline(0, 0)));
        }
    }

    /** The size of the generation {@code generation}, as its manifest and record say; unknown (0) for a store without a record. */
    static StoreSize size(Path generation) {
        Optional<StoreManifest> manifest = StoreManifest.readFrom(generation);
        return BuildInputsFile.read(generation)
                .filter(c -> manifest.isPresent())
                .map(c -> StoreSize.of(DataExtent.of(manifest.get().files()), c.triples(), c.baseline()))
                .orElse(new StoreSize(0, 0));
    }

    /** The highest generation number among the folder's entries (0 when none), whatever TDB2 makes of them. */
    static int newestNumber(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> GENERATION.matcher(p.getFileName().toString()))
                    .filter(m -> m.matches() && m.group(1).length() < 10)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
        } catch (IOException e) {
            throw new KgException(ErrorCode.STORE_UNUSABLE, dir + ": cannot list the store folder ("
                    + e.getClass().getSimpleName() + ") — check its permissions", e);
        }
    }

    /** Every generation but {@code kept}: those a replacement leaves behind, and any that is not kg's. */
    private static void deleteOldGenerations(Path dir, Path kept) {
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(p -> GENERATION.matcher(p.getFileName().toString()).matches() && !p.equals(kept))
                    .forEach(GraphReplacement::deleteTree);
        } catch (IOException e) {
            throw new KgException(ErrorCode.STORE_UNUSABLE, dir + ": cannot remove the previous graph's files ("
                    + e.getClass().getSimpleName() + ") — the new graph is in place; check the folder's permissions", e);
        }
    }
}
