package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.serve.CorsPolicy;
import dev.kg.serve.SparqlEndpoint;
import dev.kg.store.GraphStore;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** {@code kg serve} for browsers: CORS headers, the preflight, and the Service Description, over real HTTP. */
class ServeForBrowsersTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PAGE = "http://127.0.0.1:8123";

    @Test
    void anyOriginMayQueryAndThePreflightIsAnswered() throws Exception {
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()));
             SparqlEndpoint endpoint = SparqlEndpoint.start(store, "127.0.0.1", 0, Duration.ofSeconds(10))) {
            HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(endpoint.queryUrl()))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", PAGE)
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type"));
            assertEquals(200, preflight.statusCode());
            // Any origin: the asking one is named back (and Vary: Origin keeps caches apart).
            assertEquals(Optional.of(PAGE), preflight.headers().firstValue("Access-Control-Allow-Origin"));
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Content-Type"));
            assertEquals(Optional.of("3600"), preflight.headers().firstValue("Access-Control-Max-Age"));
            assertEquals("", preflight.body());

            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(endpoint.queryUrl()))
                    .POST(HttpRequest.BodyPublishers.ofString("ASK { ?s ?p ?o }"))
                    .header("Content-Type", "application/sparql-query")
                    .header("Accept", "application/sparql-results+json")
                    .header("Origin", PAGE));
            assertEquals(200, answer.statusCode());
            assertEquals(Optional.of(PAGE), answer.headers().firstValue("Access-Control-Allow-Origin"));
            assertTrue(answer.body().contains("\"boolean\" : true"), answer.body());
        }
    }

    @Test
    void aRestrictedEndpointAnswersOnlyItsOriginsAndNoneAnswersNoOther() throws Exception {
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()))) {
            try (SparqlEndpoint endpoint = SparqlEndpoint.start(store, "127.0.0.1", 0, Duration.ofSeconds(10),
                    CorsPolicy.of(List.of("http://localhost:9999", PAGE)))) {
                assertEquals(Optional.of(PAGE), ask(endpoint, PAGE).headers().firstValue("Access-Control-Allow-Origin"));
                assertEquals(Optional.empty(), ask(endpoint, "http://evil.example").headers().firstValue("Access-Control-Allow-Origin"));
            }
            try (SparqlEndpoint endpoint = SparqlEndpoint.start(store, "127.0.0.1", 0, Duration.ofSeconds(10), CorsPolicy.NONE)) {
                HttpResponse<String> answer = ask(endpoint, PAGE);
                assertEquals(200, answer.statusCode());
                assertEquals(Optional.empty(), answer.headers().firstValue("Access-Control-Allow-Origin"));
            }
        }
    }

    @Test
    void aBadOriginIsAUsageError() {
        Kg.Run run = SeedStore.kg("serve", "--port", "0", "--cors-origin", "localhost:8080/page");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().startsWith("kg serve: --cors-origin 'localhost:8080/page' is not an origin — give scheme,"), run.err());
        assertTrue(run.err().endsWith("[usage]\n"), run.err());
    }

    @Test
    void aGetWithoutQueryDescribesTheService() throws Exception {
        int graphs;
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()))) {
            graphs = Txn.calculateRead(store.dataset(), () -> (int) org.apache.jena.atlas.iterator.Iter.count(store.dataset().listGraphNodes()));
        }
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()));
             SparqlEndpoint endpoint = SparqlEndpoint.start(store, "127.0.0.1", 0, Duration.ofSeconds(10))) {
            HttpResponse<String> turtle = send(HttpRequest.newBuilder(URI.create(endpoint.queryUrl())).GET());
            assertEquals(200, turtle.statusCode());
            assertEquals(Optional.of("text/turtle;charset=utf-8"), turtle.headers().firstValue("Content-Type"));
            assertTrue(turtle.body().contains("PREFIX sd:"), turtle.body());
            Model description = ModelFactory.createDefaultModel();
            RDFParser.fromString(turtle.body(), Lang.TURTLE).parse(description);
            String sd = "PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>\n"
                    + "PREFIX sh: <http://www.w3.org/ns/shacl#>\n";
            assertTrue(ask(description, sd + "ASK { <" + endpoint.queryUrl() + "> a sd:Service ; sd:endpoint <" + endpoint.queryUrl()
                    + "> ; sd:supportedLanguage sd:SPARQL11Query ; sd:feature sd:UnionDefaultGraph ;"
                    + " sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON>, <http://www.w3.org/ns/formats/SPARQL_Results_CSV> }"));
            assertEquals(graphs, count(description, sd + "SELECT (COUNT(DISTINCT ?g) AS ?n) { ?s sd:defaultDataset/sd:namedGraph/sd:name ?g }"));
            assertTrue(graphs > 3, "graphs: " + graphs);
            assertTrue(ask(description, sd + "ASK { ?s sd:defaultDataset/sd:namedGraph/sd:name <https://w3id.org/kg/graph/entities> }"));
            assertTrue(ask(description, sd + "ASK { ?s sh:declare [ sh:prefix \"kg\" ; sh:namespace \"https://w3id.org/kg/ontology#\"^^<http://www.w3.org/2001/XMLSchema#anyURI> ] }"));
            assertEquals(dev.kg.rdf.Prefixes.STANDARD.numPrefixes(), count(description, sd + "SELECT (COUNT(*) AS ?n) { ?s sh:declare ?d }"));

            HttpResponse<String> jsonld = send(HttpRequest.newBuilder(URI.create(endpoint.queryUrl())).GET().header("Accept", "application/ld+json"));
            assertEquals(Optional.of("application/ld+json;charset=utf-8"), jsonld.headers().firstValue("Content-Type"));
            Model again = ModelFactory.createDefaultModel();
            RDFParser.fromString(jsonld.body(), Lang.JSONLD).parse(again);
            assertTrue(again.isIsomorphicWith(description));

            // A query by GET is still a query, answered by Fuseki.
            try (QueryExecution exec = QueryExecutionHTTP.service(endpoint.queryUrl()).useGet().query("ASK { ?s ?p ?o }").build()) {
                assertTrue(exec.execAsk());
            }
        }
    }

    private static HttpResponse<String> ask(SparqlEndpoint endpoint, String origin) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(endpoint.queryUrl()))
                .POST(HttpRequest.BodyPublishers.ofString("ASK { ?s ?p ?o }"))
                .header("Content-Type", "application/sparql-query")
                .header("Origin", origin));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean ask(Model model, String query) {
        try (QueryExecution exec = QueryExecutionFactory.create(query, model)) {
            return exec.execAsk();
        }
    }

    private static int count(Model model, String query) {
        try (QueryExecution exec = QueryExecutionFactory.create(query, model)) {
            return exec.execSelect().next().getLiteral("n").getInt();
        }
    }
}
