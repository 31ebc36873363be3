package dev.kg.error;

import java.util.Locale;

/**
 * Every error kg reports, with its stable code and exit status. The code is printed at the end of the
 * error's line, as {@code [unknown-entity]}, and docs/errors.md explains each one with an example and a fix.
 */
public enum ErrorCode {
    // Mapping files: reading them
    FILE_MISSING(ExitStatus.INPUT_PROBLEMS),
    FILE_UNREADABLE(ExitStatus.INPUT_PROBLEMS),
    NOT_UTF8(ExitStatus.INPUT_PROBLEMS),
    EMPTY_FILE(ExitStatus.INPUT_PROBLEMS),
    YAML_SYNTAX(ExitStatus.INPUT_PROBLEMS),
    YAML_LIMIT(ExitStatus.INPUT_PROBLEMS),
    YAML_TAG(ExitStatus.INPUT_PROBLEMS),
    WRONG_SHAPE(ExitStatus.INPUT_PROBLEMS),
    DUPLICATE_KEY(ExitStatus.INPUT_PROBLEMS),
    UNKNOWN_KEY(ExitStatus.INPUT_PROBLEMS),
    MISSING_KEY(ExitStatus.INPUT_PROBLEMS),
    EMPTY_VALUE(ExitStatus.INPUT_PROBLEMS),
    // Mapping files: what they say
    INVALID_ID(ExitStatus.INPUT_PROBLEMS),
    DUPLICATE_ID(ExitStatus.INPUT_PROBLEMS),
    DUPLICATE_NAME(ExitStatus.INPUT_PROBLEMS),
    DUPLICATE_ARTICLE(ExitStatus.INPUT_PROBLEMS),
    UNKNOWN_ENTITY_TYPE(ExitStatus.INPUT_PROBLEMS),
    INVALID_LANGUAGE(ExitStatus.INPUT_PROBLEMS),
    INVALID_ARTICLE_FILE(ExitStatus.INPUT_PROBLEMS),
    MALFORMED_VALUE(ExitStatus.INPUT_PROBLEMS),
    UNKNOWN_STATUS(ExitStatus.INPUT_PROBLEMS),
    UNKNOWN_REASON(ExitStatus.INPUT_PROBLEMS),
    TEXT_TOO_LONG(ExitStatus.INPUT_PROBLEMS),
    QUOTE_TOO_SHORT(ExitStatus.INPUT_PROBLEMS),
    QUOTE_NOT_IN_ARTICLE(ExitStatus.INPUT_PROBLEMS),
    UNKNOWN_RELATION(ExitStatus.INPUT_PROBLEMS),
    NEEDS_OBJECT(ExitStatus.INPUT_PROBLEMS),
    TAKES_NO_OBJECT(ExitStatus.INPUT_PROBLEMS),
    NEEDS_AMOUNT(ExitStatus.INPUT_PROBLEMS),
    WRONG_ENTITY_TYPE(ExitStatus.INPUT_PROBLEMS),
    UNKNOWN_ENTITY(ExitStatus.INPUT_PROBLEMS),
    AMBIGUOUS_ENTITY(ExitStatus.INPUT_PROBLEMS),
    NO_PATH(ExitStatus.INPUT_PROBLEMS),
    PORT_UNAVAILABLE(ExitStatus.INPUT_PROBLEMS),
    PUSH_UNREACHABLE(ExitStatus.UNAVAILABLE),
    PUSH_UNAUTHORIZED(ExitStatus.INPUT_PROBLEMS),
    PUSH_FAILED(ExitStatus.UNAVAILABLE),
    PUSH_COUNT_MISMATCH(ExitStatus.UNAVAILABLE),
    SHAPE_VIOLATION(ExitStatus.INPUT_PROBLEMS),
    // The ontology and the shapes
    TURTLE_SYNTAX(ExitStatus.INPUT_PROBLEMS),
    INVALID_SHAPES(ExitStatus.INPUT_PROBLEMS),
    // Queries
    UNKNOWN_QUERY(ExitStatus.INPUT_PROBLEMS),
    QUERY_FILE_MISSING(ExitStatus.INPUT_PROBLEMS),
    PARAM_DECLARATION(ExitStatus.INPUT_PROBLEMS),
    SPARQL_SYNTAX(ExitStatus.INPUT_PROBLEMS),
    UPDATE_REFUSED(ExitStatus.INPUT_PROBLEMS),
    SERVICE_REFUSED(ExitStatus.INPUT_PROBLEMS),
    SERVICE_FAILED(ExitStatus.INPUT_PROBLEMS),
    QUERY_TIMEOUT(ExitStatus.INPUT_PROBLEMS),
    PARAM_CLASH(ExitStatus.INPUT_PROBLEMS),
    UNKNOWN_PARAM(ExitStatus.USAGE),
    INVALID_PARAM(ExitStatus.USAGE),
    MISSING_PARAM(ExitStatus.USAGE),
    FORMAT_MISMATCH(ExitStatus.USAGE),
    // Project, store and output files
    NOT_A_PROJECT(ExitStatus.INPUT_PROBLEMS),
    NO_GRAPH(ExitStatus.INPUT_PROBLEMS),
    STORE_IS_FILE(ExitStatus.INPUT_PROBLEMS),
    FOREIGN_FOLDER(ExitStatus.INPUT_PROBLEMS),
    STORE_UNUSABLE(ExitStatus.INPUT_PROBLEMS),
    STORE_BUSY(ExitStatus.BUSY),
    WRITE_FAILED(ExitStatus.INPUT_PROBLEMS),
    UNKNOWN_GRAPH(ExitStatus.USAGE),
    UNKNOWN_FORMAT(ExitStatus.USAGE),
    // The command line, and kg itself
    USAGE(ExitStatus.USAGE),
    INTERNAL(ExitStatus.INTERNAL);

    private final ExitStatus status;

    ErrorCode(ExitStatus status) {
        this.status = status;
    }

    public ExitStatus status() {
        return status;
    }

    /** The stable code as printed and documented: {@code unknown-entity}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The suffix that ends an error line. */
    public String tag() {
        return "[" + id() + "]";
    }
}
