package dev.kg.cli;

import dev.kg.build.BuildMode;
import dev.kg.build.BuildOperation;
import dev.kg.build.BuildReport;
import dev.kg.build.BuildWatch;
import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.project.Project;
import dev.kg.rdf.Prefixes;
import dev.kg.store.Loader;
import java.io.PrintStream;
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
        footer = {"  kg build", "  kg build --full", "  kg build --watch", "  kg build --store /tmp/kg-store", "  kg build --loader plain"})
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

    @Option(names = "--watch", description = {"Build once, then again on every save in seeds/ or ontology/, in this"
                + " process, keeping what the last build read: a save costs about what its article costs. Prints each"
                + " build's summary, or its problems (the store is then left as it was), and runs until Ctrl-C."
                + " The store is not held open between builds."})
    boolean watch;

    @Mixin
    StoreOptions options;

    BuildCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        if (watch && full) {
            throw new KgException(ErrorCode.USAGE, "--full builds everything once, and --watch builds what each save"
                    + " changes — run kg build --full, then kg build --watch");
        }
        Project p = options.project();
        Path dir = options.store(p);
        // Progress only for a person at a terminal: logs and pipes get the summary alone.
        BuildOperation.Progress progress = console.terminal()
                ? new TerminalProgress(console.err()) : BuildOperation.Progress.NONE;
        if (watch) {
            watch(p, dir, progress);
            return;
        }
        CoverageWarnings warnings = new CoverageWarnings();
        BuildReport report = BuildOperation.build(p, dir, loader, progress, warnings::add, full);
        print(console.err(), dir, report, warnings);
    }

    /** Until Ctrl-C or SIGTERM, which stop the watch (a build under way writes all or nothing) and let this thread say so. */
    private void watch(Project p, Path dir, BuildOperation.Progress progress) {
        BuildWatch watching = BuildWatch.start(p, dir, loader);
        SignalStop signal = SignalStop.on(watching::stop);
        try (watching) {
            watching.run(new BuildWatchPrinter(console.err(), dir), progress);
        } finally {
            console.err().println("kg build: stopped watching");
            console.err().flush();
            signal.release();
        }
    }

    /** What kg build prints of a build that passed: how it went about it, the summary, and the largest graphs. */
    static void print(PrintStream err, Path dir, BuildReport report, CoverageWarnings warnings) {
        BuildMode mode = report.mode();
        if (mode.kind() == BuildMode.Kind.UNCHANGED) {
            err.printf("nothing changed: %s holds the graph of %d articles, %d triples; data %s%n",
                    dir, report.articles(), report.triples(), report.size().describe());
            return;
        }
        if (mode.kind() == BuildMode.Kind.INCREMENTAL) {
            err.printf("incremental: %d changed, %d added, %d removed%n", mode.changed(), mode.added(), mode.removed());
        } else if (mode.reason() != null) {
            err.printf("full build: %s%n", mode.reason());
        }
        warnings.warn("build", err);
        double seconds = report.took().toMillis() / 1000.0;
        err.printf("built %s: %d articles, %d entities, %d facts, %d triples in %.1f s (%,.0f triples/s); data %s%n",
                dir, report.articles(), report.entities(), report.facts(), report.triples(), seconds,
                report.triples() / Math.max(seconds, 0.001), report.size().describe());
        int shown = 0;
        for (Map.Entry<String, Long> graph : report.triplesPerGraph().entrySet()) {
            if (shown++ == MAX_GRAPH_LINES) {
                err.printf("  … and %d more graphs%n", report.triplesPerGraph().size() - MAX_GRAPH_LINES);
                break;
            }
            err.printf("  %7d  %s%n", graph.getValue(), Prefixes.STANDARD.shortForm(graph.getKey()));
        }
    }

    static final class Loaders implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Loader.values()).map(Loader::key).iterator();
        }
    }
}
