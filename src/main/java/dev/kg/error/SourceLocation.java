package dev.kg.error;

import java.nio.file.Path;

/** A place in a file, 1-based, as editors and compilers show it. */
public record SourceLocation(Path file, int line, int column) {

    public static SourceLocation startOf(Path file) {
        return new SourceLocation(file, 1, 1);
    }

    @Override
    public String toString() {
        return TerminalText.escape(file.toString()) + ":" + line + ":" + column;
    }
}
