package dev.kg.cli;

import dev.kg.build.BuildMode;
import dev.kg.build.BuildOperation;
import dev.kg.build.BuildReport;
import dev.kg.project.Project;
import dev.kg.rdf.Prefixes;
import dev.kg.store.Loader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Validates the mapping files, then replaces the graph in the store with the one they give.",
            "Each article's facts go into a named graph of their own; the store keeps the previous graph when anything fails."},
        footerHeading = "%nExamples:%n",
        footer = {"  kg build", "  kg build --full", "  kg build --store /tmp/kg-store", "  kg build --loader plain"})
final class BuildCommand implements Runnable {
    /** A corpus of thousands of articles should not print thousands of lines. */
    private static final int MAX_GRAPH_LINES = 20;
    private final Console console;

    @Option(names = "--loader", paramLabel = "LOADER", defaultValue = "packed", completionCandidates = Loaders.class,
            description = {"One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). 'packed' is kg's own bulk loader;"
                + " 'plain' loads with Jena's TDB2 loader and checks each article with Jena's SHACL validator, through"
                + " Jena's public APIs only: slower, the same graph and the same problems."})
    Loader loader;

    @Option(names = "--full", description = {"Build the whole graph anew. Without it, when the store's graph was built"
                + " by this kg from the same ontology, shapes and entities, only the mapping files changed, added or"
                + " removed since (or whose articles changed) are read, and their graphs replaced in one step."})
    boolean full;

    @Mixin
    StoreOptions options;

    BuildCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        Project p = options.project();
        Path dir = options.store(p);
        // Progress only for a person at a terminal: logs and pipes get the summary alone.
        BuildOperation.Progress progress = console.terminal()
                ? new TerminalProgress(console.err()) : BuildOperation.Progress.NONE;
        CoverageWarnings warnings = new CoverageWarnings();
        BuildReport report = BuildOperation.build(p, dir, loader, progress, warnings::add, full);
        BuildMode mode = report.mode();
        if (mode.kind() == BuildMode.Kind.UNCHANGED) {
            console.err().printf("nothing changed: %s holds the graph of %d articles, %d triples; data %s%n",
                    dir, report.articles(), report.triples(), report.size().describe());
            return;
        }
        if (mode.kind() == BuildMode.Kind.INCREMENTAL) {
            console.err().printf("incremental: %d changed, %d added, %d removed%n", mode.changed(), mode.added(), mode.removed());
        } else if (mode.reason() != null) {
            console.err().printf("full build: %s%n", mode.reason());
        }
        warnings.warn("build", console.err());
        double seconds = report.took().toMillis() / 1000.0;
        console.err().printf("built %s: %d articles, %d entities, %d facts, %d triples in %.1f s (%,.0f triples/s); data %s%n",
                dir, report.articles(), report.entities(), report.facts(), report.triples(), seconds,
                report.triples() / Math.max(seconds, 0.001), report.size().describe());
        int shown = 0;
        for (Map.Entry<String, Long> graph : report.triplesPerGraph().entrySet()) {
            if (shown++ == MAX_GRAPH_LINES) {
                console.err().printf("  … and %d more graphs%n", report.triplesPerGraph().size() - MAX_GRAPH_LINES);
                break;
            }
            console.err().printf("  %7d  %s%n", graph.getValue(), Prefixes.STANDARD.shortForm(graph.getKey()));
        }
    }

    static final class Loaders implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Loader.values()).map(Loader::key).iterator();
        }
    }
}
