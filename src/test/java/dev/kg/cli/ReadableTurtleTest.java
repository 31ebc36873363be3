package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Turtle export as a person reads it, still byte-stable and read back the same by Jena and rdflib. */
class ReadableTurtleTest {

    @Test
    void readsLikeHandWrittenTurtle(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("graph.ttl");
        Path again = dir.resolve("again.ttl");
        assertEquals(0, SeedStore.kg("export", "-o", file.toString()).exit());
        assertEquals(0, SeedStore.kg("export", "-o", again.toString()).exit());
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));
        String text = Files.readString(file);
        List<String> lines = text.lines().toList();

        assertFalse(text.contains("rdf:type"), "rdf:type is written 'a'");
        assertTrue(lines.contains("PREFIX c001: <https://w3id.org/kg/id/claim/001_d5649c7f9c9adf91/>"));
        assertEquals(List.of(), lines.stream().filter(l -> !l.startsWith("PREFIX ") && l.contains("<https://w3id.org/kg/id/")).toList(),
                "every claim, amount, article and entity has a prefix");
        // A subject alone on its line; its predicates four spaces in, whatever its length; a list's items eight.
        for (String line : lines) {
            assertTrue(line.isEmpty() || line.startsWith("PREFIX ") || !line.startsWith(" ")
                    || line.matches("    [^ ].*") || line.matches("        [^ ].*"), line);
        }
        assertTrue(text.contains("""

                c001:droege-leads-scale-ai
                    a kg:Leadership ;
                    kg:evidence "A guidare temporaneamente Scale AI resterà Jason Droege"@it ;
                    kg:interim true ;
                    kg:object ent:scale-ai ;
                    kg:relation kg:leads ;
                    kg:statedIn art:001_d5649c7f9c9adf91 ;
                    kg:status kg:Reported ;
                    kg:subject ent:jason-droege .

                """));
        // One predicate's objects joined with commas.
        assertTrue(lines.stream().anyMatch(l -> l.matches("    rdfs:label \"[^\"]+\"@en, \"[^\"]+\"@it ;")), text.substring(0, 4000));
        // A claim's amount right after the claim.
        int claim = text.indexOf("\nc000:meta-invests-in-scale-ai\n");
        int amount = text.indexOf("\nc000:meta-invests-in-scale-ai\\/amount\n");
        assertTrue(claim > 0 && amount > claim, "claim at " + claim + ", amount at " + amount);
        assertEquals(amount, text.indexOf("\n\n", claim + 1) + 1, "nothing between the claim and its amount");

        Path ntriples = dir.resolve("graph.nt");
        assertEquals(0, SeedStore.kg("export", "--format", "ntriples", "-o", ntriples.toString()).exit());
        Graph expected = read(ntriples, Lang.NTRIPLES);
        assertTrue(expected.isIsomorphicWith(read(file, Lang.TURTLE)), "Jena reads other triples back");

        Path python = Path.of("/usr/bin/python3"); // Debian's, where apt installs rdflib (.ci/run)
        assumeTrue(Files.isExecutable(python), "python3 is not installed");
        Path byRdflib = dir.resolve("rdflib.nt");
        Process rdflib = new ProcessBuilder(python.toString(), "-c", """
                import sys
                try:
                    import rdflib
                except ImportError:
                    print("no-rdflib"); sys.exit(0)
                g = rdflib.Graph()
                g.parse(sys.argv[1], format="turtle")
                g.serialize(destination=sys.argv[2], format="nt")
                """, file.toString(), byRdflib.toString()).redirectErrorStream(true).start();
        assertTrue(rdflib.waitFor(120, TimeUnit.SECONDS));
        String printed = new String(rdflib.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(!printed.equals("no-rdflib\n"), "rdflib is not installed (.ci/run installs python3-rdflib)");
        assertEquals(0, rdflib.exitValue(), printed);
        assertTrue(expected.isIsomorphicWith(read(byRdflib, Lang.NTRIPLES)), "rdflib reads other triples back");
    }

    private static Graph read(Path file, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(file).lang(lang).parse(graph);
        return graph;
    }
}
