package dev.kg.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The workbench's edits insert or change only the text of the item written; the rest of the file stays byte for byte. */
class YamlEditTest {
    private static final String FILE = """
            # comments, order and layout stay
            article: {file: a.txt, title: T, language: it}

            facts:
              - id: first            # a trailing comment
                subject: meta
                evidence: "one two three"

              - id: second
                subject: meta
                evidence:
                  - "four five six"

            # what is left
            unmapped:
              - passage: "x y z"
                reason: heading
            """;

    @Test
    void aNewItemGoesAfterTheLastOneWithTheListsIndentationAndSpacing() {
        YamlEdit.Inserted inserted = YamlEdit.of("a.yaml", FILE).appendItem("facts", List.of("id: third", "subject: meta"));
        assertEquals(FILE.replace("      - \"four five six\"\n", "      - \"four five six\"\n\n  - id: third\n    subject: meta\n"),
                inserted.text());
        assertEquals(14, inserted.firstLine());
    }

    @Test
    void aListWrittenWithoutBlankLinesGetsNone() {
        YamlEdit.Inserted inserted = YamlEdit.of("a.yaml", FILE).appendItem("unmapped", List.of("passage: \"p q r\"", "reason: opinion"));
        assertEquals(FILE + "  - passage: \"p q r\"\n    reason: opinion\n", inserted.text());
        assertEquals(18, inserted.firstLine());
    }

    @Test
    void anEmptyListBecomesABlockListAndAMissingOneIsAddedAtTheEnd() {
        String empty = "article: {file: a.txt}\nfacts: []   # none yet\nunmapped:\n  - passage: p\n";
        assertEquals("article: {file: a.txt}\nfacts:\n  - id: x\n    subject: y\nunmapped:\n  - passage: p\n",
                YamlEdit.of("a.yaml", empty).appendItem("facts", List.of("id: x", "subject: y")).text());
        assertEquals("article: {file: a.txt}\n\nfacts:\n  - id: x\n",
                YamlEdit.of("a.yaml", "article: {file: a.txt}").appendItem("facts", List.of("id: x")).text());
    }

    @Test
    void aQuoteJoinsTheEvidenceAsItIsWritten() {
        String scalar = YamlEdit.of("a.yaml", FILE).addEvidence("first", "\"seven eight nine\"");
        assertEquals(FILE.replace("evidence: \"one two three\"", "evidence: [\"one two three\", \"seven eight nine\"]"), scalar);
        String block = YamlEdit.of("a.yaml", FILE).addEvidence("second", "\"seven eight nine\"");
        assertEquals(FILE.replace("      - \"four five six\"\n", "      - \"four five six\"\n      - \"seven eight nine\"\n"), block);
        String flow = YamlEdit.of("a.yaml", scalar).addEvidence("first", "\"ten eleven twelve\"");
        assertEquals(FILE.replace("evidence: \"one two three\"",
                "evidence: [\"one two three\", \"seven eight nine\", \"ten eleven twelve\"]"), flow);
        KgException unknown = assertThrows(KgException.class, () -> YamlEdit.of("a.yaml", FILE).addEvidence("third", "\"q\""));
        assertEquals(ErrorCode.UNKNOWN_KEY, unknown.code());
    }

    @Test
    void theDraftMarkerIsTheFirstLineAndGoesAgainWhole() {
        String draft = YamlEdit.of("a.yaml", FILE).withDraftMarker();
        assertEquals(YamlEdit.DRAFT_LINE + "\n" + FILE, draft);
        assertEquals(draft, YamlEdit.of("a.yaml", draft).withDraftMarker());
        assertEquals(FILE, YamlEdit.of("a.yaml", draft).withoutDraftMarker());
    }

    @Test
    void aFileThatDoesNotParseIsNotEdited() {
        KgException e = assertThrows(KgException.class, () -> YamlEdit.of("a.yaml", "facts: [\n"));
        assertEquals(ErrorCode.YAML_SYNTAX, e.code());
    }

    @Test
    void valuesArePlainOnlyWhenYamlReadsThemBackUnchanged() {
        assertEquals("over 10 billion USD", YamlScalar.of("over 10 billion USD"));
        assertEquals("\"note: with a colon # and hash\"", YamlScalar.of("note: with a colon # and hash"));
        assertEquals("\"l'accordo \\\"vero\\\" e \\\\ fine\"", YamlScalar.quoted("l'accordo \"vero\" e \\ fine"));
        assertEquals("\"two lines\"", YamlScalar.quoted("two\n  lines"));
    }

    @Test
    void commentsIndentedUnderTheLastItemStayWithItAndAnEmptyLastValueEndsItsLine() {
        String commented = "facts:\n  - id: a\n    note:\n    # about a\n# about what follows\nunmapped: []\n";
        assertEquals("facts:\n  - id: a\n    note:\n    # about a\n  - id: b\n# about what follows\nunmapped: []\n",
                YamlEdit.of("a.yaml", commented).appendItem("facts", List.of("id: b")).text());
    }
}
