package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.rdf.Iris;
import dev.kg.store.GraphStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build of the seed articles: graphs and their sizes, determinism, and exports that round-trip. */
class SeedBuildTest {

    @Test
    void buildsOneNamedGraphPerArticlePlusEntitiesAndOntology(@TempDir Path dir) {
        Kg.Run run = Kg.run("build", "--project", TestProjects.REPO.toString(), "--store", dir.resolve("s").toString());

        assertEquals(0, run.exit());
        assertEquals("", run.out());
        String[] lines = run.err().split("\n");
        assertTrue(lines[0].matches("built .*s: 5 articles, 37 entities, 91 facts, 2647 triples in \\d+\\.\\d s"
                + " \\([\\d,]+ triples/s\\); data [\\d.,]+ MB, 0% garbage"), lines[0]);
        assertEquals(String.join("\n",
                "      130  graph:entities",
                "     1518  graph:ontology",
                "      248  art:000_9546f4cd82c692eb",
                "      152  art:001_d5649c7f9c9adf91",
                "      231  art:002_cf741e01a53c0ac0",
                "      193  art:003_3a9745ee0dab3a5e",
                "      175  art:004_a15e93869306b3ce", ""), run.err().substring(run.err().indexOf('\n') + 1));
    }

    @Test
    void aBuildAtATerminalShowsItsProgress(@TempDir Path dir) {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream errStream = new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8);
        int exit = KgCommandLine.create(new Console(System.out, errStream, true))
                .execute("build", "--project", TestProjects.REPO.toString(), "--store", dir.resolve("s").toString());
        assertEquals(0, exit);
        String shown = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        List<String> phases = shown.lines()
                .filter(l -> l.endsWith("…")).map(l -> l.replaceFirst("^ +\\d+\\.\\d s  ", "")).toList();
        assertEquals(List.of("comparing the inputs with the store's…", "reading and checking the entities…", "reading and checking the mapping files…",
                "finishing the store's indexes and the shape checks…"), phases);
        // The running count is redrawn in place; its last state is always shown.
        assertTrue(shown.matches("(?s).*\r +\\d+\\.\\d s  5 of 5 mapping files, 2,647 triples\n.*"), shown);
    }

    @Test
    void aRebuildReplacesTheStoresDataAndLeavesNoStagingBehind(@TempDir Path dir) throws Exception {
        String repo = TestProjects.REPO.toString();
        Path store = dir.resolve("s");
        // A build killed before it could clear up leaves its staging folder, named after its process.
        long deadPid = ProcessHandle.current().pid() + 1_000_000;
        Files.createDirectories(dir.resolve(".s.kg-staging-" + deadPid).resolve("Data-0001"));
        assertEquals(0, Kg.run("build", "--project", repo, "--store", store.toString()).exit());
        String first = Kg.nquads(TestProjects.REPO, store);
        assertEquals(0, Kg.run("build", "--full", "--project", repo, "--store", store.toString()).exit());

        // TDB2 keeps data in generations; each build adds one and removes the one before, so a store does not grow.
        try (var entries = Files.list(dir); var generations = Files.list(store)) {
            assertEquals(List.of("s"), entries.map(p -> p.getFileName().toString()).sorted().toList());
            assertEquals(List.of("Data-0002", "tdb.lock"), generations.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(first, Kg.nquads(TestProjects.REPO, store));
    }

    @Test
    void twoBuildsGiveByteIdenticalExports(@TempDir Path dir) {
        String repo = TestProjects.REPO.toString();
        String a = dir.resolve("a").toString();
        String b = dir.resolve("b").toString();
        assertEquals(0, Kg.run("build", "--project", repo, "--store", a).exit());
        assertEquals(0, Kg.run("build", "--project", repo, "--store", b).exit());
        assertEquals(0, Kg.run("build", "--project", repo, "--store", b).exit());

        for (String format : new String[] {"turtle", "ntriples", "nquads", "trig"}) {
            String first = Kg.run("export", "--project", repo, "--store", a, "--format", format).out();
            String second = Kg.run("export", "--project", repo, "--store", b, "--format", format).out();
            assertTrue(first.length() > 10_000, format);
            assertEquals(first, second, format);
        }
    }

    @Test
    void turtleExportRoundTripsToTheStoredGraph(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("graph.ttl");
        Kg.Run run = SeedStore.kg("export", "-o", out.toString());
        assertEquals(0, run.exit());
        assertEquals("", run.out() + run.err());

        Graph exported = GraphFactory.createDefaultGraph();
        RDFParser.source(out).lang(Lang.TURTLE).parse(exported);
        Graph stored = GraphFactory.createDefaultGraph();
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()))) {
            store.read(() -> {
                store.dataset().find().forEachRemaining(q -> {
                    if (!q.getGraph().equals(Iris.ONTOLOGY_GRAPH)) {
                        stored.add(q.asTriple());
                    }
                });
                return null;
            });
        }
        // Besides the stored graphs, the data's ontology header: it imports the kg ontology.
        Node data = NodeFactory.createURI("https://w3id.org/kg/data");
        stored.add(Triple.create(data, RDF.type.asNode(), OWL2.Ontology.asNode()));
        stored.add(Triple.create(data, OWL2.imports.asNode(), NodeFactory.createURI("https://w3id.org/kg/ontology")));
        assertTrue(exported.isIsomorphicWith(stored));
        assertTrue(Files.readString(out).startsWith("PREFIX art: <https://w3id.org/kg/id/article/>\n"));
    }

    @Test
    void trigExportKeepsEveryNamedGraph() {
        Kg.Run run = SeedStore.kg("export", "--format", "trig", "--with-ontology");
        assertEquals(0, run.exit());
        DatasetGraph exported = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8))).lang(Lang.TRIG).parse(exported);
        DatasetGraph stored = DatasetGraphFactory.create();
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()))) {
            store.read(() -> {
                store.dataset().find().forEachRemaining(stored::add);
                return null;
            });
        }
        assertTrue(IsoMatcher.isomorphic(exported, stored));
        assertEquals(7, Counter.count(exported.listGraphNodes()));
    }

    @Test
    void exportsOneArticleGraph() {
        Kg.Run run = SeedStore.kg("export", "--graph", "002_cf741e01a53c0ac0", "--format", "nquads");
        assertEquals(0, run.exit());
        String[] lines = run.out().split("\n");
        assertEquals(231, lines.length);
        for (String line : lines) {
            assertTrue(line.endsWith(" <https://w3id.org/kg/id/article/002_cf741e01a53c0ac0> ."), line);
        }
        Node article = Iris.article("002_cf741e01a53c0ac0");
        assertTrue(run.out().contains("<" + article.getURI() + "> <https://w3id.org/kg/ontology#sha256> "
                + "\"288ff0c9ccca647b95e43bbe99c5b8df4133d9ac52935c514c832cf79b159968\" <" + article.getURI() + "> .\n"));
    }

    private static final class Counter {
        static long count(java.util.Iterator<?> it) {
            long n = 0;
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        }
    }
}
