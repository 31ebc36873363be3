package dev.kg.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;

/** The RDF syntaxes kg writes. The streaming ones are written sorted, so their output is byte-stable. */
public enum RdfSyntax {
    TURTLE("turtle", RDFFormat.TURTLE_BLOCKS, false, true),
    NTRIPLES("ntriples", RDFFormat.NTRIPLES, false, true),
    NQUADS("nquads", RDFFormat.NQUADS, true, true),
    TRIG("trig", RDFFormat.TRIG_BLOCKS, true, true),
    JSONLD("jsonld", RDFFormat.JSONLD11, true, false),
    RDFXML("rdfxml", RDFFormat.RDFXML_PLAIN, false, false);

    private final String key;
    private final RDFFormat format;
    private final boolean keepsGraphs;
    private final boolean streamed;

    RdfSyntax(String key, RDFFormat format, boolean keepsGraphs, boolean streamed) {
        this.key = key;
        this.format = format;
        this.keepsGraphs = keepsGraphs;
        this.streamed = streamed;
    }

    public String key() {
        return key;
    }

    public RDFFormat format() {
        return format;
    }

    /** True for quad syntaxes, which keep each named graph apart. */
    public boolean keepsGraphs() {
        return keepsGraphs;
    }

    /** True when the output is written in sorted order and so is byte-stable. */
    public boolean streamed() {
        return streamed;
    }

    /** The syntax by kg's name for it, or by any of Jena's short names (ttl, nt, nq, jsonld, rdf, …). */
    public static Optional<RdfSyntax> fromKey(String key) {
        Optional<RdfSyntax> own = Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
        if (own.isPresent()) {
            return own;
        }
        Lang lang = RDFLanguages.shortnameToLang(key);
        return lang == null ? Optional.empty() : Arrays.stream(values()).filter(s -> s.format.getLang().equals(lang)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(RdfSyntax::key).toList();
    }
}
