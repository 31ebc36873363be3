package dev.kg.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/errors.md documents every error code kg can emit, each with an example carrying that code and a fix. */
class ErrorCatalogueTest {
    private static final Path DOC = Path.of("docs/errors.md");
    private static final Pattern HEADING = Pattern.compile("^### `([a-z0-9-]+)`$", Pattern.MULTILINE);

    /** Each code's section: the text from its heading to the next heading. */
    private static Map<String, String> sections() throws IOException {
        String doc = Files.readString(DOC);
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher m = HEADING.matcher(doc);
        String code = null;
        int from = 0;
        while (m.find()) {
            if (code != null) {
                sections.put(code, doc.substring(from, m.start()));
            }
            code = m.group(1);
            from = m.end();
        }
        if (code != null) {
            sections.put(code, doc.substring(from));
        }
        return sections;
    }

    @Test
    void everyCodeIsDocumentedAndEveryDocumentedCodeExists() throws IOException {
        Set<String> codes = Arrays.stream(ErrorCode.values()).map(ErrorCode::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = new TreeSet<>(sections().keySet());
        Set<String> undocumented = new TreeSet<>(codes);
        undocumented.removeAll(documented);
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(codes);
        assertEquals(Set.of(), undocumented, "codes missing from " + DOC);
        assertEquals(Set.of(), unknown, "documented codes kg does not have");
    }

    @Test
    void eachSectionGivesTheExitStatusAnExampleWithItsCodeAndAFix() throws IOException {
        for (Map.Entry<String, String> section : sections().entrySet()) {
            ErrorCode code = ErrorCode.valueOf(section.getKey().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            String text = section.getValue();
            assertTrue(text.strip().startsWith("Exit " + code.status().code() + "."), code + " states its exit status");
            String example = text.substring(text.indexOf("```\n") + 4, text.indexOf("\n```", text.indexOf("```\n") + 4));
            assertTrue(example.lines().anyMatch(l -> l.endsWith(" " + code.tag())), code + " example ends with " + code.tag());
            assertTrue(text.contains("\nFix: "), code + " gives a fix");
        }
    }

    @Test
    void eachCodeIsDocumentedUnderItsAreaInTheEnumsOrder() throws IOException {
        String doc = Files.readString(DOC);
        List<MatchResult> areas = Pattern.compile("^## (.+)$", Pattern.MULTILINE).matcher(doc).results().toList();
        StringBuilder documented = new StringBuilder();
        for (int i = 0; i < areas.size(); i++) {
            int end = i + 1 < areas.size() ? areas.get(i + 1).start() : doc.length();
            Matcher code = HEADING.matcher(doc.substring(areas.get(i).end(), end));
            while (code.find()) {
                documented.append(areas.get(i).group(1)).append(": ").append(code.group(1)).append('\n');
            }
        }
        String expected = Arrays.stream(ErrorCode.values())
                .map(c -> c.area().title() + ": " + c.id() + "\n").collect(Collectors.joining());
        assertEquals(expected, documented.toString());
    }

    @Test
    void everyCodeIsUsedByTheProgram() throws IOException {
        String sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("ErrorCode.java"))
                    .map(f -> {
                        try {
                            return Files.readString(f);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).collect(Collectors.joining("\n"));
        }
        Set<String> unused = new TreeSet<>();
        for (ErrorCode code : ErrorCode.values()) {
            if (!sources.contains("ErrorCode." + code.name())) {
                unused.add(code.name());
            }
        }
        assertEquals(Set.of(), unused);
    }

    @Test
    void theReadmeLinksTheCatalogue() throws IOException {
        assertTrue(Files.readString(Path.of("README.md")).contains("(docs/errors.md)"));
    }
}
