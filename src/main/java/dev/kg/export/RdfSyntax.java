package dev.kg.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

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

    public static Optional<RdfSyntax> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(RdfSyntax::key).toList();
    }
}
