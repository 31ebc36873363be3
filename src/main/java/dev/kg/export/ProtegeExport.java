package dev.kg.export;

import dev.kg.io.OutputFile;
import dev.kg.rdf.Iris;
import dev.kg.store.GraphStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * What Protégé opens offline: the data ({@value #DATA_FILE}, whose header imports the kg ontology), the
 * ontology ({@value #ONTOLOGY_FILE}), and the XML catalog ({@value #CATALOG_FILE}) that Protégé and the
 * OWL tools read to find an import in the same folder instead of on the web.
 */
public final class ProtegeExport {
    public static final String DATA_FILE = "kg-data.ttl";
    public static final String ONTOLOGY_FILE = "kg-ontology.ttl";
    public static final String CATALOG_FILE = "catalog-v001.xml";

    private ProtegeExport() {
    }

    /** Writes the three files into {@code folder} (created when missing); returns their paths, data first. */
    public static List<Path> write(GraphStore store, Path folder) {
        Path dir = ExportFolder.prepare(folder);
        Path data = dir.resolve(DATA_FILE);
        Path ontology = dir.resolve(ONTOLOGY_FILE);
        Path catalog = dir.resolve(CATALOG_FILE);
        OutputFile.write(ontology, out -> ExportOperation.export(store, "ontology", false, RdfSyntax.TURTLE, out));
        OutputFile.write(data, out -> ExportOperation.export(store, null, false, RdfSyntax.TURTLE, out));
        OutputFile.write(catalog, out -> out.write(catalog().getBytes(StandardCharsets.UTF_8)));
        return List.of(data, ontology, catalog);
    }

    /** The catalog in the form Protégé writes it: one {@code uri} entry from the ontology's IRI to its file. */
    static String catalog() {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <catalog prefer="public" xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
                    <uri id="kg ontology" name="%s" uri="%s"/>
                </catalog>
                """.formatted(Iris.ONTOLOGY, ONTOLOGY_FILE);
    }
}
