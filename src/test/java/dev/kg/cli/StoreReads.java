package dev.kg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The commands that read a store, each run through the real command line against one project and store. */
final class StoreReads {
    /** Query, export, describe and path: each reads a different part of the store (serve is run on its own). */
    static final List<List<String>> COMMANDS = List.of(
            List.of("query", "investments", "--param", "company=scale-ai"),
            List.of("query", "-e", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"),
            List.of("export", "--format", "nquads", "--with-ontology"),
            List.of("describe", "scale-ai"),
            List.of("path", "anduril", "scale-ai"));

    private StoreReads() {
    }

    /** Every command's run, by its command line. */
    static Map<String, Kg.Run> runAll(Path project, Path store) {
        Map<String, Kg.Run> runs = new LinkedHashMap<>();
        for (List<String> command : COMMANDS) {
            runs.put(String.join(" ", command), run(project, store, command));
        }
        return runs;
    }

    static Kg.Run run(Path project, Path store, List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--project", project.toString(), "--store", store.toString()));
        return Kg.run(args.toArray(String[]::new));
    }

    /** A command refused the damaged store as it should: exit 1, the code, how to rebuild, and no output. */
    static boolean refusedAsDamaged(Kg.Run run) {
        return run.exit() == 1 && run.out().isEmpty() && run.err().endsWith(" [store-damaged]\n")
                && run.err().contains("the store is damaged (") && run.err().contains(" — run 'kg build' to rebuild it")
                && run.err().lines().count() == 1;
    }
}
