package vn.motcua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.DemoSystemTest;

/**
 * Debian's Chromium, headless, walks through MotCua as its users do: a clerk receives a dossier and
 * prints the slip, a specialist processes it, the chairman approves, the result is returned, the
 * citizen finds it with the code and phone digits; a commune reporter fills the quarter's form,
 * meets a validation message, fixes it and submits; the reform officer approves and downloads the
 * report. Skipped, with a notice, where no Chromium is installed; a failure leaves a screenshot in
 * target/browser-screenshots/.
 */
@DemoSystemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserWalkthroughTest {

    @LocalServerPort
    int port;

    Chromium chromium;
    WebDriver browser;
    WebDriverWait wait;

    @RegisterExtension
    final TestWatcher screenshots = Chromium.screenshots(() -> chromium);

    @BeforeAll
    void startBrowser() throws IOException {
        chromium = Chromium.start("1280,1000", Duration.ofSeconds(15));
        browser = chromium.driver;
        wait = chromium.wait;
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** Opens the action's own form in the panel (a details element), fills its one field and sends it. */
    private void act(String code, String action, String field, String value) {
        browser.get(url("/dossiers/" + code));
        click(By.cssSelector("#act-" + action + " > summary"));
        if (field != null) {
            List<WebElement> radios = browser.findElements(By.id(action + "-" + field + "-" + value));
            WebElement input = radios.isEmpty() ? browser.findElement(By.id(action + "-" + field)) : radios.get(0);
            if (input.getTagName().equals("select")) {
                new Select(input).selectByValue(value);
            } else if ("radio".equals(input.getAttribute("type"))) {
                input.click();
            } else {
                input.sendKeys(value);
            }
        }
        click(By.cssSelector("#act-" + action + " button[type=submit]"));
        wait.until(ExpectedConditions.urlToBe(url("/dossiers/" + code)));
        assertThat(text()).as(action).doesNotContain("Không thể").contains("Đã thực hiện");
    }

    @Test
    void aDossierGoesFromTheCounterToTheCitizen() {
        signIn("clerk");
        browser.get(url("/dossiers/new"));
        WebElement procedure = browser.findElement(By.id("procedureCode"));
        procedure.sendKeys("1.004873 Cấp Giấy xác nhận tình trạng hôn nhân");
        procedure.sendKeys(org.openqa.selenium.Keys.TAB);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("doc-0"))).click();
        browser.findElement(By.id("name")).sendKeys("Đinh Thị Xuân");
        browser.findElement(By.id("phone")).sendKeys("0912468135");
        browser.findElement(By.id("address")).sendKeys("Thôn 5, xã Thọ Xuân");
        click(By.cssSelector("form[action$='/dossiers'] button[type=submit]"));
        wait.until(ExpectedConditions.urlMatches(".*/dossiers/H56\\.71-.*"));
        String code = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(text()).contains("Đã tiếp nhận hồ sơ").contains("Đinh Thị Xuân");

        click(By.cssSelector("a[href$='/receipt']"));
        assertThat(text()).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ").contains(code);
        browser.get(url("/dossiers/" + code));
        String slip = browser.findElement(By.cssSelector("a[href$='/forms/receipt.pdf']")).getAttribute("href");
        assertThat(download(slip)).startsWith("%PDF");

        act(code, "ASSIGN", "assignee", "specialist");
        signIn("specialist");
        act(code, "FORWARD", null, null);
        signIn("chutich");
        act(code, "APPROVE", null, null);
        signIn("specialist");
        act(code, "COMPLETE", null, null);
        signIn("clerk");
        act(code, "RETURN_RESULT", "channel", "DIRECT");
        assertThat(text()).contains("Đã trả kết quả");

        browser.manage().deleteAllCookies();
        browser.get(url("/public/dossiers"));
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("phone")).sendKeys("8135");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
        assertThat(browser.findElement(By.id("status")).getText()).contains(code).contains("Đã trả kết quả")
                .doesNotContain("Đinh Thị Xuân");
    }

    @Test
    void aCommuneReportIsFixedSubmittedApprovedAndDownloaded() {
        String form = "/reports/CCHC-2024/2022-Q2/15493";
        signIn("reporter");
        browser.get(url(form));
        setValue("v.2.4", "2");
        setValue("v.2.5", "5");
        click(By.xpath("//form[input[@name='version']]//button[@type='submit' and not(@name)]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert")));
        assertThat(text()).contains("lỗi phải sửa trước khi gửi").contains("không thể nhiều hơn số văn bản có kiến nghị xử lý");
        click(By.id("send-report"));
        assertThat(text()).doesNotContain("Đã gửi báo cáo.");
        browser.get(url(form));
        // Gửi báo cáo straight after typing the correction: what is on the screen is saved first.
        setValue("v.2.5", "1");
        click(By.id("send-report"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unanswered")));
        assertThat(browser.findElement(By.name("v.2.5")).getAttribute("value")).as("the correction typed before sending").isEqualTo("1");
        assertThat(text()).as("refused while rows are blank and the narrative unwritten").doesNotContain("Đã gửi báo cáo.")
                .contains("chỉ tiêu chưa có số liệu").contains("Mục III. ĐÁNH GIÁ CHUNG của văn bản báo cáo còn phần gợi ý");
        // The reporter answers every blank row with 0 (không phát sinh), as the list says.
        List<String> blank = browser.findElements(By.cssSelector("#unanswered a[href^='#row-']")).stream()
                .map(a -> a.getAttribute("href").substring(a.getAttribute("href").indexOf("#row-") + 5)).toList();
        assertThat(blank).isNotEmpty();
        blank.forEach(key -> setValue("v." + key, "0"));
        click(By.xpath("//form[input[@name='version']]//button[@type='submit' and not(@name)]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("missing-parts")));
        // …then follows the link to the narrative MotCua drafted and writes what its requests ask for.
        click(By.cssSelector("#missing-parts a"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("prompted-sections")));
        for (int i = 0; !browser.findElements(By.id("heading" + (i + 1))).isEmpty(); i++) {
            String body = browser.findElement(By.id("body" + i)).getAttribute("value");
            if (body.isBlank() || body.contains("[Gợi ý:")) {
                String written = body.isBlank() ? "Trong kỳ, xã thực hiện đúng kế hoạch cải cách hành chính."
                        : body.replaceAll("\\[Gợi ý: [^\\]]*\\]", "Trong kỳ, xã thực hiện đúng kế hoạch cải cách hành chính.");
                // The draft runs to thousands of characters: the officer's edit is set at once rather than typed key by key.
                ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                        browser.findElement(By.id("body" + i)), written);
            }
        }
        WebElement editor = browser.findElement(By.id("body0"));
        click(By.xpath("//form[.//textarea[@id='body0']]//button[@type='submit']"));
        wait.until(ExpectedConditions.stalenessOf(editor));
        browser.get(url(form));
        assertThat(browser.findElements(By.id("unanswered"))).as("nothing left missing").isEmpty();
        click(By.id("send-report"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã gửi báo cáo."));

        signIn("reform");
        browser.get(url(form));
        click(By.xpath("//form[contains(@action,'/approve')]//button"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã phê duyệt báo cáo."));
        browser.get(url("/reports/CCHC-2024/2024-Q1/395/document"));
        String word = browser.findElement(By.cssSelector("a[href$='/report.docx']")).getAttribute("href");
        assertThat(download(word)).startsWith("PK");
    }

    /**
     * Every demo account, moved with the reorganisation of 1 July 2025 or not, opens every entry of its
     * menu and lands on a working page of a unit that exists today: no error page, no unit chooser
     * opened on a dissolved unit, the report on the two-tier template.
     */
    @Test
    void everyDemoAccountOpensEveryMenuEntryOnATodaysUnit() {
        Map<String, String> problems = new LinkedHashMap<>();
        for (String username : List.of("admin", "reform", "leader", "clerk", "specialist", "chutich", "reporter", "reporter2", "thoxuan")) {
            signIn(username);
            List<String> entries = browser.findElements(By.cssSelector("#main-nav ul.me-auto a[href]")).stream()
                    .map(a -> a.getAttribute("href")).filter(href -> !href.endsWith("#")).distinct().toList();
            assertThat(entries).as(username + "'s menu").hasSizeGreaterThan(2);
            for (String entry : entries) {
                browser.get(entry);
                String where = username + " → " + entry.substring(url("").length());
                List<WebElement> heading = browser.findElements(By.cssSelector("main h1"));
                if (browser.getTitle().startsWith("Lỗi") || (!heading.isEmpty() && heading.get(0).getText().startsWith("Lỗi"))) {
                    problems.put(where, "error page: " + text().lines().limit(12).collect(Collectors.joining(" | ")));
                    continue;
                }
                for (WebElement chosen : browser.findElements(By.cssSelector("select#unitCode option:checked"))) {
                    WebElement group = chosen.findElement(By.xpath(".."));
                    if ("optgroup".equals(group.getTagName()) && "Đơn vị trước đây".equals(group.getAttribute("label"))) {
                        problems.put(where, "opens on a former unit: " + chosen.getText());
                    }
                }
                if (entry.endsWith("/reports") && !browser.getCurrentUrl().contains("/reports/CCHC-2025/")) {
                    problems.put(where, "report not on the two-tier template: " + browser.getCurrentUrl());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private void click(By locator) {
        chromium.click(locator);
    }

    private void setValue(String name, String value) {
        WebElement input = browser.findElement(By.name(name));
        input.clear();
        input.sendKeys(value);
    }

    /** The first four bytes of a link's download, fetched with the browser's session. */
    private String download(String href) {
        return new String(chromium.download(href).body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
