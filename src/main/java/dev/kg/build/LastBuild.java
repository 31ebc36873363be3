package dev.kg.build;

import dev.kg.store.BuildInputs;
import dev.kg.store.BuildInputs.ArticleInput;
import dev.kg.store.PreviousBuild;
import dev.kg.store.StoreBaseline;
import dev.kg.store.StoreSize;
import dev.kg.store.StoreStamp;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The store's last build as a watching build keeps it between builds, instead of reading the store's record
 * of it again: its generation and inputs, each mapping file's input by path (in the order a build reads them),
 * the triples in each graph, and the facts.
 *
 * @param previous the generation, as the store would describe it
 * @param byFile   each mapping file's input, by its path in the seeds folder
 * @param triples  the triples in each named graph, by IRI
 * @param facts    the facts of all articles
 */
record LastBuild(PreviousBuild previous, SortedMap<Path, ArticleInput> byFile, SortedMap<String, Long> triples, int facts) {
    LastBuild {
        byFile = Collections.unmodifiableSortedMap(byFile);
        triples = Collections.unmodifiableSortedMap(triples);
    }

    /**
     * The build of {@code inputs} that wrote {@code stamp}, of size {@code size} (estimated from {@code baseline}),
     * its graphs holding {@code triples}.
     */
    static LastBuild of(Path seeds, StoreStamp stamp, BuildInputs inputs, Map<String, Long> triples, StoreSize size,
                        StoreBaseline baseline) {
        SortedMap<Path, ArticleInput> byFile = new TreeMap<>();
        int facts = 0;
        for (ArticleInput a : inputs.articles()) {
            byFile.put(seeds.resolve(a.mappingFile()), a);
            facts += a.facts();
        }
        return new LastBuild(new PreviousBuild(stamp, Optional.of(inputs), size, Optional.of(baseline)), byFile, new TreeMap<>(triples), facts);
    }

    StoreStamp stamp() {
        return previous.stamp();
    }

    BuildInputs inputs() {
        return previous.inputs().orElseThrow();
    }
}
