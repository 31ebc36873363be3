package dev.kg.curate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.kg.error.ErrorCode;
import dev.kg.error.FirstLine;
import dev.kg.error.KgException;
import dev.kg.project.Project;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;

/**
 * The workbench's web server: the JDK's HTTP server on the loopback address only, a few threads with a bounded
 * queue, request bodies of at most {@value #MAX_BODY} bytes (413 past that), its page and scripts from the jar.
 * Writes take JSON only, which a page from another site cannot send without the browser asking first.
 */
public final class CurateServer implements AutoCloseable {
    static final int MAX_BODY = 256 * 1024;
    private static final Map<String, String> ASSETS = Map.of("/", "index.html", "/curate.js", "curate.js",
            "/curate-write.js", "curate-write.js", "/curate.css", "curate.css");
    private final HttpServer server;
    private final ThreadPoolExecutor pool;
    private final Workbench workbench;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private CurateServer(HttpServer server, ThreadPoolExecutor pool, Workbench workbench) {
        this.server = server;
        this.pool = pool;
        this.workbench = workbench;
    }

    public static CurateServer start(Project project, Path store, int port) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 32);
        } catch (BindException e) {
            throw new KgException(ErrorCode.PORT_UNAVAILABLE, "port " + port + " is in use — pick another with --port,"
                    + " or --port 0 for any free one");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Past four requests at work and 64 waiting, the server's own thread runs the next: it stops accepting meanwhile.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(4, 4, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64),
                new ThreadPoolExecutor.CallerRunsPolicy());
        CurateServer curate = new CurateServer(server, pool, new Workbench(project, store));
        server.setExecutor(pool);
        server.createContext("/", curate::handle);
        server.start();
        return curate;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
        stopped.countDown();
    }

    private void handle(HttpExchange exchange) throws IOException {
        // The answer is sent before the exchange closes, errors included.
        try (exchange) {
            answer(exchange);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (!local(exchange.getRequestHeaders().getFirst("Host"))) {
                // A page elsewhere that made a name of its own resolve to 127.0.0.1 does not get the project.
                json(exchange, 403, Json.error("usage", "open the workbench as " + url()));
            } else if (ASSETS.containsKey(path) && method.equals("GET")) {
                asset(exchange, ASSETS.get(path));
            } else if (path.equals("/picture") && method.equals("GET")) {
                send(exchange, 200, "text/html; charset=utf-8", workbench.picture());
            } else if (path.startsWith("/api/")) {
                api(exchange, path.substring("/api/".length()), method);
            } else {
                json(exchange, 404, Json.error("not-found", "no page " + path));
            }
        } catch (KgException e) {
            int status = e.code() == ErrorCode.STORE_BUSY ? 409 : e.code() == ErrorCode.INTERNAL ? 500 : 400;
            json(exchange, status, Json.error(e.code().id(), FirstLine.of(e.getMessage())));
        } catch (TooLarge e) {
            // What the client is still sending is read and dropped (up to a bound), so that it gets the answer
            // rather than a reset connection.
            drain(exchange.getRequestBody());
            exchange.getResponseHeaders().set("Connection", "close");
            json(exchange, 413, Json.error("too-large", "the request is over " + MAX_BODY + " bytes"));
        } catch (JsonParseException e) {
            json(exchange, 400, Json.error("usage", "the request is not JSON: " + FirstLine.of(e.getMessage())));
        } catch (RuntimeException e) {
            json(exchange, 500, Json.error(ErrorCode.INTERNAL.id(), e.getClass().getSimpleName() + ": "
                    + FirstLine.of(String.valueOf(e.getMessage()))));
        }
    }

    private void api(HttpExchange exchange, String call, String method) throws IOException {
        if (method.equals("GET")) {
            String query = exchange.getRequestURI().getRawQuery();
            JsonObject answer = switch (call) {
                case "articles" -> workbench.articles();
                case "schema" -> workbench.schemaAndEntities();
                case "article" -> workbench.article(param(query, "mapping"));
                case "describe" -> workbench.describe(param(query, "entity"));
                default -> null;
            };
            if (answer != null) {
                json(exchange, 200, answer);
                return;
            }
        } else if (method.equals("POST")) {
            String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            if (!type.startsWith("application/json")) {
                json(exchange, 415, Json.error("usage", "send JSON (Content-Type: application/json)"));
                return;
            }
            JsonObject body = JSON.parse(new String(body(exchange), StandardCharsets.UTF_8));
            JsonObject answer = switch (call) {
                case "fact" -> workbench.saveFact(body);
                case "evidence" -> workbench.addEvidence(body);
                case "unmapped" -> workbench.setAside(body);
                case "entity" -> workbench.saveEntity(body);
                case "start" -> workbench.startMapping(body);
                case "build" -> workbench.build();
                default -> null;
            };
            if (answer != null) {
                json(exchange, 200, answer);
                return;
            }
        }
        json(exchange, 404, Json.error("not-found", "no call " + method + " /api/" + call));
    }

    /** Thrown when a request body goes past {@link #MAX_BODY}. */
    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private static byte[] body(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BODY) {
            throw new TooLarge();
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new TooLarge();
            }
            return bytes;
        }
    }

    private boolean local(String host) {
        int port = server.getAddress().getPort();
        return host != null && (host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port));
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        for (long left = 4L * MAX_BODY; left > 0; ) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                return;
            }
            left -= n;
        }
    }

    private static String param(String rawQuery, String name) {
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).equals(name)) {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
        }
        throw new KgException(ErrorCode.USAGE, "missing parameter '" + name + "'");
    }

    private static void asset(HttpExchange exchange, String name) throws IOException {
        try (InputStream in = CurateServer.class.getResourceAsStream("/dev/kg/curate/" + name)) {
            if (in == null) {
                throw new KgException(ErrorCode.INTERNAL, "the workbench's " + name + " is missing from kg's jar");
            }
            String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css" : "text/html";
            send(exchange, 200, type + "; charset=utf-8", in.readAllBytes());
        }
    }

    private static void json(HttpExchange exchange, int status, JsonObject body) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", JSON.toStringFlat(body).getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
