package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code kg curate} driven in real Chromium (Debian's chromium and chromedriver, through Selenium): an article
 * is opened, a passage selected, an investment fact with an amount and an attribution written and saved; the
 * file changes by that fact's lines only; the build runs from the page, and {@code kg query} finds the fact.
 * A bad quote or an unknown entity is shown at its field, and nothing is written.
 */
@Tag("slow") // a browser and a kg process
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the build counts the articles written before it
class CurateBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String ARTICLE = """
            Microsoft investe in Anthropic
            Secondo Reuters, Microsoft investirà fino a 5 miliardi di dollari in Anthropic. Anthropic ha sede a San Francisco.
            Una mossa che cambia il mercato.
            """;
    static final String MAPPING = """
            # Written by hand for the workbench's test: its comments and layout must survive a save.
            article:
              file: 006_prova.txt
              title: Microsoft investe in Anthropic
              language: it

            facts:
              - id: anthropic-based-in-san-francisco
                subject: anthropic
                relation: basedIn
                object: san-francisco          # the city
                evidence: "Anthropic ha sede a San Francisco"

            unmapped:
              - passage: "Microsoft investe in Anthropic"
                reason: heading
              - passage: "Una mossa che cambia il mercato."
                reason: opinion
            """;

    /** The README's worked example: the article, and its mapping file before any fact. */
    static final String WORKED_EXAMPLE = """
            Scale AI cambia guida
            Jason Droege guida Scale AI ad interim, secondo Reuters. In passato Droege ha guidato Uber Eats.
            Una scelta che farà discutere.
            """;
    static final String WORKED_EXAMPLE_HEADER = """
            article:
              file: 005_esempio.txt
              title: Scale AI cambia guida
              language: it

            facts: []
            """;
    private int keystrokes;

    @TempDir
    static Path dir;
    static Path project;
    static Path store;
    static Process server;
    static String url;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (.ci/run installs them)");
        project = TestProjects.seedProject(dir.resolve("p"));
        store = dir.resolve("store");
        Files.writeString(project.resolve("seeds/006_prova.txt"), ARTICLE);
        Files.writeString(project.resolve("seeds/006_prova.yaml"), MAPPING);
        Files.writeString(project.resolve("seeds/005_esempio.txt"), WORKED_EXAMPLE);
        Files.writeString(project.resolve("seeds/005_esempio.yaml"), WORKED_EXAMPLE_HEADER);
        Path log = dir.resolve("curate.log");
        server = KgProcess.start(log, "curate", "--port", "0", "--project", project.toString(), "--store", store.toString());
        url = awaitUrl(server, log);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=1366,768", "--user-data-dir=" + Files.createDirectory(dir.resolve("chromium")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        // The page is read at 1366x768: the window is made that much larger than its frame.
        Number frame = (Number) browser.executeScript("return window.outerHeight - window.innerHeight;");
        browser.manage().window().setSize(new Dimension(1366, 768 + frame.intValue()));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook closes the server
            assertEquals(143, server.waitFor());
            assertTrue(Files.readString(dir.resolve("curate.log")).endsWith("kg curate: stopped\n"));
        }
    }

    @Test
    @Order(2)
    void aSelectedPassageBecomesAnInvestmentFactThatTheBuildAndAQueryFind() throws Exception {
        String before = Files.readString(project.resolve("seeds/006_prova.yaml"));
        open("006_prova.yaml");
        assertEquals("to-map", sentence("Secondo Reuters").getAttribute("class").replace("s ", ""));

        select("Microsoft investirà fino a 5 miliardi di dollari in Anthropic");
        new Actions(browser).sendKeys("n").perform();
        assertEquals("Microsoft investirà fino a 5 miliardi di dollari in Anthropic", value("f-evidence"));
        type("f-subject", "Microsoft");
        type("f-object", "anthropic");
        assertEquals("→ Microsoft (microsoft), Company", resolved("f-subject"));
        // Only relations whose domain and range fit two organisations are offered.
        List<String> offered = new Select(browser.findElement(By.id("f-relation"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
        assertTrue(offered.contains("investsIn") && !offered.contains("leads") && !offered.contains("basedIn"), offered.toString());
        new Select(browser.findElement(By.id("f-relation"))).selectByValue("investsIn");
        type("f-q-amount", "up to 5 billion USD");
        type("f-q-attributedTo", "Reuters");
        browser.findElement(By.id("f-save")).click();
        waitFor(() -> browser.findElement(By.id("f-result")).getText().startsWith("Saved"));
        assertEquals("Saved: the fact at line 14.", browser.findElement(By.id("f-result")).getText());
        Files.write(Path.of("target/curate.png"), browser.getScreenshotAs(OutputType.BYTES));

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
        waitFor(() -> sentence("Secondo Reuters").getAttribute("class").equals("s cited"));

        browser.findElement(By.id("build")).click();
        waitFor(() -> browser.findElement(By.id("status")).getText().startsWith("built"));
        assertEquals("built: 7 articles, 28 entities, 86 facts", browser.findElement(By.id("status")).getText());
        waitFor(() -> browser.findElement(By.id("describe")).getText().contains("invests in"));
        assertTrue(browser.findElement(By.id("describe")).getText().contains(
                "invests in\n  Anthropic — up to 5 billion USD, according to Reuters  [006_prova]\n"
                        + "      \"Microsoft investirà fino a 5 miliardi di dollari in Anthropic\""),
                browser.findElement(By.id("describe")).getText());

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
        open("002_cf741e01a53c0ac0.yaml");
        select("10 miliardi");
        browser.findElement(By.id("new-fact")).click();
        // A second quote typed with a hyphen where the article has other words.
        browser.findElement(By.id("f-evidence")).sendKeys("\nMeta investe 10-15 miliardi in Scale AI");
        type("f-subject", "Meta Platforms Incorporated");
        assertEquals("unknown entity New entity “Meta Platforms Incorporated”…", resolved("f-subject"));
        type("f-object", "Scale AI");
        new Select(browser.findElement(By.id("f-relation"))).selectByValue("investsIn");
        browser.findElement(By.id("f-save")).click();
        waitFor(() -> browser.findElement(By.id("f-result")).getText().startsWith("Nothing was written"));
        assertEquals("Nothing was written: 3 problems.", browser.findElement(By.id("f-result")).getText().lines()
                .reduce((a, b) -> b).orElseThrow());
        assertEquals(List.of("quote-too-short", "quote-not-in-article"), codesAt("evidence"));
        assertEquals(List.of("unknown-entity"), codesAt("subject"));
        assertEquals("002_cf741e01a53c0ac0.yaml:144:14: unknown entity 'Meta Platforms Incorporated' in 'subject'"
                + " — add it to entities.yaml, or use the id of an existing entity [unknown-entity]",
                browser.findElement(By.cssSelector(".problem[data-field=subject]")).getText());
        assertEquals(new String(before), Files.readString(mapping));
    }

    /**
     * The README's worked example done in the workbench from the keyboard, after selecting each passage: the count
     * of keys is the README's figure for the workbench, against typing the facts in an editor.
     */
    @Test
    @Order(3)
    void theWorkedExampleTakesFourSelectionsAndSixtyOneKeys() throws Exception {
        open("005_esempio.yaml");
        select("Jason Droege guida Scale AI ad interim, secondo Reuters");
        keys("n", "Jason Droege", Keys.TAB, "l", Keys.TAB, "Scale AI", Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB, "t", Keys.TAB,
                "Reuters", Keys.ENTER);
        waitFor(() -> browser.findElement(By.id("f-result")).getText().startsWith("Saved"));
        select("In passato Droege ha guidato Uber Eats");
        keys("n", Keys.TAB, Keys.TAB, SELECT_ALL, "Uber Eats", Keys.TAB, Keys.TAB, "f", Keys.ENTER);
        waitFor(() -> browser.findElement(By.id("f-result")).getText().equals("Saved: the fact at line 14."));
        select("Scale AI cambia guida");
        keys("s", "h", Keys.ENTER);
        waitFor(() -> browser.findElement(By.id("a-result")).getText().startsWith("Saved"));
        select("Una scelta che farà discutere.");
        keys("s", "o", Keys.ENTER);
        waitFor(() -> browser.findElement(By.id("a-result")).getText().equals("Saved: the passage at line 24."));
        assertEquals(61, keystrokes);
        assertEquals(WORKED_EXAMPLE_HEADER.replace("facts: []\n", "") + """
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
        assertEquals("4 sentences: 2 cited, 2 set aside, 0 to map", browser.findElement(By.id("coverage")).getText());
    }

    /** Ctrl+A, counted as one key. */
    private static final String SELECT_ALL = "Ctrl+A";

    /** Types into whatever has the focus, counting each character or key. */
    private void keys(CharSequence... sequence) {
        for (CharSequence k : sequence) {
            if (k == SELECT_ALL) {
                keystrokes++;
                new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
                continue;
            }
            keystrokes += k instanceof Keys ? 1 : k.length();
            new Actions(browser).sendKeys(k).perform();
        }
    }

    private void open(String mapping) {
        browser.get(url + "#article=" + mapping);
        browser.navigate().refresh();
        waitFor(() -> "yes".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private WebElement sentence(String start) {
        return browser.findElements(By.cssSelector("#text .s")).stream().filter(s -> s.getText().startsWith(start))
                .findFirst().orElseThrow();
    }

    /** Selects a passage of the article's text as a reader's mouse would. */
    private void select(String passage) {
        ((JavascriptExecutor) browser).executeScript("""
                const text = document.getElementById('text'), wanted = arguments[0];
                text.focus();
                const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
                const nodes = []; let all = '';
                for (let n; (n = walker.nextNode());) { nodes.push([n, all.length]); all += n.data; }
                const start = all.indexOf(wanted), end = start + wanted.length;
                const at = (offset) => { const [n, s] = nodes.filter(([, s]) => s <= offset).pop(); return [n, offset - s]; };
                const range = document.createRange();
                range.setStart(...at(start)); range.setEnd(...at(end));
                getSelection().removeAllRanges(); getSelection().addRange(range);
                """, passage);
        waitFor(() -> browser.findElement(By.id("selection")).getText().equals("Selected: “" + passage + "”"));
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private String resolved(String id) {
        return browser.findElement(By.cssSelector(".resolved[data-for=" + id + "]")).getText();
    }

    private List<String> codesAt(String field) {
        return browser.findElements(By.cssSelector(".problem[data-field=" + field + "] [data-code]")).stream()
                .map(e -> e.getAttribute("data-code")).toList();
    }

    /** Waits for the page; on a timeout, keeps what the page showed in target/curate-failure.png. */
    private static void waitFor(java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            try {
                Files.write(Path.of("target/curate-failure.png"), browser.getScreenshotAs(OutputType.BYTES));
            } catch (java.io.IOException ignored) {
                // The timeout is what matters.
            }
            throw e;
        }
    }

    private static String awaitUrl(Process process, Path log) throws Exception {
        Pattern pattern = Pattern.compile("workbench at (http://127\\.0\\.0\\.1:\\d+/)");
        long end = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < end && process.isAlive()) {
            Matcher m = pattern.matcher(Files.exists(log) ? Files.readString(log) : "");
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("kg curate did not start: " + Files.readString(log));
    }
}
