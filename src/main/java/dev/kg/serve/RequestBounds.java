package dev.kg.serve;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import dev.kg.query.QueryText;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee11.servlet.ServletContextRequest;

/**
 * What the endpoint accepts before Fuseki sees a request, and how long a response may take: a bounded body
 * (so that parsing a query is quick), a query within {@link QueryText}'s limits, a bounded number of queries
 * evaluated at once, results held in a buffer until it fills (so a query that times out early gets a clean
 * 503, not a 200 with a truncated body), and the connection closed when a response outlives the timeout.
 */
final class RequestBounds implements Filter {
    /** The largest request body: a hand-written query is a few kilobytes; a 1 MB one parses in well under a second. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    /** Results held before the response is committed: a timeout within them is a clean error. */
    static final int RESPONSE_BUFFER_BYTES = 512 * 1024;
    /** Queries evaluated at once; others wait for a place. */
    static final int MAX_CONCURRENT_QUERIES = 4;
    /** Queries that may wait for a place; more are answered 503 at once, holding nothing. */
    static final int MAX_WAITING_QUERIES = 16;
    /** How long a query waits for a place before the server answers 503. */
    static final Duration QUEUE_WAIT = Duration.ofSeconds(10);

    private final Duration timeout;
    private final Semaphore places = new Semaphore(MAX_CONCURRENT_QUERIES);
    private final AtomicInteger waiting = new AtomicInteger();
    private final ScheduledExecutorService deadlines;

    RequestBounds(Duration timeout, ScheduledExecutorService deadlines) {
        this.timeout = timeout;
        this.deadlines = deadlines;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        long length = request.getContentLengthLong();
        if (length > MAX_BODY_BYTES) {
            refuse(response, 413, ErrorCode.REQUEST_TOO_LARGE, tooLarge());
            return;
        }
        HttpServletRequest checked = request;
        String query;
        String type = String.valueOf(request.getContentType());
        if ("POST".equals(request.getMethod()) && type.startsWith("application/sparql-query")) {
            byte[] body = readBody(request.getInputStream());
            if (body == null) {
                refuse(response, 413, ErrorCode.REQUEST_TOO_LARGE, tooLarge());
                return;
            }
            checked = new ReplayedBody(request, body);
            query = new String(body, StandardCharsets.UTF_8);
        } else if ("POST".equals(request.getMethod()) && length < 0 && type.startsWith("application/x-www-form-urlencoded")) {
            refuse(response, 411, ErrorCode.REQUEST_TOO_LARGE, "a form needs a Content-Length of at most "
                    + MAX_BODY_BYTES + " bytes — send the query with its length");
            return;
        } else {
            query = request.getParameter("query");
        }
        if (query != null) {
            try {
                QueryText.check("query", query);
            } catch (KgException e) {
                refuse(response, 400, e.code(), e.getMessage());
                return;
            }
        }
        if (!acquire()) {
            response.setHeader("Retry-After", "5");
            refuse(response, 503, ErrorCode.SERVER_BUSY, "the server is answering " + MAX_CONCURRENT_QUERIES
                    + " queries and " + MAX_WAITING_QUERIES + " more are waiting — try again in a few seconds");
            return;
        }
        // The place is given back as soon as results stream: from then on their pace is the client's.
        AtomicBoolean placeHeld = new AtomicBoolean(true);
        Runnable release = () -> {
            if (placeHeld.getAndSet(false)) {
                places.release();
            }
        };
        // Results are held here; Jetty's own buffer (Fuseki makes it 5 MB) only batches writes to the socket.
        response.setBufferSize(32 * 1024);
        HeldResponse held = new HeldResponse(response, RESPONSE_BUFFER_BYTES, release);
        ScheduledFuture<?> deadline = deadlines.schedule(() -> closeConnection(request),
                timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        try {
            chain.doFilter(checked, held);
            release.run();
            if (held.streamed() && System.nanoTime() - start >= timeout.toNanos()) {
                // Fuseki ends a streamed response that timed out as if it were complete; a cut connection
                // tells the client that the body is not whole.
                closeConnection(request);
                return;
            }
            held.finish();
        } finally {
            release.run();
            deadline.cancel(false);
        }
    }

    private boolean acquire() {
        if (places.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > MAX_WAITING_QUERIES) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return places.tryAcquire(QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }

    /**
     * A response still going a second past the query's timeout is for a client that reads slowly or not at
     * all; closing its connection frees the thread and the query's place. The client sees a broken response.
     */
    private static void closeConnection(HttpServletRequest request) {
        ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
        if (jetty != null) {
            jetty.getConnectionMetaData().getConnection().getEndPoint().close();
        }
    }

    private static String tooLarge() {
        return "the request is larger than " + MAX_BODY_BYTES + " bytes — a SPARQL query needs far less; list many"
                + " values with VALUES, or load data with kg build";
    }

    /** The body, or null if it is longer than the limit (a chunked body has no Content-Length to check first). */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private static void refuse(HttpServletResponse response, int status, ErrorCode code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setHeader("Connection", "close");
        response.getOutputStream().write((message + " " + code.tag() + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
