package dev.kg.error;

import java.util.Locale;

/**
 * Every error kg reports, with its stable code and exit status. The code is printed at the end of the
 * error's line, as {@code [unknown-entity]}, and docs/errors.md explains each one with an example and a fix.
 */
public enum ErrorCode {
    FILE_MISSING(Area.READING, ExitStatus.INPUT_PROBLEMS),
    FILE_UNREADABLE(Area.READING, ExitStatus.INPUT_PROBLEMS),
    NOT_A_FILE(Area.READING, ExitStatus.INPUT_PROBLEMS),
    UNEXPECTED_FILE(Area.READING, ExitStatus.INPUT_PROBLEMS),
    NOT_UTF8(Area.READING, ExitStatus.INPUT_PROBLEMS),
    INVALID_CHARACTER(Area.READING, ExitStatus.INPUT_PROBLEMS),
    EMPTY_FILE(Area.READING, ExitStatus.INPUT_PROBLEMS),
    YAML_SYNTAX(Area.READING, ExitStatus.INPUT_PROBLEMS),
    YAML_LIMIT(Area.READING, ExitStatus.INPUT_PROBLEMS),
    YAML_TAG(Area.READING, ExitStatus.INPUT_PROBLEMS),
    WRONG_SHAPE(Area.READING, ExitStatus.INPUT_PROBLEMS),
    DUPLICATE_KEY(Area.READING, ExitStatus.INPUT_PROBLEMS),
    UNKNOWN_KEY(Area.READING, ExitStatus.INPUT_PROBLEMS),
    MISSING_KEY(Area.READING, ExitStatus.INPUT_PROBLEMS),
    EMPTY_VALUE(Area.READING, ExitStatus.INPUT_PROBLEMS),
    DRAFT_FILE(Area.READING, ExitStatus.INPUT_PROBLEMS),

