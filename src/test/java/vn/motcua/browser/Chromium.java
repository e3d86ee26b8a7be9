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

    private Chromium(ChromeDriver driver, Duration patience) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, patience);
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
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
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
