package dev.kg.cli;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.project.Project;
import dev.kg.query.QueryOperation;
import dev.kg.query.SavedQueries;
import dev.kg.query.SavedQuery;
import dev.kg.store.GraphStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a saved query from queries/, a query file, or a query given with -e, over the union of all graphs.",
            "The prefixes kg, ent, art, rdf, rdfs, owl, xsd, skos, prov and dcterms are predefined."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  kg query investments",
            "  kg query investments --param company=scale-ai --format csv",
            "  kg query my-queries/partners.rq",
            "  kg query -e 'SELECT ?label WHERE { ent:scale-ai rdfs:label ?label }'"})
final class QueryCommand implements Runnable {
    private final Console console;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "NAME|FILE.rq", description = "A saved query's name (see 'kg queries'), or the path of a .rq file.")
        String name;

        @Option(names = {"-e", "--query"}, paramLabel = "SPARQL", description = "The query text itself.")
        String text;
    }

    // A list, not a Map: picocli's map splitting treats quotes specially and warns on a value such as a"b.
    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Binds a parameter the query declares (repeatable). Values are bound as RDF terms, never pasted into the text.")
    List<String> params = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", completionCandidates = QueryFormats.class,
            description = "Output: text (an aligned table, the default), csv, tsv, json or xml for SELECT and ASK;"
                    + " turtle (the default), ntriples, nquads, trig, jsonld or rdfxml for CONSTRUCT and DESCRIBE.")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop the query, and the writing of its results, after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--allow-service",
            description = "Let SERVICE clauses reach other SPARQL endpoints over the network (refused by default).")
    boolean allowService;

    @Mixin
    StoreOptions options;

    QueryCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        if (timeoutSeconds <= 0) {
            throw new KgException(ErrorCode.USAGE, "--timeout must be a positive number of seconds");
        }
        Project p = options.project();
        SavedQuery query = source.text != null ? SavedQueries.inline(source.text)
                : new SavedQueries(p.queries()).resolve(source.name);
        try (GraphStore graph = GraphStore.openExisting(options.store(p))) {
            QueryOperation.run(graph, query, params(), format,
                    new QueryOperation.Limits(Duration.ofSeconds(timeoutSeconds), allowService), console.out());
        }
        console.out().flush();
    }

    private Map<String, String> params() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String param : params) {
            int eq = param.indexOf('=');
            if (eq <= 0) {
                throw new KgException(ErrorCode.USAGE, "--param needs NAME=VALUE, got '" + param + "'");
            }
            if (map.put(param.substring(0, eq), param.substring(eq + 1)) != null) {
                throw new KgException(ErrorCode.USAGE,
                        "--param " + param.substring(0, eq) + " is given twice — give each parameter once");
            }
        }
        return map;
    }

    static final class QueryFormats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return QueryOperation.formats().iterator();
        }
    }
}
