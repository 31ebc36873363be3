package dev.kg.serve;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.store.GraphStore;
import jakarta.servlet.Filter;
import java.net.BindException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A read-only SPARQL endpoint over a store, served by Apache Jena Fuseki: query only (no update, no
 * graph-store writes), no SERVICE calls out, a timeout on every query, and the standard result formats by
 * content negotiation. The store stays open, and locked, until the endpoint is closed.
 */
public final class SparqlEndpoint implements AutoCloseable {
    /** The dataset's name in the endpoint's URLs: {@code http://HOST:PORT/kg/sparql}. */
    public static final String DATASET = "kg";

    /** A connection that makes no progress this long (a client that stops reading) is closed. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
    /** The socket send buffer of each connection. */
    static final int SEND_BUFFER_BYTES = 256 * 1024;
    /** Threads serving requests: room for many slow clients besides the queries being evaluated. */
    static final int MAX_THREADS = 200;

    private final FusekiServer server;
    private final String host;
    private final ScheduledExecutorService deadlines;

    private SparqlEndpoint(FusekiServer server, String host, ScheduledExecutorService deadlines) {
        this.server = server;
        this.host = host;
        this.deadlines = deadlines;
    }

    /** Starts serving, readable by pages from any origin; {@code port} 0 picks a free port. */
    public static SparqlEndpoint start(GraphStore store, String host, int port, Duration timeout) {
        return start(store, host, port, timeout, CorsPolicy.ANY);
    }

    /** Starts serving; {@code port} 0 picks a free port; {@code cors} says which other origins' pages may read it. */
    public static SparqlEndpoint start(GraphStore store, String host, int port, Duration timeout, CorsPolicy cors) {
        DatasetGraph dataset = store.dataset();
        // The endpoint answers over the union of all graphs, as kg query does, and never reaches out.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kg-serve-deadlines");
            t.setDaemon(true);
            return t;
        });
        FusekiServer.Builder builder = FusekiServer.create()
                .port(port)
                .add("/" + DATASET, dataset, false)
                .enablePing(true)
                .numServerThreads(8, MAX_THREADS);
        // Filters run in this order: CORS first, so that a preflight is answered without taking a query's place.
        Filter crossOrigin = cors.filter();
        if (crossOrigin != null) {
            builder.addFilter("/*", crossOrigin);
        }
        FusekiServer server = builder
                .addFilter("/*", new RequestBounds(timeout, deadlines))
                .addFilter("/" + DATASET + "/sparql", new ServiceDescription(dataset))
                .build();
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(host);
                serverConnector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                // What the kernel holds for a client that reads nothing: a few rows, not megabytes of them.
                serverConnector.setAcceptedSendBufferSize(SEND_BUFFER_BYTES);
            }
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            deadlines.shutdownNow();
            if (causedBy(e, BindException.class)) {
                throw new KgException(ErrorCode.PORT_UNAVAILABLE, host + ":" + port + " is not available ("
                        + rootMessage(e) + ") — choose another port with --port, or --port 0 for any free one", e);
            }
            throw e;
        }
        return new SparqlEndpoint(server, host, deadlines);
    }

    /** Where SPARQL queries go, e.g. {@code http://127.0.0.1:3030/kg/sparql}. */
    public String queryUrl() {
        return baseUrl() + "/" + DATASET + "/sparql";
    }

    public String baseUrl() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + server.getHttpPort();
    }

    public int port() {
        return server.getHttpPort();
    }

    /** Blocks until the server stops. */
    public void awaitStop() {
        server.join();
    }

    /** Stops the server; closing twice is harmless. */
    @Override
    public void close() {
        if (!server.getJettyServer().isStopped()) {
            server.stop();
        }
        deadlines.shutdownNow();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
