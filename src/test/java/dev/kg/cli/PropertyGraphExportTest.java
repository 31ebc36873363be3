package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kg.store.GraphStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg export --format graphml|neo4j-csv}: read back by NetworkX, and checked against Neo4j's import header format (Neo4jImportTest imports it). */
class PropertyGraphExportTest {
    private static final String KG = "PREFIX kg: <https://w3id.org/kg/ontology#>\n";
    private static final String ENTITIES = "<https://w3id.org/kg/graph/entities>";
    /** Claims of a direct relation between two entities: one edge each. */
    private static final String CLAIMS = "GRAPH ?g { ?c kg:subject ?s ; kg:object ?o } GRAPH " + ENTITIES + " { ?s a ?ts . ?o a ?to }";

    @Test
    void networkxReadsTheGraphmlWithOneNodePerEntityAndOneEdgePerClaim(@TempDir Path dir) throws Exception {
        // Debian's Python, where apt installs the packages (.ci/run), whatever python3 the PATH finds first.
        Path python = Path.of("/usr/bin/python3");
        Path file = dir.resolve("graph.graphml");
        Path again = dir.resolve("again.graphml");
        assertEquals(0, SeedStore.kg("export", "--format", "graphml", "-o", file.toString()).exit());
        assertEquals(0, SeedStore.kg("export", "--format", "graphml", "-o", again.toString()).exit());
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));

        assumeTrue(Files.isExecutable(python), "python3 is not installed");
        Process check = new ProcessBuilder(python.toString(), "-c", """
                import sys
                try:
                    import networkx as nx
                except ImportError:
                    print("no-networkx"); sys.exit(0)
                g = nx.read_graphml(sys.argv[1])
                print(type(g).__name__, g.number_of_nodes(), g.number_of_edges(), g.number_of_edges("meta", "scale-ai"))
                print(g.nodes["scale-ai"]["type"], "/", g.nodes["scale-ai"]["label"])
                print(sorted({d["status"] for _, _, d in g.edges(data=True)}))
                print(sorted({d["article"] for _, _, d in g.edges(data=True) if d["relation"] == "investsIn"}))
                """, file.toString()).redirectErrorStream(true).start();
        assertTrue(check.waitFor(60, TimeUnit.SECONDS));
        List<String> lines = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assumeTrue(!lines.equals(List.of("no-networkx")), "NetworkX is not installed (.ci/run installs python3-networkx)");
        assertEquals(0, check.exitValue(), String.join("\n", lines));
        assertEquals("MultiDiGraph " + count("SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH " + ENTITIES + " { ?e a ?t } }")
                + " " + count("SELECT (COUNT(DISTINCT ?c) AS ?n) { " + CLAIMS + " }")
                + " " + count("SELECT (COUNT(DISTINCT ?c) AS ?n) { " + CLAIMS + " FILTER(?s = <https://w3id.org/kg/id/entity/meta>"
                        + " && ?o = <https://w3id.org/kg/id/entity/scale-ai>) }"), lines.get(0));
        assertEquals("Startup / Scale AI", lines.get(1));
        assertTrue(lines.get(2).contains("'Reported'") && lines.get(2).contains("'Former'"), lines.get(2));
        assertEquals("['000_9546f4cd82c692eb', '001_d5649c7f9c9adf91', '002_cf741e01a53c0ac0', '003_3a9745ee0dab3a5e',"
                + " '004_a15e93869306b3ce']", lines.get(3));
    }

    @Test
    void neo4jCsvHasTheImportHeadersAndOneRelationshipPerClaim(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("neo4j");
        Kg.Run run = SeedStore.kg("export", "--format", "neo4j-csv", "-o", folder.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> nodes = Files.readAllLines(folder.resolve("nodes.csv"));
        List<String> relationships = Files.readAllLines(folder.resolve("relationships.csv"));
        // The header format of neo4j-admin database import: an :ID column, :LABEL, typed properties (name:type).
        assertEquals("\"id:ID\",\":LABEL\",\"label\",\"aliases:string[]\"", nodes.get(0));
        assertEquals("\":START_ID\",\":END_ID\",\":TYPE\",\"claim\",\"relation\",\"label\",\"status\",\"article\","
                + "\"qualifiers:string[]\",\"quotes:string[]\"", relationships.get(0));
        assertEquals(count("SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH " + ENTITIES + " { ?e a ?t } }"), nodes.size() - 1);
        assertEquals(count("SELECT (COUNT(DISTINCT ?c) AS ?n) { " + CLAIMS + " }"), relationships.size() - 1);
        assertTrue(nodes.contains("\"alexandr-wang\",\"Entity|Person\",\"Alexandr Wang\",\"Alex Wang|Wang\""), nodes.toString());
        assertTrue(nodes.contains("\"scale-ai\",\"Entity|Startup\",\"Scale AI\",\"Scale\""), nodes.toString());
        assertTrue(relationships.contains("\"andrew-bosworth\",\"meta\",\"WORKS_FOR\",\"002_cf741e01a53c0ac0/bosworth-works-for-meta\","
                + "\"worksFor\",\"works for\",\"Reported\",\"002_cf741e01a53c0ac0\",\"role CTO\",\"Il CTO Andrew Bosworth ha esortato a"
                + " “reinventare i legami tra Silicon Valley e industria della difesa”\""), relationships.toString());
        // The status is a property of its own, not repeated among the qualifiers ("in talks" is InTalks).
        assertTrue(relationships.stream().anyMatch(r -> r.startsWith("\"meta\",\"scale-ai\",\"INVESTS_IN\","
                + "\"002_cf741e01a53c0ac0/meta-invests-in-scale-ai\",\"investsIn\",\"invests in\",\"InTalks\","
                + "\"002_cf741e01a53c0ac0\",\"over 10 billion USD|valuation 14-25 billion USD|according to Bloomberg and Reuters\",")),
                relationships.toString());
        // Every row has the header's columns; every relationship joins two nodes of the file.
        List<String> ids = nodes.stream().skip(1).map(l -> l.substring(1, l.indexOf('"', 1))).toList();
        for (String row : relationships.subList(1, relationships.size())) {
            String[] fields = row.substring(1, row.length() - 1).split("\",\"", -1);
            assertEquals(10, fields.length, row);
            assertTrue(ids.contains(fields[0]) && ids.contains(fields[1]), row);
            assertTrue(fields[2].matches("[A-Z][A-Z_]*"), row);
        }

        Path again = dir.resolve("again");
        assertEquals(0, SeedStore.kg("export", "--format", "neo4j-csv", "-o", again.toString()).exit());
        assertArrayEquals(Files.readAllBytes(folder.resolve("relationships.csv")), Files.readAllBytes(again.resolve("relationships.csv")));
        assertArrayEquals(Files.readAllBytes(folder.resolve("nodes.csv")), Files.readAllBytes(again.resolve("nodes.csv")));
    }

    @Test
    void neo4jCsvNeedsAFolder(@TempDir Path dir) throws Exception {
        Kg.Run noFolder = SeedStore.kg("export", "--format", "neo4j-csv");
        assertEquals(2, noFolder.exit());
        assertEquals("kg export: --format neo4j-csv writes two files, nodes.csv and relationships.csv — name their folder"
                + " with -o DIR [usage]\n", noFolder.err());
        Path file = Files.writeString(dir.resolve("file"), "x");
        Kg.Run aFile = SeedStore.kg("export", "--format", "neo4j-csv", "-o", file.toString());
        assertEquals(1, aFile.exit());
        assertTrue(aFile.err().endsWith("is not a folder; this export writes several files — name a folder with -o"
                + " (a missing one is created) [output-refused]\n"), aFile.err());
        Kg.Run oneGraph = SeedStore.kg("export", "--format", "graphml", "--graph", "entities");
        assertEquals(2, oneGraph.exit());
    }

    private static int count(String query) {
        try (GraphStore store = GraphStore.openExisting(Path.of(SeedStore.path()))) {
            return store.read(() -> {
                try (QueryExecution exec = QueryExecutionFactory.create(KG + query, DatasetFactory.wrap(store.dataset()))) {
                    return exec.execSelect().next().getLiteral("n").getInt();
                }
            });
        }
    }
}
