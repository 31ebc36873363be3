package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * {@code kg curate} driven in real Chromium: an article is opened, a passage selected, an investment fact with an
 * amount and an attribution written and saved; the file changes by that fact's lines only; the build runs from
 * the page, and {@code kg query} finds the fact. A bad quote or an unknown entity is shown at its field, and
 * nothing is written. The README's worked example is done from the keyboard, its keys counted.
 */
@Tag("slow") // a browser and a kg process
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the build counts the articles written before it
class CurateBrowserTest {
    @TempDir
    static Path dir;
    static Path project;
    static Path store;
    static CuratePage page;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(CuratePage.available(), "Chromium and chromedriver are not installed (.ci/run installs them)");
        project = TestProjects.seedProject(dir.resolve("p"));
        store = dir.resolve("store");
        // A short article written for the test with its mapping file, and the README's worked example without one.
        for (String name : List.of("006_prova.txt", "006_prova.yaml", "005_esempio.txt")) {
            Files.copy(TestProjects.REPO.resolve("src/test/resources/dev/kg/cli/curate/" + name), project.resolve("seeds/" + name));
        }
        page = CuratePage.start(project, store, dir);
    }

    @AfterAll
    static void stop() throws Exception {
        if (page != null) {
            Kg.Run stopped = page.stop(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook closes the server
            assertEquals(143, stopped.exit());
            assertTrue(stopped.err().endsWith("kg curate: stopped\n"), stopped.err());
        }
    }

    @Test
    @Order(2)
    void aSelectedPassageBecomesAnInvestmentFactThatTheBuildAndAQueryFind() throws Exception {
        String before = Files.readString(project.resolve("seeds/006_prova.yaml"));
        page.open("006_prova.yaml");
        assertEquals("to-map", page.sentence("Secondo Reuters").getAttribute("class").replace("s ", ""));

        page.select("Microsoft investirà fino a 5 miliardi di dollari in Anthropic");
        page.keys("n");
        assertEquals("Microsoft investirà fino a 5 miliardi di dollari in Anthropic", page.value("f-evidence"));
        page.type("f-subject", "Microsoft");
        page.type("f-object", "anthropic");
        assertEquals("→ Microsoft (microsoft), Company", page.resolved("f-subject"));
        // Only relations whose domain and range fit two organisations are offered.
        List<String> offered = page.options("f-relation");
        assertTrue(offered.contains("investsIn") && !offered.contains("leads") && !offered.contains("basedIn"), offered.toString());
        page.choose("f-relation", "investsIn");
        page.type("f-q-amount", "up to 5 billion USD");
        page.type("f-q-attributedTo", "Reuters");
        page.click("f-save");
        page.waitFor(() -> page.text("f-result").startsWith("Saved"));
        assertEquals("Saved: the fact at line 14.", page.text("f-result"));
        page.screenshot(Path.of("target/curate.png"));

        String anchor = "    evidence: \"Anthropic ha sede a San Francisco\"\n";
        assertEquals(before.replace(anchor, anchor + """

                  - id: microsoft-invests-in-anthropic
                    subject: microsoft
                    relation: investsIn
                    object: anthropic
                    amount: up to 5 billion USD
                    attributedTo: reuters
                    evidence: "Microsoft investirà fino a 5 miliardi di dollari in Anthropic"
                """), Files.readString(project.resolve("seeds/006_prova.yaml")));
        page.waitFor(() -> page.sentence("Secondo Reuters").getAttribute("class").equals("s cited"));

        page.click("build");
        page.waitFor(() -> page.text("status").startsWith("built"));
        assertEquals("built: 6 articles, 37 entities, 93 facts", page.text("status"));
        page.waitFor(() -> page.text("describe").contains("invests in"));
        assertTrue(page.text("describe").contains(
                "invests in\n  Anthropic — up to 5 billion USD, according to Reuters  [006_prova]\n"
                        + "      \"Microsoft investirà fino a 5 miliardi di dollari in Anthropic\""),
                page.text("describe"));

        // The picture of the graph beside it, filtered to the article.
        page.browser.switchTo().frame("picture");
        page.waitFor(() -> "yes".equals(page.browser.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertEquals("0", page.browser.findElement(By.tagName("body")).getAttribute("data-errors"));
        // Microsoft, Anthropic, San Francisco, and Reuters, which the article credits with the investment.
        assertEquals("4", page.browser.findElement(By.tagName("body")).getAttribute("data-nodes"));
        page.browser.switchTo().defaultContent();

        Kg.Run query = Kg.run("query", "investments", "--param", "company=anthropic", "--format", "csv",
                "--project", project.toString(), "--store", store.toString());
        assertEquals(0, query.exit(), query.err());
        assertEquals(List.of("investor,investee,amount,stake,valuation,status,article,reportedBy",
                "Microsoft,Anthropic,up to 5 billion USD,,,reported,006_prova,Reuters"), query.out().lines().toList());
    }

    @Test
    @Order(1)
    void aBadQuoteOrAnUnknownEntityIsShownAtItsFieldAndNothingIsWritten() throws Exception {
        Path mapping = project.resolve("seeds/002_cf741e01a53c0ac0.yaml");
        byte[] before = Files.readAllBytes(mapping);
        page.open("002_cf741e01a53c0ac0.yaml");
        page.select("10 miliardi");
        page.click("new-fact");
        // A second quote typed with a hyphen where the article has other words.
        page.append("f-evidence", "\nMeta investe 10-15 miliardi in Scale AI");
        page.type("f-subject", "Meta Platforms Incorporated");
        assertEquals("unknown entity New entity “Meta Platforms Incorporated”…", page.resolved("f-subject"));
        page.type("f-object", "Scale AI");
        page.choose("f-relation", "investsIn");
        page.click("f-save");
        page.waitFor(() -> page.text("f-result").startsWith("Nothing was written"));
        assertEquals("Nothing was written: 3 problems.", page.text("f-result").lines()
                .reduce((a, b) -> b).orElseThrow());
        assertEquals(List.of("quote-too-short", "quote-not-in-article"), page.codesAt("evidence"));
        assertEquals(List.of("unknown-entity"), page.codesAt("subject"));
        assertEquals("002_cf741e01a53c0ac0.yaml:160:14: unknown entity 'Meta Platforms Incorporated' in 'subject'"
                + " — add it to entities.yaml, or use the id of an existing entity [unknown-entity]",
                page.problemAt("subject"));
        assertEquals(new String(before), Files.readString(mapping));
    }

    /**
     * The README's worked example done in the workbench from the keyboard, after selecting each passage: the count
     * of keys is the README's figure for the workbench, against typing the facts in an editor.
     */
    @Test
    @Order(3)
    void theWorkedExampleTakesAMenuChoiceFourSelectionsAndSixtyTwoKeys() throws Exception {
        page.open("006_prova.yaml");
        int before = page.keystrokes();
        // The article has no mapping file yet: picking it offers to start one, in Italian unless told otherwise.
        page.choose("article", "start:005_esempio.txt");
        page.keys(Keys.ENTER);
        page.waitFor(() -> page.text("title").equals("Scale AI cambia guida"));
        assertEquals("4 sentences: 0 cited, 0 set aside, 4 to map", page.text("coverage"));
        page.select("Jason Droege guida Scale AI ad interim, secondo Reuters");
        page.keys("n", "Jason Droege", Keys.TAB, "l", Keys.TAB, "Scale AI", Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB, "t", Keys.TAB,
                "Reuters", Keys.ENTER);
        page.waitFor(() -> page.text("f-result").startsWith("Saved"));
        page.select("In passato Droege ha guidato Uber Eats");
        page.keys("n", Keys.TAB, Keys.TAB, CuratePage.SELECT_ALL, "Uber Eats", Keys.TAB, Keys.TAB, "f", Keys.ENTER);
        page.waitFor(() -> page.text("f-result").equals("Saved: the fact at line 14."));
        page.select("Scale AI cambia guida");
        page.keys("s", "h", Keys.ENTER);
        page.waitFor(() -> page.text("a-result").startsWith("Saved"));
        page.select("Una scelta che farà discutere.");
        page.keys("s", "o", Keys.ENTER);
        page.waitFor(() -> page.text("a-result").equals("Saved: the passage at line 24."));
        assertEquals(62, page.keystrokes() - before);
        assertEquals("""
                article:
                  file: 005_esempio.txt
                  title: Scale AI cambia guida
                  language: it

                facts:
                  - id: jason-droege-leads-scale-ai
                    subject: jason-droege
                    relation: leads
                    object: scale-ai
                    interim: true
                    attributedTo: reuters
                    evidence: "Jason Droege guida Scale AI ad interim, secondo Reuters"
                  - id: jason-droege-leads-uber-eats
                    subject: jason-droege
                    relation: leads
                    object: uber-eats
                    status: former
                    evidence: "In passato Droege ha guidato Uber Eats"

                unmapped:
                  - passage: "Scale AI cambia guida"
                    reason: heading
                  - passage: "Una scelta che farà discutere."
                    reason: opinion
                """, Files.readString(project.resolve("seeds/005_esempio.yaml")));
        // The article is read again after the save is reported: its coverage follows.
        page.waitFor(() -> page.text("coverage").equals("4 sentences: 2 cited, 2 set aside, 0 to map"));
    }

    @Test
    @Order(4)
    void anUnknownNameBecomesANewEntityInline() throws Exception {
        Path entities = project.resolve("seeds/entities.yaml");
        String before = Files.readString(entities);
        page.open("006_prova.yaml");
        page.select("Anthropic ha sede a San Francisco");
        page.keys("n");
        page.type("f-subject", "Anthropic PBC");
        page.waitFor(() -> page.resolved("f-subject").startsWith("unknown entity"));
        page.newEntity("f-subject");
        assertEquals("anthropic-pbc", page.value("n-id"));
        page.choose("n-type", "Company");
        page.type("n-it", "Anthropic PBC");
        page.click("n-save");
        page.waitFor(() -> page.resolved("f-subject").startsWith("→"));
        assertEquals("→ Anthropic PBC (anthropic-pbc), Company", page.resolved("f-subject"));
        assertEquals(before + """
                  - id: anthropic-pbc
                    type: Company
                    label: {en: Anthropic PBC, it: Anthropic PBC}
                """, Files.readString(entities));
    }

    @Test
    @Order(5)
    void theArticlesProblemsLinkToTheirFactAndASentenceShowsItsFacts() throws Exception {
        Path mapping = project.resolve("seeds/006_prova.yaml");
        Files.writeString(mapping, Files.readString(mapping).replace("object: san-francisco ", "object: san-fransisco "));
        page.open("006_prova.yaml");
        assertEquals("(1)", page.text("problem-count"));
        assertEquals("006_prova.yaml:11:13: unknown entity 'san-fransisco' in 'object' — did you mean 'san-francisco'?"
                + " [unknown-entity]", page.text("problems"));
        page.browser.findElement(By.cssSelector("#problems button")).click();
        // The typo leaves "San Francisco" used by no fact, so its sentence is underlined as well as flashed.
        assertEquals("s cited mention flash", page.sentence("Anthropic ha sede").getAttribute("class"));
        assertEquals("anthropic-based-in-san-francisco: anthropic basedIn san-fransisco\n“Anthropic ha sede a San Francisco”",
                page.text("sentence-facts"));

        // From the keyboard: a sentence takes the focus, Enter shows the facts that cite it.
        page.sentence("Secondo Reuters").sendKeys(Keys.ENTER);
        assertEquals("microsoft-invests-in-anthropic: microsoft investsIn anthropic · according to reuters\n"
                + "“Microsoft investirà fino a 5 miliardi di dollari in Anthropic”", page.text("sentence-facts"));
    }
}
