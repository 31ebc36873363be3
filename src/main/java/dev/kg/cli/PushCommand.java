package dev.kg.cli;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.project.Project;
import dev.kg.push.PushCredentials;
import dev.kg.push.PushOperation.GraphCount;
import dev.kg.push.PushOperation;
import dev.kg.rdf.Prefixes;
import dev.kg.store.GraphStore;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Uploads every named graph of the store to a SPARQL 1.1 Graph Store Protocol endpoint (Fuseki,"
                + " GraphDB, Virtuoso, Stardog, Neptune, …), one PUT per graph, then checks each graph's triple count there.",
            "Credentials come from the environment only: KG_PUSH_USER and KG_PUSH_PASSWORD (basic or digest auth, as the server asks) or KG_PUSH_TOKEN"
                + " (bearer). Failed requests are retried with backoff. The local store is only read."},
        footerHeading = "%nExamples:%n",
        footer = {"  kg push http://localhost:3030/kg --dry-run", "  kg push http://localhost:3030/kg --prune",
            "  KG_PUSH_TOKEN=... kg push https://triplestore.example.org/repositories/news/rdf-graphs/service"})
final class PushCommand implements Runnable {
    private final Console console;

    @Parameters(paramLabel = "URL", description = "The Graph Store Protocol endpoint; for Fuseki, http://HOST:PORT/DATASET.")
    String url;

    @Option(names = "--dry-run", description = "List what would be sent, and send nothing.")
    boolean dryRun;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
            description = "Retries of a failed request, waiting 0.5 s, 1 s, 2 s, … between them (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up on a request (connecting, sending a graph, reading the answer) after this many"
                    + " seconds; it is then retried like a failed one (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--prune", description = "Delete on the server the graphs in kg's namespaces (entities, ontology,"
            + " articles) that the store no longer has; graphs of other namespaces are never touched. Without it they are listed as stale.")
    boolean prune;

    @Option(names = "--sparql", paramLabel = "URL", description = "The server's SPARQL query endpoint, asked for its"
            + " graph names and whether its default graph is the union (default: the push URL, as for Fuseki).")
    String sparql;

    @Mixin
    StoreOptions options;

    PushCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        URI endpoint = endpoint();
        if (retries < 0) {
            throw new KgException(ErrorCode.USAGE, "--retries must be 0 or more");
        }
        if (timeoutSeconds <= 0) {
            throw new KgException(ErrorCode.USAGE, "--timeout must be a positive number of seconds");
        }
        Project p = options.project();
        String queryUrl = sparql == null ? endpoint.toString() : checked(sparql).toString();
        PushOperation.Target target = new PushOperation.Target(endpoint.toString(), queryUrl,
                PushCredentials.fromEnvironment(System.getenv()), retries, Duration.ofMillis(500),
                Duration.ofSeconds(timeoutSeconds));
        try (GraphStore graph = GraphStore.openExisting(options.store(p))) {
            if (dryRun) {
                List<GraphCount> plan = PushOperation.plan(graph);
                for (GraphCount g : plan) {
                    console.out().printf("PUT %s?graph=%s  %d triples%n", endpoint, g.graph(), g.triples());
                }
                console.err().printf("dry run: %d graphs, %d triples would go to %s%s; nothing was sent%n", plan.size(),
                        total(plan), endpoint, target.credentials().map(c -> " with " + c).orElse(""));
                return;
            }
            PushOperation.Report report = PushOperation.push(graph, target, prune,
                    g -> console.err().printf("  %7d  %s%n", g.triples(), Prefixes.STANDARD.shortForm(g.graph())));
            console.err().printf("pushed %d graphs, %d triples to %s; the triple count of each graph there matches%n",
                    report.pushed().size(), total(report.pushed()), endpoint);
            PushSummary.print(report, console.err());
        }
        console.out().flush();
    }

    private URI endpoint() {
        return checked(url);
    }

    private static URI checked(String url) {
        PushCredentials.refuseInUrl(url);
        try {
            URI uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new KgException(ErrorCode.USAGE, "'" + url + "' is not an http or https URL — give the endpoint's URL,"
                + " e.g. http://localhost:3030/kg");
    }

    private static long total(List<GraphCount> graphs) {
        return graphs.stream().mapToLong(GraphCount::triples).sum();
    }
}
