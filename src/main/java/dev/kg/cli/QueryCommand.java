package dev.kg.cli;

import dev.kg.error.KgException;
import dev.kg.project.Project;
import dev.kg.query.QueryOperation;
import dev.kg.query.SavedQueries;
import dev.kg.query.SavedQuery;
import dev.kg.store.GraphStore;
import java.time.Duration;
import java.util.LinkedHashMap;
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

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Binds a parameter the query declares (repeatable). Values are bound as RDF terms, never pasted into the text.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", completionCandidates = QueryFormats.class,
            description = "Output: text (an aligned table, the default), csv, tsv, json or xml for SELECT and ASK;"
                    + " turtle (the default), ntriples, nquads, trig, jsonld or rdfxml for CONSTRUCT and DESCRIBE.")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop the query after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Mixin
    ProjectOption project;

    @Mixin
    StoreOption store;

    @Mixin
    VerboseOption verbose;

    QueryCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        if (timeoutSeconds <= 0) {
            throw KgException.usage("--timeout must be a positive number of seconds");
        }
        Project p = project.resolve();
        SavedQuery query = source.text != null ? SavedQueries.inline(source.text)
                : new SavedQueries(p.queries()).resolve(source.name);
        try (GraphStore graph = GraphStore.openExisting(store.resolve(p))) {
            QueryOperation.run(graph, query, params, format, Duration.ofSeconds(timeoutSeconds), console.out());
        }
        console.out().flush();
    }

    static final class QueryFormats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return QueryOperation.formats().iterator();
        }
    }
}
