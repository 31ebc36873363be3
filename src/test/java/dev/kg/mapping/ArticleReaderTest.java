package dev.kg.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kg.error.Problem;
import dev.kg.error.SourceLocation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One mapping file read into an Article: its source, each fact's qualifiers, and located problems. */
class ArticleReaderTest {
    private static final Set<String> CONCEPT_KEYS = Set.of("role", "purpose", "stake", "kinship");

    private static Optional<Article> read(Path dir, String yaml, List<Problem> problems) throws IOException {
        Files.writeString(dir.resolve("a1.txt"), "Meta investe in Scale AI. All'inizio di quest'anno Wang guida Scale AI.\n");
        Path mapping = dir.resolve("a1.yaml");
        Files.writeString(mapping, yaml);
        return ArticleReader.read(mapping, dir, CONCEPT_KEYS, problems);
    }

    @Test
    void theArticlesSourceAndEachFactsQualifiersAreRead(@TempDir Path dir) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Article a = read(dir, """
                article:
                  file: a1.txt
                  title: Titolo
                  language: it
                  url: https://notizie.example/a1
                  publisher: notizie
                  published: 2025-06 inferred
                  author: [Anna Bianchi, Luca Rossi]
                facts:
                  - id: meta-invests
                    subject: meta
                    relation: investsIn
                    object: scale-ai
                    amount: over 10 billion USD
                    stake: 49%, minority, no board seat
                    status: in-talks
                    evidence: "Meta investe in Scale AI"
                  - id: wang-leads
                    subject: alexandr-wang
                    relation: leads
                    object: scale-ai
                    role: amministratore delegato
                    date: early this year
                    evidence: "Wang guida Scale AI"
                """, problems).orElseThrow();
        assertEquals(List.of(), problems);
        assertEquals("a1", a.id());
        assertEquals(new ArticleSource("https://notizie.example/a1", new Scalar("notizie", new SourceLocation(dir.resolve("a1.yaml"), 6, 14)),
                new FactDate("2025-06", FactDate.Precision.MONTH), true, List.of("Anna Bianchi", "Luca Rossi"), null), a.source());
        Qualifiers invests = a.facts().get(0).qualifiers();
        assertEquals(new BigDecimal("49"), invests.stakePercent());
        assertEquals(List.of("minority", "no board seat"), invests.concepts().get("stake").stream().map(Scalar::value).toList());
        assertEquals(Bound.AT_LEAST, invests.amount().bound());
        assertEquals(Status.IN_TALKS, invests.status());
        Qualifiers leads = a.facts().get(1).qualifiers();
        assertEquals(new FactDate("2025", FactDate.Precision.YEAR, FactDate.Hedge.EARLY, "early this year"), leads.date());
        assertEquals("amministratore delegato", leads.role());
        assertEquals(List.of("amministratore delegato"), leads.concepts().get("role").stream().map(Scalar::value).toList());
        assertEquals(Status.REPORTED, leads.status(), "reported is the default");
    }

    @Test
    void problemsAreLocatedAndTheFactIsStillCheckedFurther(@TempDir Path dir) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Optional<Article> a = read(dir, """
                article: {file: a1.txt, title: Titolo, language: it}
                facts:
                  - id: meta-invests
                    subject: meta
                    relation: investsIn
                    amount: 10 miliardi
                    date: early this year
                    colour: blue
                    evidence: "Meta"
                """, problems);
        assertEquals(List.of(
                        "a1.yaml:8:5 unknown-key",
                        "a1.yaml:6:13 malformed-value",
                        "a1.yaml:7:11 needs-published",
                        "a1.yaml:9:15 quote-too-short"),
                problems.stream().map(p -> p.where().file().getFileName() + ":" + p.where().line() + ":" + p.where().column()
                        + " " + p.code().id()).toList());
        assertEquals(1, a.orElseThrow().facts().size(), "a fact with a bad qualifier is kept for the checks that follow");
    }
}
