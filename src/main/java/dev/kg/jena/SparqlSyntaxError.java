package dev.kg.jena;

import dev.kg.error.FirstLine;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryParseException;

/**
 * Where a SPARQL query stops being valid, and what Jena says about it.
 *
 * @param line the offending token's line, from 1
 * @param column the offending token's column, from 1
 * @param message the first line of Jena's message, without the position it names
 */
public record SparqlSyntaxError(int line, int column, String message) {
    /** The position that ARQ's parser (JavaCC) puts in the message of a token it did not expect. */
    private static final Pattern POSITION = Pattern.compile("\\s*at line (\\d+), column (\\d+)\\.?");

    /** What {@code e} says; its position is the offending token's where the message names one. */
    public static SparqlSyntaxError of(QueryParseException e) {
        String message = FirstLine.of(e);
        // Text-based: getLine()/getColumn() give the last token parsed, one before the offending token that the
        // message names ("Encountered ... at line 2, column 28."). Where the message names none, the fields serve.
        // JenaMessagesTest pins both to this Jena.
        Matcher m = POSITION.matcher(message);
        if (m.find()) {
            return new SparqlSyntaxError(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.replaceAll("").strip());
        }
        return new SparqlSyntaxError(Math.max(1, e.getLine()), Math.max(1, e.getColumn()), message.strip());
    }
}
