package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.bench.CorpusGenerator;
import dev.kg.store.GraphStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kg build --loader plain (Jena's public TDB2 loader and SHACL validator) and the packed loader (Jena's internals,
 * through dev.kg.jena) give isomorphic named graphs, byte-identical N-Quads exports and the same violations.
 */
class LoaderEquivalenceTest {

    @Test
    void theSeedsBuildTheSameGraphBothWays(@TempDir Path dir) {
        assertSameGraphBothWays(TestProjects.seedProject(dir.resolve("p")), dir);
    }

    @Test
    void aShapeViolatingProjectGetsTheSameProblemsBothWays(@TempDir Path dir) throws IOException {
        Path project = TestProjects.seedProject(dir.resolve("p"));
        edit(project.resolve("seeds/000_9546f4cd82c692eb.yaml"), "    date: last year                     # \"lo scorso anno\"\n", "");
        edit(project.resolve("seeds/002_cf741e01a53c0ac0.yaml"), "status: in-talks", "status: former");
        assertSameProblemsBothWays(project, dir, 3);
    }

    @Test
    @Tag("slow") // builds 300 generated articles twice, and again with violations
    void aGeneratedCorpusBuildsTheSameGraphAndProblemsBothWays(@TempDir Path dir) throws IOException {
        Path project = dir.resolve("corpus");
        CorpusGenerator.main(new String[] {project.toString(), "300", "7"});
        assertSameGraphBothWays(project, dir);

        // An investment "open" breaks two shapes; one article in about thirty gets one.
        List<Path> mappings;
        try (Stream<Path> files = Files.list(project.resolve("seeds"))) {
            mappings = files.filter(p -> p.getFileName().toString().matches("\\d+\\.yaml")).sorted().toList();
        }
        int edited = 0;
        for (int i = 0, next = 0; i < mappings.size(); i++) {
            String text = Files.readString(mappings.get(i));
            if (i >= next && text.contains("status: rumoured")) {
                Files.writeString(mappings.get(i), text.replaceFirst("status: rumoured", "status: open"));
                edited++;
                next = i + 30;
            }
        }
        assertTrue(edited > 2, "too few articles with a rumoured fact to edit: " + edited);
        assertSameProblemsBothWays(project, dir, 2 * edited);
    }

    private static void assertSameGraphBothWays(Path project, Path dir) {
        Path packed = dir.resolve("packed");
        Path plain = dir.resolve("plain");
        Kg.Run packedRun = Kg.run("build", "--project", project.toString(), "--store", packed.toString());
        assertEquals(0, packedRun.exit(), packedRun.err());
        Kg.Run plainRun = Kg.run("build", "--loader", "plain", "--project", project.toString(), "--store", plain.toString());
        assertEquals(0, plainRun.exit(), plainRun.err());

        DatasetGraph fromPacked = copy(packed);
        DatasetGraph fromPlain = copy(plain);
        Set<String> names = graphNames(fromPacked);
        assertEquals(names, graphNames(fromPlain));
        assertTrue(names.size() > 2, "the ontology, the entities and the articles: " + names);
        for (String name : names) {
            Node g = org.apache.jena.graph.NodeFactory.createURI(name);
            assertTrue(fromPacked.getGraph(g).isIsomorphicWith(fromPlain.getGraph(g)), "graph " + name);
        }
        assertEquals(Kg.nquads(project, packed), Kg.nquads(project, plain));
    }

    private static void assertSameProblemsBothWays(Path project, Path dir, int problems) {
        Kg.Run packed = Kg.run("build", "--project", project.toString(), "--store", dir.resolve("packed-bad").toString());
        Kg.Run plain = Kg.run("build", "--loader", "plain", "--project", project.toString(),
                "--store", dir.resolve("plain-bad").toString());
        assertEquals(1, packed.exit(), packed.err());
        assertTrue(packed.err().endsWith(problems + " problems found; nothing was written.\n"), packed.err());
        assertEquals(packed.err(), plain.err());
        assertEquals(plain.exit(), packed.exit());
    }

    /** The store's quads, in memory, so that two stores can be compared without holding either open. */
    private static DatasetGraph copy(Path store) {
        DatasetGraph copy = DatasetGraphFactory.create();
        try (GraphStore opened = GraphStore.openExisting(store)) {
            opened.read(() -> {
                opened.dataset().find().forEachRemaining(copy::add);
                return null;
            });
        }
        return copy;
    }

    private static Set<String> graphNames(DatasetGraph dataset) {
        Set<String> names = new TreeSet<>();
        dataset.listGraphNodes().forEachRemaining(g -> names.add(g.getURI()));
        return names;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " has no " + from);
        Files.writeString(file, text.replace(from, to));
    }
}
