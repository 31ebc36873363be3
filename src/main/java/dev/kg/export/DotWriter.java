package dev.kg.export;

import dev.kg.explore.GraphPicture;
import dev.kg.explore.StatedFact;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link GraphPicture} as Graphviz DOT: entities as boxes coloured by class, one labelled arrow
 * per direct relation, with the number of articles that state it.
 */
public final class DotWriter {
    /** One colour per entity class, shared with the HTML picture. */
    static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("Company", "#8ecae6"), Map.entry("Startup", "#219ebc"), Map.entry("GovernmentAgency", "#ffb703"),
            Map.entry("NewsOutlet", "#bdbdbd"), Map.entry("Initiative", "#fb8500"), Map.entry("Person", "#90be6d"),
            Map.entry("Product", "#cdb4db"), Map.entry("AIModel", "#b5838d"), Map.entry("City", "#e9c46a"),
            Map.entry("Country", "#f4a261"), Map.entry("Agreement", "#e76f51"));
    static final String OTHER = "#dddddd";

    private DotWriter() {
    }

    public static void write(GraphPicture picture, OutputStream out) {
        PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
        p.println("digraph kg {");
        p.println("  graph [rankdir=LR, fontname=\"Helvetica\"];");
        p.println("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];");
        p.println("  edge [fontname=\"Helvetica\", fontsize=10];");
        for (GraphPicture.Node n : picture.nodes()) {
            p.printf("  %s [label=%s, tooltip=%s, fillcolor=\"%s\"];%n", quote(n.id()), quote(n.label()), quote(n.type()),
                    COLOURS.getOrDefault(n.type(), OTHER));
        }
        for (GraphPicture.Edge e : picture.edges()) {
            List<String> articles = e.articles();
            // "reported" says nothing of the stage; the other statuses (former, in talks, …) are part of the edge.
            List<String> statuses = e.claims().stream().map(StatedFact::status).filter(s -> !s.equals("reported"))
                    .distinct().sorted().toList();
            p.printf("  %s -> %s [label=%s, tooltip=%s];%n", quote(e.from()), quote(e.to()),
                    quote(e.relation() + (statuses.isEmpty() ? "" : " — " + String.join(", ", statuses))
                            + (articles.size() > 1 ? " (" + articles.size() + " articles)" : "")),
                    quote(String.join(", ", articles)));
        }
        p.println("}");
        p.flush();
    }

    /** A DOT double-quoted string. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
