package dev.kg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * A {@code kg curate} process and the workbench's page in headless Chromium (Debian's chromium and chromedriver,
 * through Selenium), with what a test does on the page: open an article, select words, type, wait.
 */
final class CuratePage implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Ctrl+A, which {@link #keys} counts as one key. */
    static final String SELECT_ALL = "Ctrl+A";

    final ChromeDriver browser;
    private final Process server;
    private final Path log;
    private final String url;
    private int keystrokes;

    private CuratePage(ChromeDriver browser, Process server, Path log, String url) {
        this.browser = browser;
        this.server = server;
        this.log = log;
        this.url = url;
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Starts {@code kg curate --port 0} on the project and a browser with a viewport of 1366x768. */
    static CuratePage start(Path project, Path store, Path dir) throws Exception {
        Path log = dir.resolve("curate.log");
        Process server = KgProcess.start(log, "curate", "--port", "0", "--project", project.toString(), "--store", store.toString());
        String url = awaitUrl(server, log);
        return new CuratePage(browser(dir), server, log, url);
    }

    /** Headless Chromium whose page is 1366x768, with its profile in {@code dir}. */
    static ChromeDriver browser(Path dir) throws IOException {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=1366,768", "--user-data-dir=" + Files.createDirectory(dir.resolve("chromium")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        // The window is made larger than 1366x768 by its frame, so that the page itself is that size.
        Number frame = (Number) browser.executeScript("return window.outerHeight - window.innerHeight;");
        browser.manage().window().setSize(new Dimension(1366, 768 + frame.intValue()));
        return browser;
    }

    /** Quits the browser and stops kg curate with SIGTERM; returns its exit status and what it printed. */
    Kg.Run stop() throws Exception {
        browser.quit();
        server.destroy();
        int exit = server.waitFor();
        return new Kg.Run(exit, "", Files.readString(log));
    }

    @Override
    public void close() throws Exception {
        if (server.isAlive()) {
            stop();
        }
    }

    void open(String mapping) {
        browser.get(url + "#article=" + mapping);
        browser.navigate().refresh();
        waitFor(() -> "yes".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    WebElement sentence(String start) {
        return browser.findElements(By.cssSelector("#text .s")).stream().filter(s -> s.getText().startsWith(start))
                .findFirst().orElseThrow();
    }

    /** Selects a passage of the article's text as a reader's mouse would, the text having the focus. */
    void select(String passage) {
        browser.executeScript("""
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
        waitFor(() -> text("selection").equals("Selected: “" + passage + "”"));
    }

    /** Types into whatever has the focus, counting each character or key. */
    void keys(CharSequence... sequence) {
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

    int keystrokes() {
        return keystrokes;
    }

    void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    void append(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    void click(String id) {
        browser.findElement(By.id(id)).click();
    }

    /** Clicks the offer to add what an entity field names as a new entity. */
    void newEntity(String fieldId) {
        browser.findElement(By.cssSelector(".resolved[data-for=" + fieldId + "] .new-entity")).click();
    }

    void choose(String selectId, String value) {
        new Select(browser.findElement(By.id(selectId))).selectByValue(value);
    }

    List<String> options(String selectId) {
        return new Select(browser.findElement(By.id(selectId))).getOptions().stream().map(o -> o.getAttribute("value")).toList();
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    String resolved(String id) {
        return browser.findElement(By.cssSelector(".resolved[data-for=" + id + "]")).getText();
    }

    /** The error codes shown at a field of the form. */
    List<String> codesAt(String field) {
        return browser.findElements(By.cssSelector(".problem[data-field=" + field + "] [data-code]")).stream()
                .map(e -> e.getAttribute("data-code")).toList();
    }

    String problemAt(String field) {
        return browser.findElement(By.cssSelector(".problem[data-field=" + field + "]")).getText();
    }

    void screenshot(Path file) throws IOException {
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }

    /** Waits for the page; on a timeout, keeps what the page showed in target/curate-failure.png. */
    void waitFor(BooleanSupplier condition) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            try {
                screenshot(Path.of("target/curate-failure.png"));
            } catch (IOException | RuntimeException ignored) {
                // The timeout is what the test reports.
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
