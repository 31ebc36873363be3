package dev.kg.serve;

import dev.kg.rdf.Prefixes;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * The SPARQL 1.1 Service Description a GET of the query endpoint without a query answers with: the
 * language, the result formats, that the default graph is the union of the named graphs, the named
 * graphs themselves, and the project's prefixes (as SHACL prefix declarations). Turtle unless the
 * Accept header asks for another RDF syntax.
 */
final class ServiceDescription implements Filter {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD");

    private final DatasetGraph dataset;

    ServiceDescription(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (!"GET".equals(request.getMethod()) || request.getQueryString() != null) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        MediaType chosen = ConNeg.chooseContentType(request, DEF.rdfOffer, DEF.acceptTurtle);
        Lang lang = chosen == null ? null : RDFLanguages.contentTypeToLang(chosen.getContentTypeStr());
        if (lang == null) {
            lang = Lang.TURTLE;
        }
        Model description = describe(request.getRequestURL().toString());
        response.setStatus(200);
        response.setContentType(lang.getContentType().getContentTypeStr() + ";charset=utf-8");
        response.setHeader("Vary", "Accept");
        RDFDataMgr.write(response.getOutputStream(), description, lang);
    }

    /** The description of the endpoint at {@code url}. */
    Model describe(String url) {
        List<Node> graphs = Txn.calculateRead(dataset, () -> Iter.toList(dataset.listGraphNodes()));
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("sh", SH);
        m.setNsPrefix("formats", FORMATS);
        m.setNsPrefixes(Prefixes.STANDARD);
        Resource service = m.createResource(url)
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(sd(m, "endpoint"), m.createResource(url))
                .addProperty(sd(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(sd(m, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        for (String format : RESULT_FORMATS) {
            service.addProperty(sd(m, "resultFormat"), m.createResource(FORMATS + format));
        }
        Resource described = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(sd(m, "defaultGraph"), m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph")));
        service.addProperty(sd(m, "defaultDataset"), described);
        graphs.stream().map(Node::getURI).sorted().forEach(name -> described.addProperty(sd(m, "namedGraph"),
                m.createResource().addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                        .addProperty(sd(m, "name"), m.createResource(name))));
        Map<String, String> prefixes = new TreeMap<>(Prefixes.STANDARD.getNsPrefixMap());
        prefixes.forEach((prefix, namespace) -> service.addProperty(m.createProperty(SH, "declare"), m.createResource()
                .addProperty(m.createProperty(SH, "prefix"), prefix)
                .addProperty(m.createProperty(SH, "namespace"), namespace, XSDDatatype.XSDanyURI)));
        return m;
    }

    private static Property sd(Model m, String local) {
        return m.createProperty(SD, local);
    }
}
