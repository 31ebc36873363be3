package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes, help, and one-line errors, through the real command line. */
class CliTest {

    @Test
    void noCommandIsAUsageError() {
        Kg.Run run = Kg.run();
        assertEquals(2, run.exit());
        assertEquals("kg: missing command: choose one of validate, build, queries, query, vocabulary, describe, path, export, serve, curate, push, check, completion [usage]\n"
                + "Try 'kg --help' for more information.\n", run.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Kg.Run run = Kg.run("build", "--bogus");
        assertEquals(2, run.exit());
        assertEquals("kg: Unknown option: '--bogus' [usage]\nTry 'kg build --help' for more information.\n", run.err());
    }

    @Test
    void versionNamesKgJenaAndJava() {
        Kg.Run run = Kg.run("--version");
        assertEquals(0, run.exit());
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].startsWith("kg "), lines[0]);
        assertEquals("Apache Jena 6.2.0", lines[1]);
        assertTrue(lines[2].startsWith("Java "), lines[2]);
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String command : new String[] {"validate", "build", "queries", "query", "export", "completion"}) {
            Kg.Run run = Kg.run(command, "--help");
            assertEquals(0, run.exit(), command);
            assertTrue(run.out().startsWith("Usage: kg " + command), run.out());
            assertTrue(run.out().contains("\nExamples:\n  kg " + command), command);
        }
    }

    @Test
    void savedQueryNamesStayInsideTheQueriesFolder() {
        Kg.Run run = SeedStore.kg("query", "../../etc/passwd");
        assertEquals(1, run.exit());
        assertEquals("kg query: no saved query '../../etc/passwd' in " + TestProjects.REPO.resolve("queries")
                + " — give the name of a saved query (see 'kg queries') or the path of a .rq file [unknown-query]\n", run.err());
    }

    @Test
    void misspelledQueryNameGetsASuggestion() {
        Kg.Run run = SeedStore.kg("query", "investmnts");
        assertEquals(1, run.exit());
        assertEquals("kg query: no saved query 'investmnts' in " + TestProjects.REPO.resolve("queries")
                + " — did you mean 'investments'? [unknown-query]\n", run.err());
    }

    @Test
    void sparqlSyntaxErrorsGiveLineAndColumn() {
        Kg.Run run = SeedStore.kg("query", "-e", "SELECT *\nWHERE { ?s ?p ?o . FILTER( }");
        assertEquals(1, run.exit());
        assertEquals("kg query: <query>:2:28: SPARQL syntax: Encountered \" \"}\" \"} \"\" — fix the query near this point [sparql-syntax]\n",
                run.err());
    }

    @Test
    void updatesAreRefused() {
        Kg.Run run = SeedStore.kg("query", "-e", "INSERT DATA { <a:b> <a:b> <a:b> }");
        assertEquals(1, run.exit());
        assertEquals("kg query: <query>: this is a SPARQL update; kg query only reads the graph — change the graph by"
                + " editing the mapping files and running 'kg build' [update-refused]\n", run.err());
    }

    @Test
    void inlineQueriesHaveTheStandardPrefixes() {
        Kg.Run run = SeedStore.kg("query", "-e", "SELECT ?label WHERE { ent:scale-ai rdfs:label ?label } ORDER BY ?label",
                "--format", "tsv");
        assertEquals(0, run.exit());
        assertEquals("?label\n\"Scale AI\"@en\n\"Scale AI\"@it\n", run.out());
    }

    @Test
    void constructQueriesWriteSortedTurtle() {
        Kg.Run run = SeedStore.kg("query", "-e",
                "CONSTRUCT { ?s kg:basedOn ?o } WHERE { ?s kg:basedOn ?o }", "--format", "ntriples");
        assertEquals(0, run.exit());
        assertEquals("""
                <https://w3id.org/kg/id/entity/defense-llama> <https://w3id.org/kg/ontology#basedOn> <https://w3id.org/kg/id/entity/llama-3> .
                <https://w3id.org/kg/id/entity/defense-llama> <https://w3id.org/kg/ontology#basedOn> <https://w3id.org/kg/id/entity/llama> .
                """, run.out());
    }

    @Test
    void aMissingStoreIsOneClearLine(@TempDir Path dir) {
        String none = dir.resolve("none").toString();
        Kg.Run run = Kg.run("query", "investments", "--project", TestProjects.REPO.toString(), "--store", none);
        assertEquals(1, run.exit());
        assertEquals("kg query: " + none + ": no graph here — run 'kg build' first, or point --store at a store that kg"
                + " built [no-graph]\n", run.err());
    }

    @Test
    void verboseAddsTheStackTrace(@TempDir Path dir) {
        String none = dir.resolve("none").toString();
        Kg.Run run = Kg.run("query", "investments", "--project", TestProjects.REPO.toString(), "--store", none, "--verbose");
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("kg query: " + none + ": no graph here"), run.err());
        assertTrue(run.err().contains("\n\tat dev.kg.store.GraphStore.openExisting("), run.err());
    }

    @Test
    void formatsAreCheckedAgainstTheKindOfQuery() {
        Kg.Run select = SeedStore.kg("query", "investments", "--format", "turtle");
        assertEquals(2, select.exit());
        assertEquals("kg query: --format turtle is not a result format; SELECT and ASK results take text, csv, tsv,"
                + " json, xml [format-mismatch]\n", select.err());
        Kg.Run export = SeedStore.kg("export", "--format", "yaml");
        assertEquals(2, export.exit());
        assertEquals("kg export: unknown format 'yaml' — use one of turtle, ntriples, nquads, trig, jsonld, rdfxml, dot, html, graphml, neo4j-csv [unknown-format]\n",
                export.err());
    }

    @Test
    void outsideAProjectSaysWhereToRun(@TempDir Path dir) {
        Kg.Run run = Kg.run("validate", "--project", dir.toString());
        assertEquals(1, run.exit());
        assertEquals("kg validate: " + dir + ": not a kg project (no ontology/kg.ttl) — pass the folder that holds"
                + " seeds/, ontology/ and queries/ [not-a-project]\n", run.err());
    }
}
