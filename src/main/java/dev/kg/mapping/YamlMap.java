package dev.kg.mapping;

import dev.kg.error.ErrorCode;
import dev.kg.error.NearMiss;
import dev.kg.error.Problem;
import dev.kg.error.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML mapping read field by field, keeping every value's location. Shape problems (not a mapping,
 * duplicate or unknown keys, a list where a text belongs) go to the shared problem list.
 */
final class YamlMap {
    private static final Pattern NULL = Pattern.compile("null|Null|NULL|~");
    private final Path file;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final List<Problem> problems;

    private YamlMap(Path file, MappingNode node, List<Problem> problems) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(new Problem(ErrorCode.WRONG_SHAPE,
                        at(tuple.getKeyNode()), "a key must be plain text", "write the key as a simple word"));
                continue;
            }
            if (entries.putIfAbsent(key.getValue(), tuple) != null) {
                problems.add(new Problem(ErrorCode.DUPLICATE_KEY, at(key), "duplicate key '" + key.getValue() + "'",
                        "keep one '" + key.getValue() + "' in this block"));
            }
        }
    }

    /** The node as a mapping, or a problem saying that {@code what} must be one. */
    static Optional<YamlMap> of(Path file, Node node, String what, List<Problem> problems) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(file, mapping, problems));
        }
        problems.add(new Problem(ErrorCode.WRONG_SHAPE,
                YamlFile.at(file, node), what + " must be a block of 'key: value' lines",
                "see the examples in README.md"));
        return Optional.empty();
    }

    SourceLocation at() {
        return at(node);
    }

    SourceLocation at(Node n) {
        return YamlFile.at(file, n);
    }

    void rejectUnknownKeys(Collection<String> allowed, String what) {
        for (NodeTuple tuple : entries.values()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!allowed.contains(key)) {
                problems.add(new Problem(ErrorCode.UNKNOWN_KEY,
                        at(tuple.getKeyNode()), "unknown key '" + key + "' in " + what,
                        NearMiss.hint(key, allowed, "keys of " + what)));
            }
        }
    }

    Optional<Node> node(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    Optional<Scalar> scalar(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode s) {
            if (isEmpty(s)) {
                problems.add(new Problem(ErrorCode.EMPTY_VALUE,
                        at(s), "'" + key + "' is empty", "give it a value or remove the line"));
                return Optional.empty();
            }
            return Optional.of(new Scalar(s.getValue().strip(), at(s)));
        }
        problems.add(new Problem(ErrorCode.WRONG_SHAPE,
                at(value.get()), "'" + key + "' must be a single value, not a list or block",
                "write '" + key + ": value' on one line"));
        return Optional.empty();
    }

    /** Blank, or YAML's plain null (null, Null, NULL, ~), which would otherwise read as the text "null". */
    private static boolean isEmpty(ScalarNode s) {
        return s.getValue().isBlank()
                || s.getScalarStyle() == ScalarStyle.PLAIN && NULL.matcher(s.getValue()).matches();
    }

    Optional<Scalar> required(String key, String what, String example) {
        if (!entries.containsKey(key)) {
            problems.add(new Problem(ErrorCode.MISSING_KEY,
                    at(), what + " has no '" + key + "'", "add '" + key + ": " + example + "'"));
            return Optional.empty();
        }
        return scalar(key);
    }

    /** A list of plain values; a single value counts as a list of one. */
    List<Scalar> scalars(String key) {
        Optional<Node> value = node(key);
        List<Scalar> out = new ArrayList<>();
        if (value.isEmpty()) {
            return out;
        }
        if (value.get() instanceof ScalarNode s) {
            if (isEmpty(s)) {
                problems.add(new Problem(ErrorCode.EMPTY_VALUE,
                        at(s), "'" + key + "' is empty", "give it a value or remove the line"));
            } else {
                out.add(new Scalar(s.getValue().strip(), at(s)));
            }
        } else if (value.get() instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && isEmpty(s)) {
                    problems.add(new Problem(ErrorCode.EMPTY_VALUE,
                            at(s), "an item of '" + key + "' is empty", "give it a value or remove it"));
                } else if (item instanceof ScalarNode s) {
                    out.add(new Scalar(s.getValue().strip(), at(s)));
                } else {
                    problems.add(new Problem(ErrorCode.WRONG_SHAPE,
                            at(item), "each item of '" + key + "' must be plain text",
                            "write '" + key + ": [first, second]'"));
                }
            }
        } else {
            problems.add(new Problem(ErrorCode.WRONG_SHAPE,
                    at(value.get()), "'" + key + "' must be a list of plain text",
                    "write '" + key + ": [first, second]'"));
        }
        return out;
    }

    /** The items of a list-valued key; a problem if the key is missing or not a list. */
    List<Node> list(String key, String example) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            problems.add(new Problem(ErrorCode.MISSING_KEY,
                    at(), "missing '" + key + "'", "add '" + key + ":' followed by " + example));
            return List.of();
        }
        if (value.get() instanceof SequenceNode seq) {
            return seq.getValue();
        }
        problems.add(new Problem(ErrorCode.WRONG_SHAPE,
                at(value.get()), "'" + key + "' must be a list of items, each starting with '- '",
                "see the examples in README.md"));
        return List.of();
    }
}
