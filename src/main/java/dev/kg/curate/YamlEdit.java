package dev.kg.curate;

import dev.kg.error.ErrorCode;
import dev.kg.error.FirstLine;
import dev.kg.error.KgException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Edits a YAML file's text in place: the parser's marks say where the existing items stand, and only the text
 * of the item being written is inserted or changed. The file is never dumped again, so its comments, order
 * and formatting stay as they were.
 */
final class YamlEdit {
    static final String DRAFT_LINE = "draft: true   # kept by kg curate with problems; kg build refuses it until they are fixed";

    private final String text;
    private final MappingNode top;

    private YamlEdit(String text, MappingNode top) {
        this.text = text;
        this.top = top;
    }

    /** The file's text, parsed for its marks; a file that does not parse cannot be edited here. */
    static YamlEdit of(String fileName, String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(fileName).setSchema(new FailsafeSchema())
                .setMaxAliasesForCollections(50).build();
        try {
            Optional<Node> node = new Compose(settings).composeString(text);
            if (node.isPresent() && node.get() instanceof MappingNode mapping) {
                return new YamlEdit(text, mapping);
            }
        } catch (YamlEngineException e) {
            throw new KgException(ErrorCode.YAML_SYNTAX, fileName + ": " + FirstLine.of(e.getMessage())
                    + " — fix the file's YAML in an editor first (kg validate shows where)");
        }
        throw new KgException(ErrorCode.WRONG_SHAPE, fileName + ": the file is not a block of 'key: value' lines"
                + " — fix it in an editor first");
    }

    /** The ids of the items of a top-level list, as written. */
    Set<String> itemIds(String key) {
        Set<String> ids = new HashSet<>();
        value(key).filter(SequenceNode.class::isInstance).ifPresent(list -> ((SequenceNode) list).getValue().stream()
                .filter(MappingNode.class::isInstance)
                .forEach(item -> tuple((MappingNode) item, "id").map(NodeTuple::getValueNode)
                        .filter(ScalarNode.class::isInstance).ifPresent(id -> ids.add(((ScalarNode) id).getValue().strip()))));
        return ids;
    }

    /** The value of a top-level key. */
    Optional<Node> value(String key) {
        return tuple(top, key).map(NodeTuple::getValueNode);
    }

