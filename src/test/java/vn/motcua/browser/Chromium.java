package vn.motcua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, for the browser tests: started at a window size (the tests are skipped,
 * with a notice, where it is not installed), a click as a person makes it, a download with the
 * browser's session, and a screenshot with the page's source in target/browser-screenshots/ when a
 * test fails.
 */
public final class Chromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("motcua.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("motcua.chromedriver", "/usr/bin/chromedriver"));

    public final ChromeDriver driver;
    public final WebDriverWait wait;
    /** Serious or critical accessibility violations axe-core found, by page path, in the order visited. */
    public final java.util.Map<String, java.util.List<String>> violations = new java.util.LinkedHashMap<>();
    private String axe;

    private Chromium(ChromeDriver driver, Duration patience) {
        this.driver = driver;
        // While a page is replaced, Chromium may answer a read of the old page's element with "Node with given id does not belong
        // to the document" (an unknown error, not a stale element); the wait asks again instead of failing the test.
        this.wait = new WebDriverWait(driver, patience);
        this.wait.ignoring(org.openqa.selenium.WebDriverException.class);
    }

    /** The page's text, once there is a page: right after a form is sent the old page may be gone and the new one not there yet. */
    public String text() {
        return wait.until(d -> d.findElement(By.tagName("body")).getText());
    }

    /** A browser window of that size ("1280,1000"); skips the test class when Chromium is missing. */
    public static Chromium start(String windowSize, Duration patience) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            System.err.println("NOTICE: browser tests skipped: no Chromium at " + CHROMIUM + " or ChromeDriver at " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(installed, "Chromium and ChromeDriver are not installed; browser tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-dev-shm-usage", "--no-first-run", "--disable-sync", "--window-size=" + windowSize,
                "--lang=vi", "--user-data-dir=" + Files.createTempDirectory("motcua-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new Chromium(new ChromeDriver(service, options), patience);
    }

    /** Keeps a screenshot and the page's source of a failed test; {@code browser} may not be started yet. */
    public static TestWatcher screenshots(java.util.function.Supplier<Chromium> browser) {
        return new TestWatcher() {
            @Override
            public void testFailed(ExtensionContext context, Throwable cause) {
                Chromium chromium = browser.get();
                if (chromium == null) {
                    return;
                }
                try {
                    Path directory = Files.createDirectories(Path.of("target", "browser-screenshots"));
                    String name = context.getRequiredTestMethod().getName();
                    Files.copy(chromium.driver.getScreenshotAs(OutputType.FILE).toPath(), directory.resolve(name + ".png"),
                            StandardCopyOption.REPLACE_EXISTING);
                    Files.writeString(directory.resolve(name + ".html"), chromium.driver.getPageSource());
                } catch (IOException | RuntimeException e) {
                    System.err.println("No screenshot: " + e);
                }
            }
        };
    }

    /**
     * Runs axe-core (src/test/resources/axe/axe.min.js) on the page as it is and keeps its serious and
     * critical violations under the page's path; a test asserts {@link #violations} empty at its end.
     */
    @SuppressWarnings("unchecked")
    public void checkAccessibility() {
        if (axe == null) {
            try (var in = Chromium.class.getResourceAsStream("/axe/axe.min.js")) {
                axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        JavascriptExecutor js = driver;
        // A long form (a quarter's report, a year's calendar) takes axe-core more than the default 30 s on a busy machine.
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
        js.executeScript(axe);
        Object found = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
                    done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                        .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); }));
                }).catch(function (e) { done(['axe failed: ' + e]); });""");
        java.util.List<String> serious = (java.util.List<String>) found;
        if (!serious.isEmpty()) {
            violations.put(URI.create(driver.getCurrentUrl()).getPath(), serious);
        }
    }

    /** Scrolls the element to the middle of the window first, as a person would, so no sticky bar covers it. */
    public void click(By locator) {
        WebElement element = driver.findElement(locator);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /** Fetches a link with the browser's session, as the browser's download would; it must answer 200. */
    public HttpResponse<byte[]> download(String href) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            // A browser follows a redirect (an old address of a page) as a person never notices.
            HttpResponse<byte[]> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(href).isEqualTo(200);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
