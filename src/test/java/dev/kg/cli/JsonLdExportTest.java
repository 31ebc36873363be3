package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg export --format jsonld}: one {@code @graph} per named graph, byte-stable, read back by Jena and rdflib to the same quads. */
class JsonLdExportTest {

    @Test
    void keepsEachNamedGraphAndReadsBackToTheSameQuads(@TempDir Path dir) throws Exception {
        Path jsonld = dir.resolve("graph.jsonld");
        Path again = dir.resolve("again.jsonld");
        Path nquads = dir.resolve("graph.nq");
        assertEquals(0, SeedStore.kg("export", "--format", "jsonld", "-o", jsonld.toString()).exit());
        assertEquals(0, SeedStore.kg("export", "--format", "jsonld", "-o", again.toString()).exit());
        assertEquals(0, SeedStore.kg("export", "--format", "nquads", "-o", nquads.toString()).exit());
        assertArrayEquals(Files.readAllBytes(jsonld), Files.readAllBytes(again));

        String text = Files.readString(jsonld);
        assertTrue(text.startsWith("{\n    \"@context\": {\n        \"art\": \"https://w3id.org/kg/id/article/\",\n"), text.substring(0, 200));
        assertTrue(text.contains("\n    \"@graph\": [\n        {\n            \"@id\": \"art:000_9546f4cd82c692eb\",\n            \"@graph\": ["),
                text.substring(0, 2000));
        assertTrue(text.contains("\"@id\": \"graph:entities\""));

        DatasetGraph expected = read(nquads, Lang.NQUADS);
        DatasetGraph byJena = read(jsonld, Lang.JSONLD);
        assertEquals(expected.stream().count(), byJena.stream().count());
        assertEquals(names(expected), names(byJena));
        assertTrue(IsoMatcher.isomorphic(expected, byJena), "Jena reads other quads back");

        // Debian's Python, where apt installs the packages (.ci/run), whatever python3 the PATH finds first.
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "python3 is not installed");
        Path byRdflib = dir.resolve("rdflib.nq");
        Process rdflib = new ProcessBuilder(python.toString(), "-c", """
                import sys
                try:
                    import rdflib
                except ImportError:
                    print("no-rdflib"); sys.exit(0)
                d = rdflib.Dataset()
                d.parse(sys.argv[1], format="json-ld")
                d.serialize(destination=sys.argv[2], format="nquads")
                print(len(d))
                """, jsonld.toString(), byRdflib.toString()).redirectErrorStream(true).start();
        assertTrue(rdflib.waitFor(120, TimeUnit.SECONDS));
        String printed = new String(rdflib.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(!printed.equals("no-rdflib\n"), "rdflib is not installed (.ci/run installs python3-rdflib)");
        assertEquals(0, rdflib.exitValue(), printed);
        DatasetGraph fromRdflib = read(byRdflib, Lang.NQUADS);
        assertEquals(names(expected), names(fromRdflib));
        assertTrue(IsoMatcher.isomorphic(expected, fromRdflib), "rdflib reads other quads back");
    }

    private static DatasetGraph read(Path file, Lang lang) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.source(file).lang(lang).parse(dataset);
        return dataset;
    }

    private static List<String> names(DatasetGraph dataset) {
        return org.apache.jena.atlas.iterator.Iter.asStream(dataset.listGraphNodes()).map(n -> n.getURI()).sorted().toList();
    }
}