    static Optional<NodeTuple> tuple(MappingNode map, String key) {
        return map.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)).findFirst();
    }

    /**
     * The text with one more item at the end of the top-level list {@code key} (created at the end of the
     * file when missing). {@code lines} are the item's lines without indentation; the first gets the dash.
     * Returns the new text and the 1-based line where the item starts.
     */
    Inserted appendItem(String key, List<String> lines) {
        Optional<NodeTuple> entry = tuple(top, key);
        if (entry.isEmpty()) {
            String base = text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
            return inserted(base, base.length(), "\n" + key + ":\n", item("  ", lines));
        }
        Node value = entry.get().getValueNode();
        if (value instanceof SequenceNode seq && !seq.getValue().isEmpty() && !isFlow(seq)) {
            List<Node> items = seq.getValue();
            Node last = items.get(items.size() - 1);
            String dash = " ".repeat(dashColumn(items.get(0)));
            int after = pastOwnComments(endOfLine(offset(lastMark(last))), dash.length());
            // Items separated by blank lines (or one item followed by one) get a blank line before the new one too.
            boolean spaced = items.size() > 1
                    ? text.substring(endOfLine(offset(lastMark(items.get(0)))), offset(items.get(1).getStartMark().orElseThrow()))
                            .contains("\n\n")
                    : text.startsWith("\n\n", after);
            return inserted(text, after, "\n" + (spaced ? "\n" : ""), item(dash, lines).stripTrailing());
        }
        boolean empty = value instanceof ScalarNode scalar && scalar.getValue().isBlank()
                || value instanceof SequenceNode list && list.getValue().isEmpty();
        if (!empty) {
            throw new KgException(ErrorCode.WRONG_SHAPE, "'" + key + "' is not a list of '- ' items"
                    + " — write it as a block list in an editor first");
        }
        // 'facts:' with nothing, or 'facts: []': the value is replaced by a block list.
        int keyColumn = entry.get().getKeyNode().getStartMark().orElseThrow().getColumn();
        int from = offset(entry.get().getKeyNode().getEndMark().orElseThrow());
        int to = endOfLine(from);
        return inserted(text.substring(0, from) + text.substring(to), from, ":\n",
                item(" ".repeat(keyColumn + 2), lines).stripTrailing());
    }

    /** The text with one more quote in the evidence of the fact {@code factId}, written as its evidence is. */
    String addEvidence(String factId, String quotedValue) {
        MappingNode fact = value("facts").filter(SequenceNode.class::isInstance).map(n -> ((SequenceNode) n).getValue())
                .orElse(List.of()).stream()
                .filter(n -> n instanceof MappingNode m && tuple(m, "id").map(t -> t.getValueNode())
                        .filter(v -> v instanceof ScalarNode s && s.getValue().strip().equals(factId)).isPresent())
                .map(MappingNode.class::cast).findFirst()
                .orElseThrow(() -> new KgException(ErrorCode.UNKNOWN_KEY, "no fact '" + factId + "' in the mapping file"
                        + " — pick a fact of this article"));
        Optional<Node> evidence = tuple(fact, "evidence").map(NodeTuple::getValueNode);
        if (evidence.isEmpty()) {
            int after = endOfLine(offset(lastMark(fact)));
            String indent = " ".repeat(fact.getStartMark().orElseThrow().getColumn());
            return splice(after, after, "\n" + indent + "evidence: " + quotedValue);
        }
        Node e = evidence.get();
        int start = offset(e.getStartMark().orElseThrow());
        int end = offset(e.getEndMark().orElseThrow());
        if (e instanceof ScalarNode) {
            return splice(start, end, "[" + text.substring(start, end) + ", " + quotedValue + "]");
        }
        SequenceNode seq = (SequenceNode) e;
        if (isFlow(seq)) {
            int close = text.lastIndexOf(']', end);
            return splice(close, close, ", " + quotedValue);
        }
        int after = endOfLine(offset(lastMark(seq)));
        return splice(after, after, "\n" + " ".repeat(dashColumn(seq.getValue().get(0))) + "- " + quotedValue);
    }

    /** The text with the draft marker as its first line, unless it has one. */
    String withDraftMarker() {
        return value("draft").isPresent() ? text : DRAFT_LINE + "\n" + text;
    }

    /** The text without its top-level 'draft:' line. */
    String withoutDraftMarker() {
        Optional<NodeTuple> draft = tuple(top, "draft");
        if (draft.isEmpty()) {
            return text;
        }
        int from = offset(draft.get().getKeyNode().getStartMark().orElseThrow());
        from = text.lastIndexOf('\n', from - 1) + 1;
        int to = endOfLine(offset(draft.get().getValueNode().getEndMark().orElseThrow()));
        to = to < text.length() ? to + 1 : to;
        return text.substring(0, from) + text.substring(to);
    }

    /** A new text and the 1-based line where the inserted item starts. */
    record Inserted(String text, int firstLine) {
    }

    /** {@code base} with {@code prefix} and then the item inserted at {@code at}. */
    private static Inserted inserted(String base, int at, String prefix, String item) {
        String out = base.substring(0, at) + prefix + item + base.substring(at);
        return new Inserted(out, lineOf(out, at + prefix.length()) + 1);
    }

    private String splice(int from, int to, String with) {
        return text.substring(0, from) + with + text.substring(to);
    }

    private static String item(String dashIndent, List<String> lines) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            b.append(dashIndent).append(i == 0 ? "- " : "  ").append(lines.get(i)).append('\n');
        }
        return b.toString();
    }

    /** The column of the dash before a list item: items start after '- '. */
    private int dashColumn(Node firstItem) {
        int at = offset(firstItem.getStartMark().orElseThrow());
        int dash = text.lastIndexOf('-', at);
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        return dash >= lineStart ? dash - lineStart : Math.max(0, at - lineStart - 2);
    }

    /** Past the comment lines right after an item that are indented under it: they belong to the item. */
    private int pastOwnComments(int endOfItem, int dashColumn) {
        int at = endOfItem;
        while (at < text.length()) {
            int next = endOfLine(at + 1);
            String line = text.substring(at + 1, next);
            String body = line.stripLeading();
            if (!body.startsWith("#") || line.length() - body.length() <= dashColumn) {
                return at;
            }
            at = next;
        }
        return at;
    }

    /**
     * Where the deepest last value of a node ends (a block's own end mark lies past trailing comments). An empty
     * value ends where its key does: its own mark may stand on the next line.
     */
    private static Mark lastMark(Node node) {
        if (node instanceof MappingNode m && !m.getValue().isEmpty() && !isFlow(m)) {
            NodeTuple last = m.getValue().get(m.getValue().size() - 1);
            return last.getValueNode() instanceof ScalarNode v && v.getValue().isEmpty()
                    ? last.getKeyNode().getEndMark().orElseThrow() : lastMark(last.getValueNode());
        }
        if (node instanceof SequenceNode s && !s.getValue().isEmpty() && !isFlow(s)) {
            return lastMark(s.getValue().get(s.getValue().size() - 1));
        }
        return node.getEndMark().orElseThrow();
    }

    private static boolean isFlow(CollectionNode<?> node) {
        return node.getFlowStyle() == FlowStyle.FLOW;
    }

    private int endOfLine(int offset) {
        int end = text.indexOf('\n', offset);
        return end < 0 ? text.length() : end;
    }

    /** A mark's line and column (in code points) as an offset into the text. */
    private int offset(Mark mark) {
        int lineStart = 0;
        for (int line = 0; line < mark.getLine(); line++) {
            lineStart = text.indexOf('\n', lineStart) + 1;
        }
        return text.offsetByCodePoints(lineStart, mark.getColumn());
    }

    private static int lineOf(String s, int offset) {
        return (int) s.substring(0, offset).chars().filter(c -> c == '\n').count();
    }
}
