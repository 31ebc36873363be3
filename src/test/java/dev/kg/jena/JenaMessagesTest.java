package dev.kg.jena;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seam's readings of Jena's message texts, pinned to the Jena it was checked against. */
class JenaMessagesTest {

    @Test
    void theLockHolderIsTheProcessThatHasTheStoreOpen(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        TdbStorage.release(DatabaseMgr.connectDatasetGraph(store.toString()));
        Process holder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), StoreHolder.class.getName(), store.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("holder.log").toFile()).start();
        try {
            assertTrue(holdsLock(holder, store), "the other process never opened the store");
            RuntimeException refused = assertThrows(RuntimeException.class, () -> DatabaseMgr.connectDatasetGraph(store.toString()));
            assertEquals(OptionalLong.of(holder.pid()), TdbStorage.lockHolder(refused), refused.getMessage());
        } finally {
            holder.destroyForcibly();
            holder.waitFor();
        }
    }

    @Test
    void aFailureOtherThanALockNamesNoHolder() {
        assertEquals(OptionalLong.empty(), TdbStorage.lockHolder(new IllegalStateException("held by process 12")));
    }

    @Test
    void anUnexpectedTokenIsPlacedAtItselfNotAtTheTokenBefore() {
        QueryParseException e = parseFailure("SELECT *\nWHERE { ?s ?p ?o . FILTER( }");
        // The fields name "(", the last token parsed; the message names "}", the token at fault.
        assertEquals(List.of(2, 26), List.of(e.getLine(), e.getColumn()));
        assertEquals(new SparqlSyntaxError(2, 28, "Encountered \" \"}\" \"} \"\""), SparqlSyntaxError.of(e));
    }

    @Test
    void anErrorWhoseMessageNamesNoTokenIsPlacedByItsFields() {
        QueryParseException e = parseFailure("SELECT * WHERE { ?s foo:bar ?o }");
        assertEquals(new SparqlSyntaxError(e.getLine(), e.getColumn(), e.getMessage().strip()), SparqlSyntaxError.of(e));
        assertEquals(List.of(1, 21), List.of(e.getLine(), e.getColumn()));
    }

    private static QueryParseException parseFailure(String query) {
        return assertThrows(QueryParseException.class, () -> QueryFactory.create(query));
    }

    private static boolean holdsLock(Process process, Path store) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < end && process.isAlive()) {
            try {
                if (Files.readString(store.resolve("tdb.lock")).strip().equals(Long.toString(process.pid()))) {
                    return true;
                }
            } catch (IOException e) {
                // Not written yet.
            }
            Thread.sleep(5);
        }
        return false;
    }
}
