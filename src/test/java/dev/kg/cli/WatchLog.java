package dev.kg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A watching kg process's output, read as it grows; times of day at the start of a line read "HH:MM:SS". */
final class WatchLog {
    private final Path file;
    private int read;

    WatchLog(Path file) {
        this.file = file;
    }

    /** The next {@code count} lines, once they are all there and nothing more follows for a moment. */
    String next(int count) throws IOException, InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L;
        List<String> lines = lines();
        while (lines.size() < read + count && System.nanoTime() < end) {
            Thread.sleep(20);
            lines = lines();
        }
        Thread.sleep(300);
        lines = lines();
        List<String> chunk = lines.subList(Math.min(read, lines.size()), lines.size());
        read = lines.size();
        StringBuilder out = new StringBuilder();
        chunk.forEach(l -> out.append(l.replaceFirst("^\\d\\d:\\d\\d:\\d\\d ", "HH:MM:SS ")).append('\n'));
        return out.toString();
    }

    private List<String> lines() throws IOException {
        String text = Files.readString(file);
        // A line still being written is not read yet.
        return text.lines().limit(text.endsWith("\n") ? Long.MAX_VALUE : Math.max(0, text.lines().count() - 1)).toList();
    }
}
