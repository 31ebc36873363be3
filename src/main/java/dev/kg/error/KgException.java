package dev.kg.error;

/** A failure the user can act on: its message is the whole report, its status the exit code. */
public class KgException extends RuntimeException {
    private final ExitStatus status;

    public KgException(ExitStatus status, String message) {
        super(message);
        this.status = status;
    }

    public KgException(ExitStatus status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public ExitStatus status() {
        return status;
    }

    /** Problems in the user's input (exit code 1). */
    public static KgException input(String message) {
        return new KgException(ExitStatus.INPUT_PROBLEMS, message);
    }

    public static KgException input(String message, Throwable cause) {
        return new KgException(ExitStatus.INPUT_PROBLEMS, message, cause);
    }

    /** A command-line mistake (exit code 2). */
    public static KgException usage(String message) {
        return new KgException(ExitStatus.USAGE, message);
    }
}
