package dev.kg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * Warm latency of query files over HTTP against one SPARQL endpoint, as {@link WarmQueries} measures kg in
 * process: each query once, then (when that took less than 10 s) 5 warm-ups and RUNS timed runs, each
 * request POSTed as a form (Virtuoso 7 never answers application/sparql-query) asking for TSV, read to its
 * last byte. Prints "spec rows median_ms p95_ms", "spec rows ms once", "spec - >SECONDS timed-out" or
 * "spec - error HTTP-status".
 * Usage: HttpWarmQueries URL RUNS TIMEOUT_SECONDS SPEC=FILE ...
 */
public final class HttpWarmQueries {
    private static final int WARMUP = 5;
    private static final Duration SLOW = Duration.ofSeconds(10);

    private HttpWarmQueries() {
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        int runs = Integer.parseInt(args[1]);
        Duration timeout = Duration.ofSeconds(Long.parseLong(args[2]));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (String pair : Arrays.copyOfRange(args, 3, args.length)) {
            String spec = pair.substring(0, pair.lastIndexOf('='));
            String query = Files.readString(Path.of(pair.substring(pair.lastIndexOf('=') + 1)));
            HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/tab-separated-values")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .build();
            System.out.println(spec + " " + measure(client, request, runs, timeout));
        }
    }

    private static String measure(HttpClient client, HttpRequest request, int runs, Duration timeout) throws Exception {
        long start = System.nanoTime();
        long rows;
        try {
            rows = send(client, request);
        } catch (HttpTimeoutException e) {
            return "- >" + timeout.toSeconds() + " timed-out";
        } catch (Failed e) {
            return "- error " + e.getMessage();
        }
        long first = System.nanoTime() - start;
        if (first >= SLOW.toNanos()) {
            return rows + " " + millis(first) + " once";
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < WARMUP + runs; i++) {
            long t = System.nanoTime();
            send(client, request);
            if (i >= WARMUP) {
                nanos[i - WARMUP] = System.nanoTime() - t;
            }
        }
        Arrays.sort(nanos);
        return rows + " " + millis(nanos[runs / 2]) + " " + millis(nanos[(int) Math.ceil(runs * 0.95) - 1]);
    }

    /** The number of rows (lines after the header). */
    private static long send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                in.readAllBytes();
                throw new Failed("HTTP-" + response.statusCode());
            }
            long lines = 0;
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
            return Math.max(0, lines - 1);
        }
    }

    private static String millis(long nanos) {
        return "%.1f".formatted(nanos / 1e6);
    }

    private static final class Failed extends IOException {
        Failed(String message) {
            super(message);
        }
    }
}
