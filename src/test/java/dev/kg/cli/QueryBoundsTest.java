package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** kg query's limits on time, memory and query shape, and the query forms that used to fail. */
class QueryBoundsTest {
    private static final String CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }";
    private static final String TIMEOUT = "kg query: the query took longer than 1 s and was stopped — make it more"
            + " selective, or allow more time with --timeout [query-timeout]\n";

    /** Three million rows in every streaming format, three million triples in every RDF syntax: all stop in time. */
    @Test
    @Tag("slow")
    void theTimeoutCoversRunningAndWritingInEveryFormat() {
        for (String format : new String[] {"csv", "tsv", "json", "xml"}) {
            assertStopsInTime("--format", format, "-e", CROSS);
        }
        // The text table holds its rows before writing; this one has few rows, and takes long to count them.
        assertStopsInTime("--format", "text", "-e",
                "SELECT ?a (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?a");
        for (String format : new String[] {"turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml"}) {
            assertStopsInTime("--format", format, "-e", "CONSTRUCT { ?a ?b ?d } WHERE { ?a ?b ?c . ?d ?e ?f }");
        }
    }

    private static void assertStopsInTime(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "query";
        all[1] = "--timeout";
        all[2] = "1";
        System.arraycopy(args, 0, all, 3, args.length);
        long start = System.nanoTime();
        Kg.Run run = SeedStore.kg(all);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, run.exit(), String.join(" ", args) + ": " + run.err());
        assertEquals(TIMEOUT, run.err(), String.join(" ", args));
        assertTrue(millis < 8_000, String.join(" ", args) + " stopped after " + millis + " ms");
    }

    @Test
    void aTextTableHoldsABoundedNumberOfRows() {
        Kg.Run run = SeedStore.kg("query", "-e", CROSS);
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertEquals("kg query: the result has more than 100000 rows, more than a text table holds — use --format csv"
                + " or tsv, which stream any number of rows, or add LIMIT [result-too-large]\n", run.err());
        Kg.Run limited = SeedStore.kg("query", "-e", CROSS + " LIMIT 100000", "--format", "tsv");
        assertEquals(0, limited.exit(), limited.err());
        assertEquals(100_001, limited.out().lines().count());
    }

    @Test
    void describeAnswers() {
        Kg.Run run = SeedStore.kg("query", "-e", "DESCRIBE ent:scale-ai", "--format", "ntriples");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().lines().allMatch(l -> l.startsWith("<https://w3id.org/kg/id/entity/scale-ai> ")), run.out());
        assertTrue(run.out().contains("<https://w3id.org/kg/id/entity/scale-ai> <http://www.w3.org/2000/01/rdf-schema#label>"
                + " \"Scale AI\"@en ."), run.out());
    }

    @Test
    void deepNestingAndHugeFiltersAreCodedErrors() {
        Kg.Run deep = SeedStore.kg("query", "-e", "SELECT * WHERE " + "{".repeat(5000) + " ?s ?p ?o " + "}".repeat(5000));
        assertEquals(1, deep.exit());
        assertEquals("kg query: <query>: the query nests braces, parentheses or brackets 5000 levels deep, more than 100"
                + " — flatten it: list alternatives with VALUES or IN (...), and split deep nesting [query-too-complex]\n", deep.err());

        String terms = IntStream.range(0, 20_000).mapToObj(i -> "?o = " + i).collect(Collectors.joining(" || "));
        Kg.Run or = SeedStore.kg("query", "-e", "SELECT * WHERE { ?s ?p ?o FILTER(" + terms + ") }");
        assertEquals(1, or.exit());
        assertEquals("kg query: <query>: the query chains 19999 || and && operators, more than 1000 — flatten it: list"
                + " alternatives with VALUES or IN (...), and split deep nesting [query-too-complex]\n", or.err());

        // Other long chains run on the query's bounded stack: 20,000 terms answer; 200,000 answer too, or, where
        // the frames are larger (before the JIT compiles the evaluator), overflow it: a coded error either way.
        String sum = IntStream.range(0, 20_000).mapToObj(i -> "1").collect(Collectors.joining(" + "));
        Kg.Run plus = SeedStore.kg("query", "--format", "csv", "-e", "SELECT * WHERE { BIND((" + sum + ") AS ?n) }");
        assertEquals(0, plus.exit(), plus.err());
        assertEquals("n\n20000\n", plus.out().replace("\r", ""));
        String longer = IntStream.range(0, 200_000).mapToObj(i -> "1").collect(Collectors.joining(" + "));
        Kg.Run overflow = SeedStore.kg("query", "--format", "csv", "-e", "SELECT * WHERE { BIND((" + longer + ") AS ?n) }");
        if (overflow.exit() == 0) {
            assertEquals("n\n200000\n", overflow.out().replace("\r", ""));
        } else {
            assertEquals(1, overflow.exit(), overflow.err());
            assertEquals("kg query: <query>: the query is nested or chained too deeply to run — flatten it: list"
                    + " alternatives with VALUES or IN (...), and split deep nesting [query-too-complex]\n", overflow.err());
        }
    }

    @Test
    void fromAndFromNamedChooseTheGraphs() {
        String entities = "<https://w3id.org/kg/graph/entities>";
        Kg.Run from = SeedStore.kg("query", "--format", "csv", "-e",
                "SELECT (COUNT(*) AS ?n) FROM " + entities + " WHERE { ?s ?p ?o }");
        assertEquals("n\n130\n", from.out().replace("\r", ""), from.err());
        Kg.Run two = SeedStore.kg("query", "--format", "csv", "-e",
                "SELECT (COUNT(*) AS ?n) FROM " + entities + " FROM <https://w3id.org/kg/graph/ontology> WHERE { ?s ?p ?o }");
        assertEquals("n\n1648\n", two.out().replace("\r", ""), two.err());
        Kg.Run named = SeedStore.kg("query", "--format", "csv", "-e",
                "SELECT ?g (COUNT(*) AS ?n) FROM NAMED " + entities + " WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g");
        assertEquals("g,n\nhttps://w3id.org/kg/graph/entities,130\n", named.out().replace("\r", ""));
        // An article's graph alone: its one title, where the union has seven.
        Kg.Run article = SeedStore.kg("query", "--format", "csv", "-e",
                "SELECT ?title FROM <https://w3id.org/kg/id/article/000_9546f4cd82c692eb> WHERE { ?a dcterms:title ?title }");
        assertEquals("title\n\"Perché la scommessa più grande di Meta sull'intelligenza artificiale non è sui modelli,"
                + " ma sui dati\"\n", article.out().replace("\r", ""), article.err());
        Kg.Run union = SeedStore.kg("query", "--format", "csv", "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?a dcterms:title ?t }");
        assertEquals("n\n7\n", union.out().replace("\r", ""));

        Kg.Run unknown = SeedStore.kg("query", "-e", "SELECT * FROM <https://w3id.org/kg/graph/nope> WHERE { ?s ?p ?o }");
        assertEquals(2, unknown.exit());
        assertEquals("kg query: the query names the graph <https://w3id.org/kg/graph/nope> in FROM or FROM NAMED, and"
                + " the store has no such graph — see the graphs with kg query -e 'SELECT DISTINCT ?g WHERE { GRAPH ?g {} }'"
                + " [unknown-graph]\n", unknown.err());
    }

    @Test
    void anEmptyQueryIsCalledEmpty() {
        for (String text : new String[] {"", "  \n"}) {
            Kg.Run run = SeedStore.kg("query", "-e", text);
            assertEquals(1, run.exit());
            assertEquals("kg query: <query>: the query is empty — give a SPARQL query, e.g."
                    + " -e 'SELECT * WHERE { ?s ?p ?o } LIMIT 5' [empty-query]\n", run.err());
        }
    }
}
