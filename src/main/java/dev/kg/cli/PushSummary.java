package dev.kg.cli;

import dev.kg.push.PushOperation;
import dev.kg.rdf.Prefixes;
import java.io.PrintStream;
import java.util.List;

/** What {@code kg push} says after the counts: stale or pruned graphs, and whether saved queries answer on the server. */
final class PushSummary {
    private PushSummary() {
    }

    static void print(PushOperation.Report report, PrintStream err) {
        report.remoteProblem().ifPresent(p -> err.println("note: could not ask the server which graphs it holds ("
                + p + "); stale graphs and the union were not checked"));
        if (!report.stale().isEmpty()) {
            err.printf("stale: %s on the server that the store no longer has (kg push --prune deletes %s):%n",
                    graphs(report.stale()), report.stale().size() == 1 ? "it" : "them");
            report.stale().forEach(g -> err.println("  " + Prefixes.STANDARD.shortForm(g)));
        }
        if (!report.pruned().isEmpty()) {
            err.printf("pruned %s that the store no longer has:%n", graphs(report.pruned()));
            report.pruned().forEach(g -> err.println("  " + Prefixes.STANDARD.shortForm(g)));
        }
        report.union().ifPresent(union -> err.println(union
                ? "the server's default graph is the union of its named graphs: the saved queries answer there"
                : "note: the server's default graph does not show the named graphs, so the saved queries answer nothing"
                        + " there — for Fuseki, set tdb2:unionDefaultGraph true on the dataset (or query with GRAPH);"
                        + " Virtuoso and GraphDB answer over all graphs by default"));
    }

    private static String graphs(List<String> graphs) {
        return graphs.size() + (graphs.size() == 1 ? " graph" : " graphs");
    }
}
