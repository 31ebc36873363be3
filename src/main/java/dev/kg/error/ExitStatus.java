package dev.kg.error;

/** The process exit codes kg promises its users. */
public enum ExitStatus {
    OK(0),
    /** Problems found in what the user gave: mappings, queries, store, files. */
    INPUT_PROBLEMS(1),
    /** The command line itself is wrong. */
    USAGE(2),
    /** A remote service failed or could not be reached (sysexits' EX_UNAVAILABLE). */
    UNAVAILABLE(69),
    /** The store is in use by another process; trying again later can succeed (sysexits' EX_TEMPFAIL). */
    BUSY(75),
    /** A fault in kg itself. */
    INTERNAL(70);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
