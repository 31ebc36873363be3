package dev.kg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import org.junit.jupiter.api.Test;

/** Work that recurses without end, as Jena's evaluator does on a deep enough query, ends in a coded error. */
class BoundedStackTest {

    @Test
    void aStackOverflowIsQueryTooComplex() {
        KgException e = assertThrows(KgException.class, () -> BoundedStack.run("<query>", () -> depth(0)));
        assertEquals(ErrorCode.QUERY_TOO_COMPLEX, e.code());
        assertEquals("<query>: the query is nested or chained too deeply to run — flatten it: list alternatives with"
                + " VALUES or IN (...), and split deep nesting", e.getMessage());
    }

    @Test
    void otherFailuresPassThrough() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> BoundedStack.run("<query>", () -> { throw new IllegalStateException("boom"); }));
        assertEquals("boom", e.getMessage());
    }

    private static int depth(int n) {
        return depth(n + 1) + 1;
    }
}
