package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.kg.serve.CorsPolicy;
import dev.kg.serve.SparqlEndpoint;
import dev.kg.store.GraphStore;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page served from another loopback origin queries {@code kg serve} in headless Chromium, as a browser
 * SPARQL editor does: a POST of application/sparql-query (so the browser sends a preflight first).
 */
@Tag("slow") // drives headless Chromium
class BrowserQueryTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void aPageFromAnotherOriginRendersTheRows(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (.ci/run installs it)");
        String query = Files.readString(TestProjects.REPO.resolve("queries/memberships.rq"));
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()));
             SparqlEndpoint endpoint = SparqlEndpoint.start(store, "127.0.0.1", 0, Duration.ofSeconds(10))) {
            List<String> expected = rows(endpoint.queryUrl(), query);
            assertTrue(expected.size() > 3, "rows: " + expected);
            String dom = renderPage(dir, endpoint.queryUrl(), query);
            assertEquals("data-state=\"done\" data-rows=\"" + expected.size() + "\"", bodyState(dom), dom);
            assertEquals(expected, renderedRows(dom));
        }
    }

    @Test
    void withoutCorsTheBrowserRefusesTheAnswer(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (.ci/run installs it)");
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()));
             SparqlEndpoint endpoint = SparqlEndpoint.start(store, "127.0.0.1", 0, Duration.ofSeconds(10), CorsPolicy.NONE)) {
            String dom = renderPage(dir, endpoint.queryUrl(), "ASK { ?s ?p ?o }");
            assertEquals("data-state=\"failed: Failed to fetch\"", bodyState(dom), dom);
        }
    }

    /** The rows as the page shows them: the values of a row joined by " | ", in the query's order. */
    private static List<String> rows(String url, String query) {
        List<String> rows = new ArrayList<>();
        try (QueryExecution exec = QueryExecutionHTTP.service(url).query(query).build()) {
            ResultSet results = exec.execSelect();
            List<String> vars = results.getResultVars();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                List<String> cells = new ArrayList<>();
                for (String var : vars) {
                    RDFNode value = row.get(var);
                    cells.add(value == null ? "" : value.isLiteral() ? value.asLiteral().getLexicalForm() : value.toString());
                }
                rows.add(String.join(" | ", cells).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
            }
        }
        return rows;
    }

    private static List<String> renderedRows(String dom) {
        List<String> rows = new ArrayList<>();
        Matcher m = Pattern.compile("<li>(.*?)</li>").matcher(dom);
        while (m.find()) {
            rows.add(m.group(1));
        }
        return rows;
    }

    private static String bodyState(String dom) {
        Matcher m = Pattern.compile("<body ([^>]*)>").matcher(dom);
        return m.find() ? m.group(1) : dom;
    }

    /** Serves a page that queries {@code endpoint} from its own origin, and returns the DOM Chromium renders. */
    private static String renderPage(Path dir, String endpoint, String query) throws Exception {
        String page = """
                <!doctype html><html><head><meta charset="utf-8"><title>query</title></head>
                <body data-state="waiting"><ol id="rows"></ol><script>
                const query = %s;
                fetch(%s, {method: "POST", headers: {"Content-Type": "application/sparql-query",
                    "Accept": "application/sparql-results+json"}, body: query})
                  .then(r => { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
                  .then(json => {
                    const vars = json.head.vars;
                    for (const b of json.results.bindings) {
                      const li = document.createElement("li");
                      li.textContent = vars.map(v => b[v] ? b[v].value : "").join(" | ");
                      document.getElementById("rows").appendChild(li);
                    }
                    document.body.dataset.state = "done";
                    document.body.dataset.rows = json.results.bindings.length;
                  })
                  .catch(e => { document.body.dataset.state = "failed: " + e.message; });
                </script></body></html>
                """.formatted(jsString(query), jsString(endpoint));
        HttpServer origin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        origin.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html;charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        origin.start();
        try {
            String url = "http://127.0.0.1:" + origin.getAddress().getPort() + "/editor.html";
            assertTrue(!url.startsWith(endpoint.substring(0, endpoint.indexOf("/kg/"))), "the page must come from another origin");
            Path dom = dir.resolve("dom.html");
            Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0",
                    "--virtual-time-budget=10000", "--dump-dom", url)
                    .redirectOutput(dom.toFile()).redirectError(dir.resolve("chromium.log").toFile()).start();
            assertTrue(chromium.waitFor(90, TimeUnit.SECONDS), "Chromium did not finish");
            return Files.readString(dom);
        } finally {
            origin.stop(0);
        }
    }

    private static String jsString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            out.append(Character.isLetterOrDigit(c) || c == ' ' ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.append('"').toString();
    }
}
