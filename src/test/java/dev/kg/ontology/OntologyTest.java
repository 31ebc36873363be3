package dev.kg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kg.mapping.CurationLoader;
import dev.kg.mapping.Schema;
import dev.kg.project.Project;
import dev.kg.rdf.GraphBuilder;
import dev.kg.rdf.OntologySchemaReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.FileDocumentSource;
import org.semanticweb.owlapi.io.RDFParserMetaData;
import org.semanticweb.owlapi.io.StreamDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAnnotation;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLLiteral;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.semanticweb.owlapi.search.EntitySearcher;

/**
 * The ontology as Protégé sees it, through the OWL API: it parses cleanly, is OWL 2 DL, is documented in
 * English and Italian, and together with the seed graph is consistent under HermiT.
 */
class OntologyTest {
    private static final Project REPO = new Project(Path.of(""));
    private static final String KG = "https://w3id.org/kg/ontology#";
    private static final String ENT = "https://w3id.org/kg/id/entity/";

    private static byte[] seedTurtle;
    private static OWLOntology ontology;
    private static OWLOntology withSeeds;
    private static OWLReasoner reasoner;

    @BeforeAll
    static void load() throws OWLOntologyCreationException {
        ontology = OWLManager.createOWLOntologyManager()
                .loadOntologyFromOntologyDocument(new FileDocumentSource(REPO.ontology().toFile()));
        seedTurtle = seedGraphTurtle();
        withSeeds = loadSeeds(OWLManager.createOWLOntologyManager());
        reasoner = new ReasonerFactory().createReasoner(withSeeds);
    }

    private static OWLOntology loadSeeds(OWLOntologyManager manager) throws OWLOntologyCreationException {
        return manager.loadOntologyFromOntologyDocument(new StreamDocumentSource(new ByteArrayInputStream(seedTurtle),
                IRI.create("urn:kg:seeds"), new TurtleDocumentFormat(), null));
    }

    /** The seed graph, all named graphs with the ontology, as one Turtle document. */
    private static byte[] seedGraphTurtle() {
        Graph ontologyGraph = OntologySchemaReader.read(REPO.ontology());
        Schema schema = OntologySchemaReader.schema(ontologyGraph);
        GraphBuilder.Built built = GraphBuilder.build(
                CurationLoader.load(REPO.root(), REPO.seeds(), schema), ontologyGraph, schema);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, built.quads().getUnionGraph(), Lang.TURTLE);
        return out.toByteArray();
    }

    private static String describe(List<OWLProfileViolation> violations) {
        return violations.stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void parsesWithNothingLeftOverOrGuessed() {
        RDFParserMetaData meta = (RDFParserMetaData) ontology.getOWLOntologyManager().getOntologyFormat(ontology)
                .getOntologyLoaderMetaData().orElseThrow();
        assertEquals(0, meta.getUnparsedTriples().count(),
                () -> meta.getUnparsedTriples().map(Object::toString).collect(Collectors.joining("\n")));
        assertEquals(0, meta.getGuessedDeclarations().size(), () -> meta.getGuessedDeclarations().toString());
        assertEquals(0, ontology.importsDeclarations().count(), "no imports, so it opens offline");
    }

    @Test
    void isInTheOwl2DlProfile() {
        List<OWLProfileViolation> violations = new OWL2DLProfile().checkOntology(ontology).getViolations();
        assertEquals(List.of(), violations, () -> describe(violations));
    }

    @Test
    void theSeedGraphWithTheOntologyIsInTheOwl2DlProfileToo() {
        List<OWLProfileViolation> violations = new OWL2DLProfile().checkOntology(withSeeds).getViolations();
        assertEquals(List.of(), violations, () -> describe(violations));
    }

    @Test
    void hasItsHeader() {
        assertEquals("https://w3id.org/kg/ontology", ontology.getOntologyID().getOntologyIRI().orElseThrow().toString());
        assertEquals("https://w3id.org/kg/ontology/0.3.0", ontology.getOntologyID().getVersionIRI().orElseThrow().toString());
        Set<String> header = ontology.annotations()
                .map(a -> a.getProperty().getIRI().getShortForm() + "@" + a.getValue().asLiteral().map(OWLLiteral::getLang).orElse("iri"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("title@en", "title@it", "description@en", "description@it", "license@iri",
                "versionInfo@")), header);
    }

    @Test
    void everyClassPropertyAndIndividualHasEnglishAndItalianLabelAndComment() {
        Set<String> missing = new TreeSet<>();
        Stream.of(ontology.classesInSignature(), ontology.objectPropertiesInSignature(),
                        ontology.dataPropertiesInSignature(), ontology.annotationPropertiesInSignature(),
                        ontology.individualsInSignature())
                .flatMap(s -> s).filter(e -> !e.isBuiltIn()).map(OWLEntity.class::cast)
                .forEach(e -> {
                    for (String kind : List.of("label", "comment")) {
                        for (String lang : List.of("en", "it")) {
                            if (!hasAnnotation(e, kind, lang)) {
                                missing.add(e.getIRI() + " " + kind + "@" + lang);
                            }
                        }
                    }
                });
        assertEquals(Set.of(), missing);
    }

    private static boolean hasAnnotation(OWLEntity e, String kind, String lang) {
        return EntitySearcher.getAnnotations(e, ontology)
                .filter(a -> a.getProperty().getIRI().getShortForm().equals(kind))
                .map(OWLAnnotation::getValue).flatMap(v -> v.asLiteral().stream())
                .anyMatch(l -> l.getLang().equals(lang) && !l.getLiteral().isBlank());
    }

    @Test
    void theSeedGraphIsConsistentWithNoUnsatisfiableClasses() {
        assertTrue(reasoner.isConsistent());
        assertEquals(Set.of(), reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom());
    }

    @Test
    void theReasonerDrawsTheAlignmentsWithStandardVocabularies() {
        OWLDataFactory df = withSeeds.getOWLOntologyManager().getOWLDataFactory();
        assertTrue(types(df.getOWLNamedIndividual(IRI.create(ENT + "alexandr-wang")))
                .containsAll(Set.of("http://xmlns.com/foaf/0.1/Person", "http://www.w3.org/ns/prov#Agent", KG + "Entity")));
        assertTrue(types(df.getOWLNamedIndividual(IRI.create(ENT + "scale-ai")))
                .containsAll(Set.of("http://www.w3.org/ns/org#Organization", KG + "Company", KG + "Organization")));
        assertTrue(types(df.getOWLNamedIndividual(IRI.create("https://w3id.org/kg/id/claim/001_d5649c7f9c9adf91/wang-joins-meta")))
                .contains("http://www.w3.org/ns/org#Membership"));
    }

    private static Set<String> types(OWLNamedIndividual individual) {
        return reasoner.getTypes(individual, false).entities().map(c -> c.getIRI().toString()).collect(Collectors.toSet());
    }

    @Test
    void disjointnessBites() throws OWLOntologyCreationException {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology copy = loadSeeds(manager);
        OWLDataFactory df = manager.getOWLDataFactory();
        // A person is not an organization: saying Alexandr Wang is one must make the graph inconsistent.
        manager.addAxiom(copy, df.getOWLClassAssertionAxiom(df.getOWLClass(IRI.create(KG + "Organization")),
                df.getOWLNamedIndividual(IRI.create(ENT + "alexandr-wang"))));
        assertFalse(new ReasonerFactory().createReasoner(copy).isConsistent());
    }
}
