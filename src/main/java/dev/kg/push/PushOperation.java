package dev.kg.push;

import dev.kg.error.ErrorCode;
import dev.kg.error.FirstLine;
import dev.kg.error.KgException;
import dev.kg.rdf.Iris;
import dev.kg.store.GraphStore;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Uploads every named graph of a store to a SPARQL 1.1 Graph Store Protocol endpoint, one PUT per graph
 * (so a push replaces those graphs and touches no other), then reads each back and checks its triple
 * count. Failed requests are retried with exponential backoff; a refusal (4xx) is not retried.
 */
public final class PushOperation {

    /**
     * What to push where, and how hard to try.
     *
     * @param timeout how long one request may take, from connecting to the last byte of the answer
     */
    public record Target(String endpoint, String sparql, Optional<PushCredentials> credentials, int retries,
                         Duration firstBackoff, Duration timeout) {
    }

    /**
     * What a push did and found on the server.
     *
     * @param stale  graphs in kg's namespaces on the server that the store no longer builds, left there
     * @param pruned such graphs deleted (with prune)
     * @param union  whether the server's default graph shows the named graphs; empty when it could not be asked
     * @param remoteProblem why the server's query endpoint could not be asked, if it could not
     */
    public record Report(List<GraphCount> pushed, List<String> stale, List<String> pruned, Optional<Boolean> union,
                         Optional<String> remoteProblem) {
    }

    /** One graph of the push and its triple count. */
    public record GraphCount(String graph, long triples) {
    }

    /** Told about each graph as it is sent. */
    @FunctionalInterface
    public interface Progress {
        void pushed(GraphCount graph);
    }

    private PushOperation() {
    }

    /** The graphs a push would send, in order, with their sizes: what a dry run lists. */
    public static List<GraphCount> plan(GraphStore store) {
        return store.read(() -> {
            List<GraphCount> graphs = new ArrayList<>();
            store.dataset().listGraphNodes().forEachRemaining(g -> graphs.add(
                    new GraphCount(g.getURI(), store.dataset().getGraph(g).size())));
            graphs.sort((a, b) -> a.graph().compareTo(b.graph()));
            return graphs;
        });
    }

    /** Pushes every graph, checks the counts, then lists (or, with {@code prune}, deletes) stale graphs and checks the union. */
    public static Report push(GraphStore store, Target target, boolean prune, Progress progress) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(target.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try (ChallengeLogin login = ChallengeLogin.register(target)) {
            List<GraphCount> pushed = push(store, target, progress, client);
            List<String> names = pushed.stream().map(GraphCount::graph).toList();
            List<String> stale;
            boolean union;
            try {
                stale = RemoteGraphs.stale(client, target, names);
                union = RemoteGraphs.answersOverUnion(client, target, probeSubject(store));
            } catch (RuntimeException e) {
                KgException problem = RemoteGraphs.asPushFailure(e, target);
                if (prune) {
                    throw problem;
                }
                return new Report(pushed, List.of(), List.of(), Optional.empty(), Optional.of(problem.getMessage()));
            }
            if (!prune) {
                return new Report(pushed, stale, List.of(), Optional.of(union), Optional.empty());
            }
            for (String graph : stale) {
                RemoteGraphs.delete(client, target, graph);
            }
            return new Report(pushed, List.of(), stale, Optional.of(union), Optional.empty());
        } finally {
            client.shutdownNow(); // close() would wait for a request that timed out
        }
    }