    INVALID_ID(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    DUPLICATE_ID(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    DUPLICATE_NAME(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    DUPLICATE_ARTICLE(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    UNKNOWN_ENTITY_TYPE(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    INVALID_LANGUAGE(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    INVALID_ARTICLE_FILE(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    MALFORMED_VALUE(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    UNKNOWN_STATUS(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    UNKNOWN_REASON(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    TEXT_TOO_LONG(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    QUOTE_TOO_SHORT(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    QUOTE_NOT_IN_ARTICLE(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    UNKNOWN_RELATION(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    NEEDS_OBJECT(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    TAKES_NO_OBJECT(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    NEEDS_AMOUNT(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    WRONG_ENTITY_TYPE(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    UNKNOWN_ENTITY(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    AMBIGUOUS_ENTITY(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    NEEDS_PUBLISHED(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    UNKNOWN_CONCEPT(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    UNKNOWN_FACT(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    SHAPE_VIOLATION(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    UNACCOUNTED_MENTION(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),
    SENTENCE_TO_MAP(Area.MAPPING, ExitStatus.INPUT_PROBLEMS),

    TURTLE_SYNTAX(Area.ONTOLOGY, ExitStatus.INPUT_PROBLEMS),
    INVALID_SHAPES(Area.ONTOLOGY, ExitStatus.INPUT_PROBLEMS),

    UNKNOWN_QUERY(Area.QUERY, ExitStatus.INPUT_PROBLEMS),
    QUERY_FILE_MISSING(Area.QUERY, ExitStatus.INPUT_PROBLEMS),
    PARAM_DECLARATION(Area.QUERY, ExitStatus.INPUT_PROBLEMS),
    EMPTY_QUERY(Area.QUERY, ExitStatus.INPUT_PROBLEMS),
    SPARQL_SYNTAX(Area.QUERY, ExitStatus.INPUT_PROBLEMS),
    QUERY_TOO_COMPLEX(Area.QUERY, ExitStatus.INPUT_PROBLEMS),
    UPDATE_REFUSED(Area.QUERY, ExitStatus.INPUT_PROBLEMS),
    SERVICE_REFUSED(Area.QUERY, ExitStatus.INPUT_PROBLEMS),
    SERVICE_FAILED(Area.QUERY, ExitStatus.UNAVAILABLE),
    QUERY_TIMEOUT(Area.QUERY, ExitStatus.INPUT_PROBLEMS),
    RESULT_TOO_LARGE(Area.QUERY, ExitStatus.INPUT_PROBLEMS),
    PARAM_CLASH(Area.QUERY, ExitStatus.INPUT_PROBLEMS),
    UNKNOWN_PARAM(Area.QUERY, ExitStatus.USAGE),
    INVALID_PARAM(Area.QUERY, ExitStatus.USAGE),
    MISSING_PARAM(Area.QUERY, ExitStatus.USAGE),
    FORMAT_MISMATCH(Area.QUERY, ExitStatus.USAGE),

    NO_PATH(Area.EXPLORE, ExitStatus.INPUT_PROBLEMS),

    NOT_A_PROJECT(Area.STORE, ExitStatus.INPUT_PROBLEMS),
    NO_GRAPH(Area.STORE, ExitStatus.INPUT_PROBLEMS),
    STORE_IS_FILE(Area.STORE, ExitStatus.INPUT_PROBLEMS),
    FOREIGN_FOLDER(Area.STORE, ExitStatus.INPUT_PROBLEMS),
    STORE_UNUSABLE(Area.STORE, ExitStatus.INPUT_PROBLEMS),
    STORE_DAMAGED(Area.STORE, ExitStatus.INPUT_PROBLEMS),
    STORE_BUSY(Area.STORE, ExitStatus.BUSY),
    WRITE_FAILED(Area.STORE, ExitStatus.INPUT_PROBLEMS),
    OUTPUT_REFUSED(Area.STORE, ExitStatus.INPUT_PROBLEMS),
    OUTPUT_FAILED(Area.STORE, ExitStatus.INPUT_PROBLEMS),
    DISK_FULL(Area.STORE, ExitStatus.INPUT_PROBLEMS),
    UNKNOWN_GRAPH(Area.STORE, ExitStatus.USAGE),
    UNKNOWN_FORMAT(Area.STORE, ExitStatus.USAGE),
    NOT_EXPORTABLE(Area.STORE, ExitStatus.INPUT_PROBLEMS),

    PORT_UNAVAILABLE(Area.SERVE, ExitStatus.INPUT_PROBLEMS),
    REQUEST_TOO_LARGE(Area.SERVE, ExitStatus.INPUT_PROBLEMS),
    SERVER_BUSY(Area.SERVE, ExitStatus.BUSY),

    CREDENTIALS_IN_URL(Area.PUSH, ExitStatus.USAGE),
    PUSH_UNREACHABLE(Area.PUSH, ExitStatus.UNAVAILABLE),
    PUSH_TIMEOUT(Area.PUSH, ExitStatus.UNAVAILABLE),
    PUSH_UNAUTHORIZED(Area.PUSH, ExitStatus.INPUT_PROBLEMS),
    PUSH_FAILED(Area.PUSH, ExitStatus.UNAVAILABLE),
    PUSH_COUNT_MISMATCH(Area.PUSH, ExitStatus.UNAVAILABLE),

    USAGE(Area.CLI, ExitStatus.USAGE),
    INTERNAL(Area.CLI, ExitStatus.INTERNAL);

    /** Where in kg an error arises; docs/errors.md has one section per area, with its title. */
    public enum Area {
        READING("Reading mapping files"),
        MAPPING("What mapping files say"),
        ONTOLOGY("The ontology and the shapes"),
        QUERY("Queries"),
        EXPLORE("Describe and path"),
        STORE("Project, store and output files"),
        SERVE("Serving"),
        PUSH("Pushing"),
        CLI("The command line and kg itself");

        private final String title;

        Area(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final Area area;
    private final ExitStatus status;

    ErrorCode(Area area, ExitStatus status) {
        this.area = area;
        this.status = status;
    }

    public Area area() {
        return area;
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
