package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What kg query and the store refuse: network calls, updates, injected structure, paths and foreign folders. */
class RefusalsTest {
    private static final String ECHO = """
            # title: Echoes its parameters
            # param: text string required Any text
            # param: where iri Any IRI
            SELECT ?t ?w WHERE { BIND(?text AS ?t) OPTIONAL { BIND(?where AS ?w) } }
            """;

    @Test
    void serviceIsRefusedUnlessAllowed() {
        Kg.Run run = SeedStore.kg("query", "-e", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
        assertEquals(1, run.exit());
        assertEquals("kg query: <query>: the query calls SERVICE <http://127.0.0.1:9/sparql>, which would reach the network;"
                + " kg refuses it — query the local graph only, or pass --allow-service if you mean it [service-refused]\n", run.err());
    }

    @Test
    void anAllowedServiceThatIsDownIsOneLine() {
        // Port 9 (discard) on loopback has nothing listening here: the call fails at once, with no traffic off the machine.
        Kg.Run run = SeedStore.kg("query", "--allow-service", "-e", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
        assertEquals(69, run.exit());
        assertTrue(run.err().startsWith("kg query: a SERVICE call failed (") && run.err().contains("http://127.0.0.1:9/sparql"), run.err());
        assertTrue(run.err().endsWith(" — check that the endpoint is up and reachable [service-failed]\n"), run.err());
    }

    @Test
    void aTimeoutStopsARunawayQuery() {
        long start = System.nanoTime();
        Kg.Run run = SeedStore.kg("query", "--timeout", "1", "-e",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(1, run.exit());
        assertEquals("kg query: the query took longer than 1 s and was stopped — make it more selective, or allow more"
                + " time with --timeout [query-timeout]\n", run.err());
        assertTrue(seconds < 30, "stopped after " + seconds + " s");
        Kg.Run zero = SeedStore.kg("query", "--timeout", "0", "investments");
        assertEquals(2, zero.exit());
        assertEquals("kg query: --timeout must be a positive number of seconds [usage]\n", zero.err());
    }

    @Test
    void loadIsRefused() {
        Kg.Run run = SeedStore.kg("query", "-e", "LOAD <http://127.0.0.1:9/graph.ttl>");
        assertEquals(1, run.exit());
        assertEquals("kg query: <query>: this is a SPARQL update; kg query only reads the graph — change the graph by"
                + " editing the mapping files and running 'kg build' [update-refused]\n", run.err());
    }

    @Test
    void parametersAreBoundAsTermsAndCannotChangeTheQuery(@TempDir Path dir) throws IOException {
        Path echo = dir.resolve("echo.rq");
        Files.writeString(echo, ECHO);

        Kg.Run run = SeedStore.kg("query", echo.toString(), "--format", "csv", "-p", "text=x\" } ; DROP ALL #");
        assertEquals(0, run.exit(), run.err());
        assertEquals("t,w\r\n\"x\"\" } ; DROP ALL #\",\r\n", run.out());

        Kg.Run iri = SeedStore.kg("query", echo.toString(), "-p", "text=t", "-p", "where=<http://evil/> } UNION {");
        assertEquals(2, iri.exit());
        assertEquals("kg query: invalid value '<http://evil/> } UNION {' for parameter 'where' — give an absolute IRI"
                + " such as https://w3id.org/kg/id/entity/scale-ai [invalid-param]\n", iri.err());
    }

    @Test
    void aParameterTheQueryAssignsIsAUserError(@TempDir Path dir) throws IOException {
        Path clash = dir.resolve("clash.rq");
        Files.writeString(clash, "# param: x string\nSELECT ?x WHERE { BIND(1 AS ?x) }\n");
        Kg.Run run = SeedStore.kg("query", clash.toString(), "-p", "x=1");
        assertEquals(1, run.exit());
        assertEquals("kg query: " + clash + ": Can not use ?x in this query — a parameter cannot be bound where the query"
                + " assigns the same variable (BIND ... AS, SELECT ... AS, VALUES); rename one of them [param-clash]\n", run.err());
    }

    @Test
    void aParameterNeedsANameAndAValueOnce() {
        Kg.Run bare = SeedStore.kg("query", "investments", "-p", "company");
        assertEquals(2, bare.exit());
        assertEquals("kg query: --param needs NAME=VALUE, got 'company' [usage]\n", bare.err());
        Kg.Run twice = SeedStore.kg("query", "investments", "-p", "company=meta", "-p", "company=scale-ai");
        assertEquals(2, twice.exit());
        assertEquals("kg query: --param company is given twice — give each parameter once [usage]\n", twice.err());
    }

    @Test
    void pathsOutsideTheQueriesFolderAreNotSavedQueries() {
        for (String name : new String[] {"/etc/passwd", "queries/../../../etc/hosts", "..", "investments/../../x"}) {
            Kg.Run run = SeedStore.kg("query", name);
            assertEquals(1, run.exit(), name);
            assertEquals("kg query: no saved query '" + name + "' in " + TestProjects.REPO.resolve("queries")
                    + " — give the name of a saved query (see 'kg queries') or the path of a .rq file [unknown-query]\n", run.err());
        }
    }

    @Test
    void storesThatAreNotStoresAreOneLineEach(@TempDir Path dir) throws IOException {
        String project = TestProjects.REPO.toString();
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path foreign = Files.createDirectories(dir.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        Path file = Files.writeString(dir.resolve("file"), "a file");
        Path missing = dir.resolve("missing/parent/store");

        for (Path store : new Path[] {empty, foreign, missing}) {
            Kg.Run run = Kg.run("query", "investments", "--project", project, "--store", store.toString());
            assertEquals(1, run.exit());
            assertEquals("kg query: " + store + ": no graph here — run 'kg build' first, or point --store at a store"
                    + " that kg built [no-graph]\n", run.err());
        }
        Kg.Run queryFile = Kg.run("query", "investments", "--project", project, "--store", file.toString());
        assertEquals("kg query: " + file + ": is a file, not a store folder — point --store at a folder [store-is-file]\n", queryFile.err());
        Kg.Run buildFile = Kg.run("build", "--project", project, "--store", file.toString());
        assertEquals(1, buildFile.exit());
        assertEquals("kg build: " + file + ": is a file, not a store folder — point --store at a folder [store-is-file]\n", buildFile.err());
        assertEquals("a file", Files.readString(file));

        Kg.Run buildForeign = Kg.run("build", "--project", project, "--store", foreign.toString());
        assertEquals(1, buildForeign.exit());
        assertEquals("kg build: " + foreign + ": this folder holds other files and no kg store, so kg will not write into it"
                + " — point --store at an empty or new folder [foreign-folder]\n", buildForeign.err());
        try (var entries = Files.list(foreign)) {
            assertEquals(1, entries.count(), "nothing was added to the folder");
        }
        assertFalse(Files.exists(missing));
    }
}
