package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.serve.SparqlEndpoint;
import dev.kg.store.GraphStore;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** kg serve's bounds, over real HTTP on loopback: request size, query shape, concurrency, slow clients, timeouts. */
class ServeBoundsTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static HttpResponse<String> post(String url, String contentType, String body, String accept)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String query) {
        return "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()));
             SparqlEndpoint endpoint = SparqlEndpoint.start(store, "127.0.0.1", 0, Duration.ofSeconds(10))) {
            String big = "SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(2 * 1024 * 1024);
            for (String type : new String[] {"application/sparql-query", "application/x-www-form-urlencoded"}) {
                long start = System.nanoTime();
                HttpResponse<String> r = post(endpoint.queryUrl(), type, type.endsWith("query") ? big : form(big), "text/csv");
                assertEquals(413, r.statusCode(), type + ": " + r.body());
                assertTrue(r.body().contains("the request is larger than 1048576 bytes") && r.body().contains("[request-too-large]"), r.body());
                assertTrue(System.nanoTime() - start < 5_000_000_000L);
            }
            HttpResponse<String> small = post(endpoint.queryUrl(), "application/sparql-query",
                    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv");
            assertEquals(200, small.statusCode());
            assertEquals("n\r\n2614\r\n", small.body());
        }
    }

    @Test
    void deepNestingIsACodedBadRequest() throws Exception {
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()));
             SparqlEndpoint endpoint = SparqlEndpoint.start(store, "127.0.0.1", 0, Duration.ofSeconds(10))) {
            String deep = "SELECT * WHERE " + "{".repeat(5000) + " ?s ?p ?o " + "}".repeat(5000);
            for (String type : new String[] {"application/sparql-query", "application/x-www-form-urlencoded"}) {
                HttpResponse<String> r = post(endpoint.queryUrl(), type, type.endsWith("query") ? deep : form(deep), "text/csv");
                assertEquals(400, r.statusCode(), r.body());
                assertTrue(r.body().contains("nests braces, parentheses or brackets 5000 levels deep") && r.body().contains("[query-too-complex]"), r.body());
            }
            // 20,000 triple patterns in 300 KB: the parser recurses per pattern; the answer comes at once.
            StringBuilder patterns = new StringBuilder("SELECT * WHERE {");
            for (int i = 0; i < 20_000; i++) {
                patterns.append(" ?s ?p ?o").append(i).append(" .");
            }
            long start = System.nanoTime();
            HttpResponse<String> many = post(endpoint.queryUrl(), "application/sparql-query", patterns + " }", "text/csv");
            assertEquals(400, many.statusCode(), many.body());
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "answered after " + (System.nanoTime() - start) / 1_000_000 + " ms");
            String get = endpoint.queryUrl() + "?" + form(deep);
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(get)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("[query-too-complex]"), r.body());
        }
    }

    /** Rows already written, then the timeout: held in the response buffer, so the client gets a clean 503. */
    @Test
    void aQueryPastItsTimeIsACleanErrorNotATruncated200() throws Exception {
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()));
             SparqlEndpoint endpoint = SparqlEndpoint.start(store, "127.0.0.1", 0, Duration.ofSeconds(1))) {
            // The first branch writes 2614 rows at once; the second then runs past the timeout without a row.
            String query = "SELECT * WHERE { { SELECT * WHERE { ?a ?b ?c } LIMIT 500 } UNION { ?d ?e ?f . ?g ?h ?i . ?j ?k ?l"
                    + " FILTER(STRLEN(CONCAT(STR(?f), STR(?i), STR(?l))) < 0) } }";
            for (String accept : new String[] {"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"}) {
                long start = System.nanoTime();
                HttpResponse<String> r = post(endpoint.queryUrl(), "application/sparql-query", query, accept);
                assertEquals(503, r.statusCode(), accept + ": " + r.body().substring(0, Math.min(300, r.body().length())));
                assertTrue(System.nanoTime() - start < 10_000_000_000L);
            }
        }
    }

    /** Past the held 512 KB the results stream; a timeout then cuts the connection, never a well-formed 200. */
    @Test
    void aStreamedQueryPastItsTimeIsCutNotEndedCleanly() throws Exception {
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()));
             SparqlEndpoint endpoint = SparqlEndpoint.start(store, "127.0.0.1", 0, Duration.ofSeconds(1))) {
            for (String accept : new String[] {"application/sparql-results+json", "text/csv"}) {
                try {
                    HttpResponse<String> r = post(endpoint.queryUrl(), "application/sparql-query", CROSS, accept);
                    throw new AssertionError(accept + ": a whole response, " + r.statusCode() + ", " + r.body().length() + " chars");
                } catch (IOException e) {
                    // the connection was cut: the client knows the body is not whole
                }
            }
        }
    }

    /** Four queries run and sixteen wait; the next ones get 503 at once, with the code. */
    @Test
    @Tag("slow")
    void queriesBeyondTheRunningAndWaitingPlacesAreBusy() throws Exception {
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()));
             SparqlEndpoint endpoint = SparqlEndpoint.start(store, "127.0.0.1", 0, Duration.ofSeconds(2))) {
            String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                answers.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(endpoint.queryUrl())).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(slow)).build(), HttpResponse.BodyHandlers.ofString()));
            }
            int busy = 0;
            for (var answer : answers) {
                HttpResponse<String> r = answer.get();
                assertEquals(503, r.statusCode(), r.body());
                if (r.body().endsWith(" [server-busy]\n")) {
                    assertEquals("the server is answering 4 queries and 16 more are waiting — try again in a few seconds"
                            + " [server-busy]\n", r.body());
                    assertEquals("5", r.headers().firstValue("Retry-After").orElse(""));
                    busy++;
                }
            }
            assertEquals(5, busy);
        }
    }

    /** Sixty clients that send a request and read nothing hold neither the threads nor the queries' places. */
    @Test
    @Tag("slow")
    void slowReadersDoNotStarveANewQuery() throws Exception {
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()));
             SparqlEndpoint endpoint = SparqlEndpoint.start(store, "127.0.0.1", 0, Duration.ofSeconds(10))) {
            byte[] request = ("POST /kg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                    + "Accept: application/sparql-results+xml\r\nContent-Length: %d\r\n\r\n%s")
                    .formatted(CROSS.length(), CROSS).getBytes(StandardCharsets.US_ASCII);
            List<Socket> readers = new ArrayList<>();
            try {
                for (int i = 0; i < 60; i++) {
                    Socket s = new Socket(InetAddress.getLoopbackAddress(), endpoint.port());
                    s.setReceiveBufferSize(1024);
                    OutputStream out = s.getOutputStream();
                    out.write(request);
                    out.flush();
                    readers.add(s);
                }
                Thread.sleep(1000);
                long start = System.nanoTime();
                HttpResponse<String> r = post(endpoint.queryUrl(), "application/sparql-query",
                        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv");
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(200, r.statusCode(), r.body());
                assertEquals("n\r\n2614\r\n", r.body());
                assertTrue(millis < 5_000, "answered after " + millis + " ms");
            } finally {
                for (Socket s : readers) {
                    s.close();
                }
            }
        }
    }

    /** A client that stops reading does not keep its response running on past the query's timeout. */
    @Test
    @Tag("slow")
    void aResponseOutlivingItsTimeoutIsCut() throws Exception {
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()));
             SparqlEndpoint endpoint = SparqlEndpoint.start(store, "127.0.0.1", 0, Duration.ofSeconds(2));
             Socket reader = new Socket(InetAddress.getLoopbackAddress(), endpoint.port())) {
            byte[] request = ("POST /kg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                    + "Accept: text/csv\r\nContent-Length: %d\r\n\r\n%s")
                    .formatted(CROSS.length(), CROSS).getBytes(StandardCharsets.US_ASCII);
            reader.getOutputStream().write(request);
            Thread.sleep(5000); // past the timeout and its second of grace, well before the 10 s idle timeout
            reader.setSoTimeout(5000);
            long read = 0;
            long end = System.nanoTime() + 20_000_000_000L;
            byte[] buffer = new byte[65536];
            try (java.io.InputStream in = reader.getInputStream()) {
                for (int n; System.nanoTime() < end && (n = in.read(buffer)) >= 0; ) {
                    read += n;
                }
            } catch (IOException e) {
                // a reset connection is cut too
            }
            assertTrue(System.nanoTime() < end, "still streaming after 25 s");
            assertTrue(read < 64L * 1024 * 1024, "read " + read + " bytes");
        }
    }

    private static final String CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }";
}
