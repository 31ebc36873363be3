package dev.kg.export;

import dev.kg.explore.EntityDescription;
import dev.kg.explore.GraphPicture;
import dev.kg.explore.StatedFact;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes a {@link GraphPicture} as one self-contained HTML page: Cytoscape.js (from the npm registry, as a
 * WebJar) and the data are inlined, so the page loads nothing from the network. Entities are nodes coloured
 * by class, direct relations are edges, labelled when one of their ends is selected; a claim credited to a
 * source ("according to Bloomberg") is a dashed edge from the claim's subject to the source, and entities that
 * no edge reaches wait in a labelled row below. A click shows the facts with their quotes and articles, and a
 * menu filters by article.
 */
public final class HtmlWriter {
    private static final String CYTOSCAPE = "/META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";

    private HtmlWriter() {
    }

    /** An article in the filter menu: its id, with its publisher and publication date when known. */
    private static String option(EntityDescription.Source s) {
        StringBuilder text = new StringBuilder(s.article());
        if (s.publisher() != null) {
            text.append(" · ").append(s.publisher());
        }
        if (s.published() != null) {
            text.append(" · ").append(s.published()).append(s.inferred() ? " (inferred)" : "");
        }
        return text.toString();
    }

    public static void write(GraphPicture picture, OutputStream out) {
        PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
        p.print(resource("/dev/kg/export/picture-head.html")
                .replace("{{entities}}", Integer.toString(picture.nodes().size()))
                .replace("{{relations}}", Integer.toString(picture.edges().size()))
                .replace("{{options}}", picture.sources().stream()
                        .map(s -> "<option value=\"" + html(s.article()) + "\" title=\"" + html(s.title()) + "\">" + html(option(s))
                                + "</option>").collect(Collectors.joining("\n"))));
        p.print("<script>/* Cytoscape.js 3.33.1, MIT License, https://js.cytoscape.org */\n");
        p.print(resource(CYTOSCAPE).replace("</script", "<\\/script"));
        p.print("\n</script>\n<script>\nconst KG = ");
        p.print(json(picture));
        p.print(";\n");
        p.print(resource("/dev/kg/export/picture.js"));
        p.print("</script>\n</body>\n</html>\n");
        p.flush();
    }

    private static String json(GraphPicture picture) {
        StringBuilder b = new StringBuilder("{\"nodes\": [\n");
        int n = picture.nodes().size();
        for (int i = 0; i < n; i++) {
            GraphPicture.Node node = picture.nodes().get(i);
            // Start on a circle: the layout then moves nodes from fixed places, so every export looks the same.
            long x = Math.round(600 + 500 * Math.cos(2 * Math.PI * i / n));
            long y = Math.round(450 + 400 * Math.sin(2 * Math.PI * i / n));
            b.append("  {\"id\": ").append(str(node.id())).append(", \"label\": ").append(str(node.label()))
                    .append(", \"type\": ").append(str(node.type()))
                    .append(", \"colour\": ").append(str(DotWriter.COLOURS.getOrDefault(node.type(), DotWriter.OTHER)))
                    .append(", \"x\": ").append(x).append(", \"y\": ").append(y)
                    .append(", \"facts\": ").append(facts(node.facts())).append("}").append(i + 1 < n ? ",\n" : "\n");
        }
        b.append("], \"edges\": [\n");
        List<GraphPicture.Edge> edges = picture.edges();
        for (int i = 0; i < edges.size(); i++) {
            GraphPicture.Edge e = edges.get(i);
            b.append("  {\"from\": ").append(str(e.from())).append(", \"to\": ").append(str(e.to()))
                    .append(", \"relation\": ").append(str(e.relation()))
                    .append(", \"articles\": ").append(strings(e.articles()))
                    .append(", \"claims\": ").append(facts(e.claims())).append("}").append(i + 1 < edges.size() ? ",\n" : "\n");
        }
        b.append("], \"attributions\": [\n");
        List<GraphPicture.Attribution> attributions = picture.attributions();
        for (int i = 0; i < attributions.size(); i++) {
            GraphPicture.Attribution a = attributions.get(i);
            b.append("  {\"from\": ").append(str(a.from())).append(", \"to\": ").append(str(a.to()))
                    .append(", \"articles\": ").append(strings(a.articles()))
                    .append(", \"claims\": ").append(facts(a.claims())).append("}").append(i + 1 < attributions.size() ? ",\n" : "\n");
        }
        b.append("], \"articles\": ").append(strings(picture.articles())).append("}");
        return b.toString();
    }

    private static String facts(List<StatedFact> facts) {
        return facts.stream().map(f -> "{\"subject\": " + str(f.subject()) + ", \"relation\": " + str(f.relation())
                + ", \"object\": " + (f.object() == null ? "null" : str(f.object()))
                + ", \"qualifiers\": " + strings(f.qualifiers()) + ", \"article\": " + str(f.article())
                + ", \"evidence\": " + strings(f.evidence()) + "}").collect(Collectors.joining(", ", "[", "]"));
    }

    private static String strings(List<String> values) {
        return values.stream().map(HtmlWriter::str).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A JSON string that is also safe inside a script element. */
    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from kg's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
