package dev.kg.error;

/** The first line of a library's message, for quoting it inside kg's one-line errors. */
public final class FirstLine {
    private FirstLine() {
    }

    /** The text up to its first line break, stripped; {@code "no message"} when there is none. */
    public static String of(String message) {
        if (message == null || message.isBlank()) {
            return "no message";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    public static String of(Throwable e) {
        return of(e.getMessage());
    }
}
