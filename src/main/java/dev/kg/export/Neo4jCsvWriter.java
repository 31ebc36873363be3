package dev.kg.export;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link PropertyGraph} as the two CSV files {@code neo4j-admin database import} reads: nodes with
 * {@code id:ID} and {@code :LABEL} (Entity and the entity's class), relationships with {@code :START_ID},
 * {@code :END_ID} and {@code :TYPE}, one per claim, each with its typed properties. Lists are {@code string[]}
 * with {@link #ARRAY_DELIMITER} between items (the import needs {@code --array-delimiter='|'}), since quotes
 * may hold the default ';'. Byte-stable: sorted, fixed columns, LF line ends.
 */
public final class Neo4jCsvWriter {
    public static final String NODES_FILE = "nodes.csv";
    public static final String RELATIONSHIPS_FILE = "relationships.csv";
    public static final char ARRAY_DELIMITER = '|';

    static final List<String> NODE_HEADER = List.of("id:ID", ":LABEL", "label", "aliases:string[]");
    static final List<String> RELATIONSHIP_HEADER = List.of(":START_ID", ":END_ID", ":TYPE", "claim", "relation",
            "label", "status", "article", "qualifiers:string[]", "quotes:string[]");

    private Neo4jCsvWriter() {
    }

    public static void writeNodes(PropertyGraph graph, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        row(w, NODE_HEADER);
        for (PropertyGraph.Vertex v : graph.nodes()) {
            row(w, List.of(v.id(), array(List.of("Entity", v.type())), v.label(), array(v.aliases())));
        }
        w.flush();
    }

    public static void writeRelationships(PropertyGraph graph, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        row(w, RELATIONSHIP_HEADER);
        for (PropertyGraph.Link e : graph.edges()) {
            row(w, List.of(e.source(), e.target(), e.type(), e.id(), e.relation(), e.label(), e.status(), e.article(),
                    array(e.qualifiers()), array(e.quotes())));
        }
        w.flush();
    }

    private static String array(List<String> items) {
        for (String item : items) {
            if (item.indexOf(ARRAY_DELIMITER) >= 0) {
                throw new KgException(ErrorCode.NOT_EXPORTABLE, "'" + item + "' holds '" + ARRAY_DELIMITER + "', which"
                        + " separates list items in the Neo4j CSV — export GraphML or RDF instead, or reword the text");
            }
        }
        return String.join(String.valueOf(ARRAY_DELIMITER), items);
    }

    /** One CSV row: every field quoted (a doubled quote inside), comma-separated, LF-ended. */
    private static void row(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write('"');
            w.write(fields.get(i).replace("\"", "\"\""));
            w.write('"');
        }
        w.write('\n');
    }
}
