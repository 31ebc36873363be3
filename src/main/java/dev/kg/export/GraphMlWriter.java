package dev.kg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link PropertyGraph} as GraphML (Gephi, yEd, NetworkX, Cytoscape): one node per entity, one
 * directed edge per claim, every property a string key declared up front. Lists (aliases, qualifiers,
 * quotes) are one value per line. Written in the graph's sorted order, so the file is byte-stable.
 */
public final class GraphMlWriter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    /** The keys, in the order they are declared and written: for, id. */
    private static final List<String[]> KEYS = List.of(
            new String[] {"node", "type"}, new String[] {"node", "label"}, new String[] {"node", "aliases"},
            new String[] {"edge", "relation"}, new String[] {"edge", "label"}, new String[] {"edge", "status"},
            new String[] {"edge", "article"}, new String[] {"edge", "qualifiers"}, new String[] {"edge", "quotes"});

    private GraphMlWriter() {
    }

    public static void write(PropertyGraph graph, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            line(xml, 0);
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            for (String[] key : KEYS) {
                line(xml, 1);
                xml.writeEmptyElement("key");
                xml.writeAttribute("id", key[0].charAt(0) + "_" + key[1]);
                xml.writeAttribute("for", key[0]);
                xml.writeAttribute("attr.name", key[1]);
                xml.writeAttribute("attr.type", "string");
            }
            line(xml, 1);
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "kg");
            xml.writeAttribute("edgedefault", "directed");
            for (PropertyGraph.Vertex v : graph.nodes()) {
                line(xml, 2);
                xml.writeStartElement("node");
                xml.writeAttribute("id", v.id());
                data(xml, "n_type", v.type());
                data(xml, "n_label", v.label());
                data(xml, "n_aliases", String.join("\n", v.aliases()));
                line(xml, 2);
                xml.writeEndElement();
            }
            for (PropertyGraph.Link e : graph.edges()) {
                line(xml, 2);
                xml.writeStartElement("edge");
                xml.writeAttribute("id", e.id());
                xml.writeAttribute("source", e.source());
                xml.writeAttribute("target", e.target());
                data(xml, "e_relation", e.relation());
                data(xml, "e_label", e.label());
                data(xml, "e_status", e.status());
                data(xml, "e_article", e.article());
                data(xml, "e_qualifiers", String.join("\n", e.qualifiers()));
                data(xml, "e_quotes", String.join("\n", e.quotes()));
                line(xml, 2);
                xml.writeEndElement();
            }
            line(xml, 1);
            xml.writeEndElement();
            line(xml, 0);
            xml.writeEndElement();
            line(xml, 0);
            xml.writeEndDocument();
            xml.flush();
            text.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** A value; an empty one is left out, as GraphML reads a missing value as none. */
    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value.isEmpty()) {
            return;
        }
        line(xml, 3);
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void line(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
