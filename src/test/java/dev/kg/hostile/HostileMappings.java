package dev.kg.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * A seeded generator of malformed mapping files, each a mutation of one valid file that makes it wrong in a
 * known way. The same seed gives the same files, so a failure can be replayed.
 */
public final class HostileMappings {
    public static final String ARTICLE = "Meta investe 14 miliardi in Scale AI. Alexandr Wang entra in Meta.\n";

    public static final String ENTITIES = """
            entities:
              - id: meta
                type: Company
                label: {en: Meta, it: Meta}
              - id: scale-ai
                type: Startup
                label: {en: Scale AI, it: Scale AI}
              - id: alexandr-wang
                type: Person
                label: {en: Alexandr Wang, it: Alexandr Wang}
            """;

    public static final String VALID = """
            article:
              file: a1.txt
              title: Prova
              language: it
            facts:
              - id: meta-invests
                subject: meta
                relation: investsIn
                object: scale-ai
                amount: 14 billion USD
                stake: 49%
                status: completed
                evidence: "Meta investe 14 miliardi in Scale AI"
              - id: wang-joins
                subject: alexandr-wang
                relation: joins
                object: meta
                date: 2025-06
                evidence: "Alexandr Wang entra in Meta"
            """;

    /** One generated file: what was done to it, and its bytes. */
    public record Mutant(int index, String kind, byte[] bytes) {
    }

    private final Random random;

    public HostileMappings(long seed) {
        this.random = new Random(seed);
    }


    private static final String[] KINDS = {"truncated", "wrong-type", "unknown-key", "missing-field", "invalid-utf8",
        "bom-and-error", "huge-number", "bad-number", "deep-nesting", "alias-bomb", "huge-string", "quote-not-in-article",
        "duplicate-id", "duplicate-key", "bad-yaml", "tag", "bad-date", "bad-reference", "empty"};

