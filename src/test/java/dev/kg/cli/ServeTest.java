package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.serve.SparqlEndpoint;
import dev.kg.store.GraphStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.http.HttpOp;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.http.Params;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg serve}: real HTTP against Fuseki over a real TDB2 store, with Jena's HTTP client. */
class ServeTest {

    @Test
    void answersAsKgQueryDoesAndRefusesUpdatesAndBadQueries() throws IOException {
        String expected = SeedStore.kg("query", "memberships", "--format", "csv").out();
        String text = Files.readString(TestProjects.REPO.resolve("queries/memberships.rq"));
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()));
             SparqlEndpoint endpoint = SparqlEndpoint.start(store, "127.0.0.1", 0, Duration.ofSeconds(10))) {
            String url = endpoint.queryUrl();
            assertEquals("http://127.0.0.1:" + endpoint.port() + "/kg/sparql", url);
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            try (QueryExecution exec = QueryExecutionHTTP.service(url).query(text).build()) {
                ResultSetFormatter.outputAsCSV(csv, exec.execSelect());
            }
            assertEquals(expected, csv.toString(StandardCharsets.UTF_8));

            HttpException update = assertThrows(HttpException.class, () -> UpdateExecutionHTTP.service(url)
                    .update("CLEAR ALL").build().execute());
            assertTrue(update.getStatusCode() >= 400 && update.getStatusCode() < 500, "status " + update.getStatusCode());
            HttpException updateEndpoint = assertThrows(HttpException.class, () -> UpdateExecutionHTTP
                    .service(endpoint.baseUrl() + "/kg/update").update("CLEAR ALL").build().execute());
            assertEquals(404, updateEndpoint.getStatusCode());

            HttpException malformed = assertThrows(HttpException.class,
                    () -> HttpOp.httpPostForm(url, Params.create().add("query", "SELEC * WHERE { ?s ?p ?o }")));
            assertEquals(400, malformed.getStatusCode());

            HttpException service = assertThrows(HttpException.class, () -> HttpOp.httpPostForm(url,
                    Params.create().add("query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")));
            assertTrue(service.getStatusCode() >= 400, "status " + service.getStatusCode());

            try (QueryExecution exec = QueryExecutionHTTP.service(url)
                    .query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").build()) {
                assertEquals(2647, exec.execSelect().next().getLiteral("n").getInt());
            }
        }
    }

    /** A pattern whose earlier part matches nothing answers with no rows (Jena 6.0.0 failed with HTTP 500, apache/jena 3751). */
    @Test
    void aPatternAfterAnEmptyMatchAnswersNoRowsOverHttp() throws IOException {
        String text = Files.readString(TestProjects.REPO.resolve("queries/planned-spending.rq"))
                .replace("?claim a kg:Spending ;", "VALUES ?org { <https://w3id.org/kg/id/entity/no-such-org> }\n  ?claim a kg:Spending ;");
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()));
             SparqlEndpoint endpoint = SparqlEndpoint.start(store, "127.0.0.1", 0, Duration.ofSeconds(10));
             QueryExecution exec = QueryExecutionHTTP.service(endpoint.queryUrl()).query(text).build()) {
            assertFalse(exec.execSelect().hasNext());
        }
    }

    @Test
    void aQueryOverItsTimeIsStopped() {
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()));
             SparqlEndpoint endpoint = SparqlEndpoint.start(store, "127.0.0.1", 0, Duration.ofSeconds(1))) {
            long start = System.nanoTime();
            HttpException slow = assertThrows(HttpException.class, () -> HttpOp.httpPostForm(endpoint.queryUrl(),
                    Params.create().add("query", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")));
            assertEquals(503, slow.getStatusCode());
            assertTrue(System.nanoTime() - start < 30_000_000_000L, "the query ran on past its timeout");
        }
    }

    @Test
    void aTakenPortIsAClearError() {
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()));
             SparqlEndpoint first = SparqlEndpoint.start(store, "127.0.0.1", 0, Duration.ofSeconds(10))) {
            Kg.Run run = SeedStore.kg("serve", "--port", Integer.toString(first.port()));
            assertEquals(1, run.exit());
            assertTrue(run.err().startsWith("kg serve: 127.0.0.1:" + first.port() + " is not available ("), run.err());
            assertTrue(run.err().endsWith(" — choose another port with --port, or --port 0 for any free one [port-unavailable]\n"), run.err());
        }
    }

    @Test
    void theCommandPrintsItsUrlAndStopsCleanlyOnInterrupt(@TempDir Path dir) throws Exception {
        Path project = TestProjects.seedProject(dir.resolve("p"));
        Path store = dir.resolve("store");
        assertEquals(0, Kg.run("build", "--project", project.toString(), "--store", store.toString()).exit());
        Path log = dir.resolve("serve.log");
        Process serve = KgProcess.start(log, "serve", "--port", "0", "--project", project.toString(), "--store", store.toString());
        String url = awaitUrl(serve, log);
        try (QueryExecution exec = QueryExecutionHTTP.service(url).query("ASK { ?s a <https://w3id.org/kg/ontology#Startup> }").build()) {
            assertTrue(exec.execAsk());
        }
        // While it serves, the store is locked: a build is refused at once and the store is left alone.
        Kg.Run busy = KgProcess.run(dir.resolve("build.log"), "build", "--full", "--project", project.toString(), "--store", store.toString());
        assertEquals(75, busy.exit(), busy.err());

        serve.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the JVM runs its shutdown hooks
        assertEquals(143, serve.waitFor());
        String printed = Files.readString(log);
        assertTrue(printed.startsWith("kg serve: SPARQL endpoint at " + url + " (read-only; Ctrl-C stops it)\n"
                + "  curl -s " + url + " -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5'\n"), printed);
        assertTrue(printed.endsWith("kg serve: stopped; the store is free\n"), printed);
        assertEquals(0, Kg.run("build", "--project", project.toString(), "--store", store.toString()).exit());
    }

    private static String awaitUrl(Process process, Path log) throws Exception {
        Pattern url = Pattern.compile("endpoint at (http://\\S+/kg/sparql)");
        long end = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < end && process.isAlive()) {
            Matcher m = url.matcher(Files.exists(log) ? Files.readString(log) : "");
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("kg serve did not start: " + Files.readString(log));
    }
}
