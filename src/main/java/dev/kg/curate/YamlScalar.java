package dev.kg.curate;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Writes one value for a 'key: value' line: plain when YAML reads it back unchanged, double-quoted otherwise. */
final class YamlScalar {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._%/-]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private YamlScalar() {
    }

    static String of(String value) {
        return PLAIN.matcher(value).matches() && !value.endsWith(" ") ? value : quoted(value);
    }

    /** Always double-quoted, as quotes from articles are written in the seeds; line breaks become spaces. */
    static String quoted(String value) {
        StringBuilder b = new StringBuilder("\"");
        SPACES.matcher(value).replaceAll(" ").codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.append('"').toString();
    }

    /** One value as itself, several as a flow list. */
    static String list(List<String> values, boolean quoteEach) {
        if (values.size() == 1) {
            return quoteEach ? quoted(values.get(0)) : of(values.get(0));
        }
        return values.stream().map(v -> quoteEach ? quoted(v) : of(v)).collect(Collectors.joining(", ", "[", "]"));
    }
}
