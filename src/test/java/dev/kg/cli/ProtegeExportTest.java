package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.FileDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.util.SimpleIRIMapper;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code kg export --protege DIR}: the data imports the ontology, the catalog resolves it offline (OWL API), and the whole is OWL 2 DL. */
class ProtegeExportTest {
    private static final String ONTOLOGY = "https://w3id.org/kg/ontology";

    @Test
    void theCatalogResolvesTheImportAndTheDataIsOwl2Dl(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("protege");
        Kg.Run run = SeedStore.kg("export", "--protege", folder.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("kg export: wrote kg-data.ttl, kg-ontology.ttl, catalog-v001.xml; open " + folder.resolve("kg-data.ttl")
                + " in Protégé\n", run.err());

        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        // The import is resolved through the catalog only, as Protégé does: each <uri name=IRI uri=FILE>.
        NodeList entries = catalog(folder.resolve("catalog-v001.xml"));
        assertEquals(1, entries.getLength());
        for (int i = 0; i < entries.getLength(); i++) {
            Element uri = (Element) entries.item(i);
            manager.getIRIMappers().add(new SimpleIRIMapper(IRI.create(uri.getAttribute("name")),
                    IRI.create(folder.resolve(uri.getAttribute("uri")).toUri())));
        }
        List<IRI> missing = new ArrayList<>();
        manager.addMissingImportListener(e -> missing.add(e.getImportedOntologyURI()));
        OWLOntologyLoaderConfiguration config = new OWLOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.SILENT);
        OWLOntology data = manager.loadOntologyFromOntologyDocument(new FileDocumentSource(folder.resolve("kg-data.ttl").toFile()), config);

        assertEquals(List.of(), missing);
        assertEquals("https://w3id.org/kg/data", data.getOntologyID().getOntologyIRI().orElseThrow().toString());
        assertEquals(List.of(ONTOLOGY), data.imports().map(o -> o.getOntologyID().getOntologyIRI().orElseThrow().toString()).toList());
        assertTrue(data.imports().findFirst().orElseThrow().classesInSignature().count() > 10);
        List<OWLProfileViolation> violations = new OWL2DLProfile().checkOntology(data).getViolations();
        assertEquals(List.of(), violations, () -> violations.stream().limit(20).map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void aDataExportSaysWhichOntologyItUses() {
        String turtle = SeedStore.kg("export").out();
        assertTrue(turtle.contains("\n<https://w3id.org/kg/data>\n    a owl:Ontology ;\n    owl:imports <" + ONTOLOGY + "> .\n"),
                turtle.substring(0, 3000));
        // With the ontology in the same file, or in a quad syntax (a copy of the store's graphs), there is no header.
        assertTrue(!SeedStore.kg("export", "--with-ontology").out().contains("<https://w3id.org/kg/data>"));
        assertTrue(!SeedStore.kg("export", "--format", "nquads").out().contains("<https://w3id.org/kg/data>"));
        Kg.Run both = SeedStore.kg("export", "--protege", "x", "--graph", "entities");
        assertEquals(2, both.exit());
        assertTrue(both.err().endsWith("— leave out -o, --graph, --with-ontology and --format [usage]\n"), both.err());
    }

    private static NodeList catalog(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile())
                .getElementsByTagNameNS("urn:oasis:names:tc:entity:xmlns:xml:catalog", "uri");
    }
}
