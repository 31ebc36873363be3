package dev.kg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Virtuoso 7 (Debian's virtuoso-opensource-7-bin) on two free loopback ports, with its database, log and
 * configuration in its own folder: started fresh, stopped (and its files left to the test's folder) at close.
 */
record VirtuosoServer(Path dir, int sqlPort, int httpPort, Process process) implements AutoCloseable {
    static final Path SERVER = Path.of("/usr/bin/virtuoso-t");
    static final Path ISQL = Path.of("/usr/bin/isql-vt");
    private static final Duration START = Duration.ofSeconds(120);

    static boolean installed() {
        return Files.isExecutable(SERVER) && Files.isExecutable(ISQL);
    }

    static VirtuosoServer start(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        int sql = freePort();
        int http = freePort();
        String ini;
        try (InputStream in = VirtuosoServer.class.getResourceAsStream("/dev/kg/virtuoso/virtuoso.ini")) {
            ini = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ini = ini.replace("${DIR}", dir.toAbsolutePath().toString()).replace("${SQL_PORT}", Integer.toString(sql))
                .replace("${HTTP_PORT}", Integer.toString(http)).replace("${BUFFERS}", "10000")
                .replace("${DIRTY_BUFFERS}", "7500");
        Path config = dir.resolve("virtuoso.ini");
        Files.writeString(config, ini);
        Process process = new ProcessBuilder(SERVER.toString(), "+foreground", "+configfile", config.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("virtuoso.out").toFile()).start();
        VirtuosoServer server = new VirtuosoServer(dir, sql, http, process);
        server.awaitHttp();
        return server;
    }

    String sparql() {
        return "http://127.0.0.1:" + httpPort + "/sparql";
    }

    /** The Graph Store Protocol endpoint that takes writes, behind digest auth. */
    String graphStore() {
        return "http://127.0.0.1:" + httpPort + "/sparql-graph-crud-auth";
    }

    /** Runs SQL (or a SPARQL statement prefixed with SPARQL) as dba through isql-vt; returns what it printed. */
    String isql(String statement) throws IOException, InterruptedException {
        Process isql = new ProcessBuilder(ISQL.toString(), "127.0.0.1:" + sqlPort, "dba", "dba", "exec=" + statement)
                .redirectErrorStream(true).start();
        String out = new String(isql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!isql.waitFor(60, TimeUnit.SECONDS) || isql.exitValue() != 0) {
            isql.destroyForcibly();
            throw new IllegalStateException("isql-vt failed on " + statement + ": " + out);
        }
        return out;
    }

    private void awaitHttp() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(sparql() + "?query=SELECT%20*%20%7B%7D"))
                .timeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("virtuoso-t stopped: " + log());
            }
            try {
                if (client.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("Virtuoso did not answer on port " + httpPort + " within " + START.toSeconds() + " s: " + log());
    }

    private String log() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("virtuoso.out"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    /** Shuts the server down cleanly through isql-vt, and kills it if that takes more than a minute. */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                new ProcessBuilder(ISQL.toString(), "127.0.0.1:" + sqlPort, "dba", "dba", "exec=shutdown")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                        .waitFor(30, TimeUnit.SECONDS);
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