    /** The next file; call with 0, 1, 2, … (one at a time: some are 10 MB). */
    public Mutant next(int index) {
        String kind = KINDS[index % KINDS.length];
        return new Mutant(index, kind, switch (kind) {
            case "truncated" -> truncated();
            case "wrong-type" -> text(replaceValue(pick("subject", "relation", "object", "amount", "stake", "evidence",
                    "id", "status", "date"), pick("[a, b]", "{x: y}", "[]", "{}", "- a\n      - b", "null", "~", "''")));
            case "unknown-key" -> text(VALID.replace("    subject: meta\n", "    subject: meta\n    " + pick("amout", "subjet",
                    "evidense", "relation2", "x", "Subject", "__proto__", "ÿ") + ": " + pick("1", "meta", "[a]") + "\n"));
            case "missing-field" -> text(removeLine(pick("    subject: meta\n", "    relation: investsIn\n",
                    "    evidence: \"Meta investe 14 miliardi in Scale AI\"\n", "id: meta-invests\n    ", "  file: a1.txt\n",
                    "  title: Prova\n", "  language: it\n", "    object: scale-ai\n")));
            case "invalid-utf8" -> invalidUtf8();
            case "bom-and-error" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    VALID.replace("relation: joins", "relation: jions").getBytes(StandardCharsets.UTF_8));
            case "huge-number" -> text(replaceValue(pick("amount", "stake", "date"), pick("1e400 billion USD",
                    "99999999999999999999999999999999999999999999 billion USD", "1e309%", "100000000000000000000%",
                    "99999999999-01", "2025-06-31", "-0 billion USD")));
            case "bad-number" -> text(replaceValue(pick("amount", "stake"), pick(".nan", "NaN", "-.inf", ".inf", "-5%",
                    "150%", "100.0001%", "0%", "-14 billion USD", "NaN billion USD", "14 billion", "14 billion usd",
                    "14 billion $", "0x1F billion USD", "1,5 billion USD", "25-14 billion USD")));
            case "deep-nesting" -> text(replaceValue("subject", nested(1000 + random.nextInt(200_000))));
            case "alias-bomb" -> text(aliasBomb());
            case "huge-string" -> text(replaceValue(pick("evidence", "title", "subject", "id"),
                    "\"" + "a".repeat(10 * 1024 * 1024 + random.nextInt(1000)) + "\""));
            case "quote-not-in-article" -> text(VALID.replace("Meta investe 14 miliardi in Scale AI\"",
                    pick("Meta investe 15 miliardi in Scale AI", "Meta investirà 14 miliardi in Scale AI",
                            "meta investe 14 miliardi", "Scale AI riceve 14 miliardi", "x") + "\""));
            case "duplicate-id" -> text(VALID.replace("id: wang-joins", "id: meta-invests"));
            case "duplicate-key" -> text(VALID.replace("    subject: meta\n", "    subject: meta\n    subject: scale-ai\n"));
            case "bad-yaml" -> text(pick(VALID.replace("  title: Prova", "\ttitle: Prova"),
                    VALID.replace("evidence: \"Meta", "evidence: \"Meta\" investe"),
                    VALID.replace("subject: meta", "subject: meta: x"),
                    VALID.replace("object: meta", "object: *nope"),
                    VALID.replace("facts:", "facts: ["),
                    VALID.replace("  - id: wang-joins", "- id: wang-joins"),
                    VALID + "---\nsecond: document\n"));
            case "tag" -> text(replaceValue(pick("subject", "amount", "evidence"), pick("!!binary aGVsbG8=",
                    "!java.lang.Runtime x", "!!python/object:os.system x", "!!int meta", "!!float 1", "!custom x")));
            case "bad-date" -> text(replaceValue("date", pick("2025-13", "2025-02-30", "25-06", "Juin 2025", "2025/06",
                    "20250612", "2025-6", "-2025")));
            case "bad-reference" -> text(replaceValue(pick("subject", "object", "relation", "status"),
                    pick("mtea", "Meta", "scale_ai", "../x", "<http://evil/>", "x\" } ; DROP ALL #", "")));
            case "empty" -> text(pick("", "\n", "# only a comment\n", "facts:\n", "article:\n", "~\n", "[]\n", "{}\n"));
            default -> throw new IllegalStateException(kind);
        });
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Replaces the first value of {@code key} in the valid file. */
    private static String replaceValue(String key, String value) {
        int at = VALID.indexOf(" " + key + ": ");
        int start = at + key.length() + 3;
        int end = VALID.indexOf('\n', start);
        return VALID.substring(0, start) + value + VALID.substring(end);
    }

    private static String removeLine(String line) {
        return VALID.replaceFirst(java.util.regex.Pattern.quote(line), "");
    }

    /** Cut inside a quoted evidence string, so the file always ends in an unclosed quote. */
    private byte[] truncated() {
        int open = VALID.indexOf("evidence: \"") + "evidence: \"".length();
        int close = VALID.indexOf('"', open);
        return text(VALID.substring(0, open + random.nextInt(close - open)));
    }

    private byte[] invalidUtf8() {
        byte[] valid = text(VALID);
        int at = random.nextInt(valid.length);
        byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x28, (byte) 0x8C},
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
        byte[] insert = bad[random.nextInt(bad.length)];
        return concat(concat(java.util.Arrays.copyOf(valid, at), insert), java.util.Arrays.copyOfRange(valid, at, valid.length));
    }

    private String nested(int depth) {
        boolean flow = random.nextBoolean();
        String open = flow ? "[" : "{a: ";
        String close = flow ? "]" : "}";
        return open.repeat(depth) + "x" + close.repeat(depth);
    }

    private String aliasBomb() {
        StringBuilder bomb = new StringBuilder("x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10 + random.nextInt(20); i++) {
            bomb.append("x").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            bomb.append("]\n");
        }
        return VALID.replace("facts:", bomb + "facts:");
    }
}
