package dev.kg.error;

/** A failure the user can act on: its message is the whole report, its code names it and sets the exit status. */
public class KgException extends RuntimeException {
    private final ErrorCode code;

    public KgException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public KgException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public ExitStatus status() {
        return code.status();
    }
}
