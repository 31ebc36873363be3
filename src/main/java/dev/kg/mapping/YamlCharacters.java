package dev.kg.mapping;

import dev.kg.error.ErrorCode;
import dev.kg.error.Problem;
import dev.kg.error.SourceLocation;
import java.nio.file.Path;
import java.util.Optional;

/**
 * YAML allows only printable characters, tab and line breaks in a file (YAML 1.2, production c-printable).
 * SnakeYAML reports another one without its place; this finds the first and says where it stands.
 */
final class YamlCharacters {
    private YamlCharacters() {
    }

    /** The first character YAML does not allow, as a problem at its line and column; empty when there is none. */
    static Optional<Problem> firstForbidden(Path file, String text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!allowed(cp)) {
                return Optional.of(new Problem(ErrorCode.INVALID_CHARACTER, new SourceLocation(file, line, column),
                        String.format("the character <U+%04X> (%s) is not allowed in a YAML file", cp, kind(cp)),
                        "delete it; a quote needs only the article's visible text"));
            }
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    private static boolean allowed(int cp) {
        return cp == '\t' || cp == '\n' || cp == '\r' || (cp >= 0x20 && cp <= 0x7E) || cp == 0x85
                || (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private static String kind(int cp) {
        if (cp == 0) {
            return "NUL";
        }
        return Character.getType(cp) == Character.CONTROL ? "a control character" : "a noncharacter";
    }
}
