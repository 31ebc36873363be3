package dev.kg.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.cli.Kg;
import dev.kg.cli.TestProjects;
import dev.kg.project.Project;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's server over HTTP: loopback only, its assets from the jar, bounded JSON requests, the CLI's error codes. */
class CurateServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String type, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesThePageAndAnswersWithTheCliCodes(@TempDir Path dir) throws Exception {
        Path p = TestProjects.seedProject(dir.resolve("p"));
        try (CurateServer server = CurateServer.start(new Project(p), dir.resolve("store"), 0)) {
            String url = server.url();
            assertTrue(url.startsWith("http://127.0.0.1:"), url);
            HttpResponse<String> page = get(url);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<script src=\"/curate.js\"></script>"));
            assertEquals(200, get(url + "curate-write.js").statusCode());

            Files.writeString(p.resolve("seeds/006_nuovo.txt"), "Un titolo\n");
            JsonObject articles = JSON.parse(get(url + "api/articles").body());
            assertEquals(5, articles.getArray("articles").count());
            assertEquals(List.of("006_nuovo.txt"), articles.getArray("unmapped").map(v -> v.getAsString().value()).toList());

            JsonObject schema = JSON.parse(get(url + "api/schema").body());
            JsonObject investsIn = schema.getArray("relations").map(v -> v.getAsObject())
                    .filter(r -> r.getString("name").equals("investsIn")).findFirst().orElseThrow();
            assertEquals(List.of("amount", "stake", "valuation", "date", "status", "purpose", "includes", "attributedTo"),
                    investsIn.getArray("qualifiers").map(v -> v.getAsString().value()).toList());
            assertEquals("Organization", investsIn.getString("domain"));

            // A request names a mapping file as listed, never a path.
            HttpResponse<String> outside = get(url + "api/article?mapping=..%2Fentities.yaml");
            assertEquals(400, outside.statusCode());
            assertEquals("file-missing", JSON.parse(outside.body()).getObj("error").getString("code"));

            JsonObject article = JSON.parse(get(url + "api/article?mapping=004_a15e93869306b3ce.yaml").body());
            assertEquals(7, article.getArray("sentences").count());
            assertEquals("cited", article.getArray("sentences").findFirst().orElseThrow().getAsObject().getString("state"));

            // Writes take JSON only, and a bounded body.
            assertEquals(415, post(url + "api/fact", "text/plain", "{}").statusCode());
            HttpResponse<String> big = post(url + "api/fact", "application/json", "x".repeat(CurateServer.MAX_BODY + 1));
            assertEquals(413, big.statusCode());
            assertEquals(400, post(url + "api/fact", "application/json", "{not json").statusCode());

            // Only the loopback names: a page elsewhere whose own name resolves to 127.0.0.1 is refused.
            int port = URI.create(url).getPort();
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.getOutputStream().write(("GET /api/articles HTTP/1.1\r\nHost: attacker.example:" + port
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String status = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
                assertEquals("HTTP/1.1 403 Forbidden", status);
            }

            // Describe before any build: the CLI's error and code.
            HttpResponse<String> noGraph = get(url + "api/describe?entity=meta");
            assertEquals(400, noGraph.statusCode());
            assertEquals("no-graph", JSON.parse(noGraph.body()).getObj("error").getString("code"));
        }
        assertTrue(Files.notExists(p.resolve(".kg/curate-check-" + ProcessHandle.current().pid())));
    }

    @Test
    void aPortInUseOrOutOfRangeIsRefusedWithItsCode(@TempDir Path dir) throws Exception {
        Path p = TestProjects.seedProject(dir.resolve("p"));
        try (CurateServer first = CurateServer.start(new Project(p), dir.resolve("store"), 0)) {
            int port = URI.create(first.url()).getPort();
            Kg.Run taken = Kg.run("curate", "--port", Integer.toString(port), "--project", p.toString());
            assertEquals(1, taken.exit());
            assertEquals("kg curate: port " + port + " is in use — pick another with --port, or --port 0 for any free one"
                    + " [port-unavailable]\n", taken.err());
        }
        Kg.Run range = Kg.run("curate", "--port", "70000", "--project", p.toString());
        assertEquals(2, range.exit());
        assertEquals("kg curate: --port must be between 0 and 65535 [usage]\n", range.err());
    }
}
