package dev.kg.query;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;

/**
 * Checks on a query's text before it is parsed. Jena's parser and evaluator recurse once per level of
 * nesting and once per term of a chain of || or &&, so a hostile query (thousands of nested braces, a
 * 20,000-term filter) would overflow the stack; these limits turn such a query into a clear error first.
 */
public final class QueryText {
    /** Braces, parentheses and brackets open at once; hand-written queries need a dozen at most. */
    public static final int MAX_NESTING = 100;
    /** The || and && operators of a query: a long list of alternatives belongs in VALUES or IN (...). */
    public static final int MAX_LOGICAL_OPERATORS = 1000;

    private QueryText() {
    }

    /**
     * Refuses an empty query and one nested or chained beyond the limits.
     *
     * @param where what to name in the message: a file, or {@code <query>}
     */
    public static void check(String where, String text) {
        if (text.isBlank()) {
            throw new KgException(ErrorCode.EMPTY_QUERY, where + ": the query is empty — give a SPARQL query,"
                    + " e.g. -e 'SELECT * WHERE { ?s ?p ?o } LIMIT 5'");
        }
        int depth = 0;
        int deepest = 0;
        int logical = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '#') {
                i = endOfLine(text, i);
            } else if (c == '"' || c == '\'') {
                i = endOfString(text, i);
            } else if (c == '{' || c == '(' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            } else if ((c == '|' || c == '&') && i + 1 < n && text.charAt(i + 1) == c) {
                logical++;
                i++;
            }
        }
        if (deepest > MAX_NESTING) {
            throw tooComplex(where, "nests braces, parentheses or brackets " + deepest + " levels deep, more than "
                    + MAX_NESTING);
        }
        if (logical > MAX_LOGICAL_OPERATORS) {
            throw tooComplex(where, "chains " + logical + " || and && operators, more than " + MAX_LOGICAL_OPERATORS);
        }
    }

    /** The error for a query too deep for the evaluator, found here or when it ran out of stack. */
    public static KgException tooComplex(String where, String what) {
        return new KgException(ErrorCode.QUERY_TOO_COMPLEX, where + ": the query " + what
                + " — flatten it: list alternatives with VALUES or IN (...), and split deep nesting");
    }

    private static int endOfLine(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    /** The index of the quote that closes the string opening at {@code from}, long ('''/""") or short. */
    private static int endOfString(String text, int from) {
        char quote = text.charAt(from);
        String triple = String.valueOf(quote).repeat(3);
        if (text.startsWith(triple, from)) {
            int end = text.indexOf(triple, from + 3);
            return end < 0 ? text.length() : end + 2;
        }
        for (int i = from + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote || c == '\n') {
                return i;
            }
        }
        return text.length();
    }
}
