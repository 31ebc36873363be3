package dev.kg.serve;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A response that holds what is written, flushes included, until a limit: until then nothing is committed, so an
 * error (a query that times out after its first rows) can still replace it with a clean status. Past the limit
 * the held bytes go out and the rest streams; {@code onStreaming} is told once, when that happens.
 */
final class HeldResponse extends HttpServletResponseWrapper {
    private final int limit;
    private final Runnable onStreaming;
    private ByteArrayOutputStream held = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;

    HeldResponse(HttpServletResponse response, int limit, Runnable onStreaming) {
        super(response);
        this.limit = limit;
        this.onStreaming = onStreaming;
    }

    /** Whether the held bytes have gone out and the rest streamed: the status can no longer change. */
    boolean streamed() {
        return held == null;
    }

    /** Sends what is still held, once the request has been answered. */
    void finish() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (held != null) {
            byte[] bytes = held.toByteArray();
            held = null;
            if (!getResponse().isCommitted()) {
                getResponse().setContentLengthLong(bytes.length);
            }
            getResponse().getOutputStream().write(bytes);
        }
    }

    private void write(byte[] b, int off, int len) throws IOException {
        if (held != null && held.size() + len <= limit) {
            held.write(b, off, len);
            return;
        }
        if (held != null) {
            byte[] bytes = held.toByteArray();
            held = null;
            onStreaming.run();
            getResponse().getOutputStream().write(bytes);
        }
        getResponse().getOutputStream().write(b, off, len);
    }

    @Override
    public boolean isCommitted() {
        return held == null || super.isCommitted();
    }

    @Override
    public void reset() {
        super.reset();
        discardHeld();
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        discardHeld();
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        discardHeld();
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        discardHeld();
        super.sendError(sc);
    }

    private void discardHeld() {
        if (held != null) {
            held.reset();
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (held == null) {
            super.flushBuffer();
        }
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    HeldResponse.this.write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    HeldResponse.this.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    if (held == null) {
                        getResponse().getOutputStream().flush();
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("results are written blocking");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
        }
        return writer;
    }
}