    private static List<GraphCount> push(GraphStore store, Target target, Progress progress, HttpClient client) {
        List<GraphCount> plan = plan(store);
        for (GraphCount g : plan) {
            Graph copy = store.read(() -> {
                Graph graph = GraphFactory.createDefaultGraph();
                store.dataset().getGraph(NodeFactory.createURI(g.graph())).find().forEachRemaining(graph::add);
                return graph;
            });
            withRetries(target, "PUT " + g.graph(), () -> {
                gsp(client, target, g.graph()).PUT(copy);
                return null;
            });
            progress.pushed(g);
        }
        List<String> mismatches = new ArrayList<>();
        for (GraphCount g : plan) {
            long remote = withRetries(target, "GET " + g.graph(), () -> (long) gsp(client, target, g.graph()).GET().size());
            if (remote != g.triples()) {
                mismatches.add(g.graph() + " has " + remote + " triples there, " + g.triples() + " here");
            }
        }
        if (!mismatches.isEmpty()) {
            throw new KgException(ErrorCode.PUSH_COUNT_MISMATCH, target.endpoint() + ": after the push, "
                    + String.join("; ", mismatches) + " — another writer may be changing those graphs; push again");
        }
        return plan;
    }

    /** A subject of the entities graph: a query over the union default graph finds it without GRAPH. */
    private static String probeSubject(GraphStore store) {
        return store.read(() -> {
            TreeSet<String> subjects = new TreeSet<>();
            store.dataset().getGraph(Iris.ENTITIES_GRAPH).find().forEachRemaining(t -> {
                if (t.getSubject().isURI()) {
                    subjects.add(t.getSubject().getURI());
                }
            });
            return subjects.isEmpty() ? Iris.ENTITIES_GRAPH.getURI() : subjects.first();
        });
    }

    private static GSP gsp(HttpClient client, Target target, String graph) {
        Node name = NodeFactory.createURI(graph);
        GSP gsp = GSP.service(target.endpoint()).graphName(name).httpClient(client);
        target.credentials().flatMap(PushCredentials::authorization).ifPresent(a -> gsp.httpHeader("Authorization", a));
        return gsp;
    }

    static <T> T withRetries(Target target, String what, Supplier<T> request) {
        Duration wait = target.firstBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                return TimedRequest.within(target.timeout(), request);
            } catch (TimedRequest.TimedOut e) {
                if (attempt > target.retries()) {
                    throw new KgException(ErrorCode.PUSH_TIMEOUT, target.endpoint() + " did not answer " + what + " within "
                            + target.timeout().toSeconds() + " s, " + attempt + (attempt == 1 ? " attempt" : " attempts")
                            + " — check that the server is up and is a Graph Store Protocol endpoint, or allow more"
                            + " time with --timeout", e);
                }
            } catch (HttpException e) {
                int status = e.getStatusCode();
                if (status == 401 || status == 403) {
                    throw new KgException(ErrorCode.PUSH_UNAUTHORIZED, target.endpoint() + " refused " + what + " (HTTP "
                            + status + ") — set " + PushCredentials.USER + " and " + PushCredentials.PASSWORD + ", or "
                            + PushCredentials.TOKEN + ", to credentials that may write"
                            + target.credentials().map(c -> " (sent: " + c + ")").orElse(" (none were sent)"), e);
                }
                boolean retryable = status <= 0 || status >= 500 || status == 408 || status == 429;
                if (!retryable) {
                    throw new KgException(ErrorCode.PUSH_FAILED, target.endpoint() + " refused " + what + " (HTTP " + status
                            + " " + FirstLine.of(e) + ") — check that the URL is the Graph Store Protocol endpoint"
                            + " (for Fuseki: http://HOST:PORT/DATASET)", e);
                }
                if (attempt > target.retries()) {
                    throw status <= 0
                            ? new KgException(ErrorCode.PUSH_UNREACHABLE, "cannot reach " + target.endpoint() + " ("
                                    + cause(e) + ") after " + attempt + " attempts — check the URL and that the server is up", e)
                            : new KgException(ErrorCode.PUSH_FAILED, target.endpoint() + " failed " + what + " with HTTP "
                                    + status + " after " + attempt + " attempts — see the server's log", e);
                }
            }
            sleep(wait);
            wait = wait.multipliedBy(2);
        }
    }

    private static String cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof HttpTimeoutException) {
                return "timed out";
            }
        }
        return FirstLine.of(e);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KgException(ErrorCode.PUSH_FAILED, "the push was interrupted", e);
        }
    }
}
