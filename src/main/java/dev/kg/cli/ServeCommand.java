package dev.kg.cli;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.project.Project;
import dev.kg.serve.CorsPolicy;
import dev.kg.serve.SparqlEndpoint;
import dev.kg.store.GraphStore;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the graph as a read-only SPARQL endpoint (Apache Jena Fuseki) until Ctrl-C.",
            "Queries only: no updates, no SERVICE calls out, a timeout on each query; results in the format the"
                + " client asks for (Accept header). The store stays locked while it runs, so stop it before 'kg build'.",
            "Pages from any origin may query it in a browser (CORS; --cors-origin restricts that); a GET of"
                + " the endpoint without a query answers its SPARQL 1.1 Service Description.",
            "Bounded: requests of at most 1 MB, 4 queries evaluated at once and 16 waiting (others get 503),"
                + " idle connections closed after 10 s."},
        footerHeading = "%nExamples:%n",
        footer = {"  kg serve", "  kg serve --port 8080", "  kg serve --cors-origin http://localhost:8080", "  kg serve --host 0.0.0.0 --port 3030   (reachable from other machines)"})
final class ServeCommand implements Runnable {
    private final Console console;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop any query, and cut its response, after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", defaultValue = "*", split = ",",
            description = {"Web pages from which origins may query the endpoint in a browser (CORS): '*' any"
                + " (default), one or more origins such as http://localhost:8080, or 'none'."})
    List<String> corsOrigins;

    @Mixin
    StoreOptions options;

    ServeCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        if (port < 0 || port > 65535) {
            throw new KgException(ErrorCode.USAGE, "--port must be between 0 and 65535");
        }
        if (timeoutSeconds <= 0) {
            throw new KgException(ErrorCode.USAGE, "--timeout must be a positive number of seconds");
        }
        CorsPolicy cors = CorsPolicy.of(corsOrigins);
        Project p = options.project();
        SignalStop[] signal = new SignalStop[1];
        try {
            try (GraphStore graph = GraphStore.openExisting(options.store(p));
                 SparqlEndpoint endpoint = SparqlEndpoint.start(graph, host, port,
                         Duration.ofSeconds(timeoutSeconds), cors)) {
                // Ctrl-C: stop taking requests, then let this thread close the store and say so before the JVM goes.
                signal[0] = SignalStop.on(endpoint::close);
                console.err().printf("kg serve: SPARQL endpoint at %s (read-only; Ctrl-C stops it)%n", endpoint.queryUrl());
                console.err().printf("  curl -s %s -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5'%n",
                        endpoint.queryUrl());
                endpoint.awaitStop();
            }
            console.err().println("kg serve: stopped; the store is free");
            console.err().flush();
        } finally {
            if (signal[0] != null) {
                signal[0].release();
            }
        }
    }
}
