package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.SampleFiles;
import vn.motcua.browser.Chromium;
import vn.motcua.shared.Period;

/**
 * The "done when", in Debian's Chromium at 390 px wide, as a phone shows MotCua: a citizen
 * finds birth registration, registers (the code read from the mail server), fills the e-form and
 * attaches two PDFs, submits; the clerk receives it and asks for a supplement; the citizen uploads it
 * online; the result is returned online and downloaded from "Hồ sơ của tôi"; the quarter's row 3.3.1
 * counts it online. axe-core checks every public and citizen page on the way: no serious or critical
 * violation.
 */
@CitizenSystemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitizenOnlineBrowserTest {

    @LocalServerPort
    int port;

    Chromium chromium;
    WebDriver browser;
    WebDriverWait wait;

    @RegisterExtension
    final TestWatcher screenshots = Chromium.screenshots(() -> chromium);

    @BeforeAll
    void startBrowser() throws IOException {
        chromium = Chromium.start("390,900", Duration.ofSeconds(20));
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

    private String text() {
        return chromium.text();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    private void checkAccessibility() {
        chromium.checkAccessibility();
    }

    private void signIn(String username) {
        signIn(username, "demo");
    }

    private void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void click(By locator) {
        chromium.click(locator);
    }

    private void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private void act(String code, String action, Map<String, String> fields) {
        browser.get(url("/dossiers/" + code));
        // The action's own form opens from its summary in the dossier's panel; its fields are named after it.
        click(By.cssSelector("#act-" + action + " > summary"));
        fields.forEach((id, value) -> {
            List<WebElement> radios = browser.findElements(By.id(action + "-" + id + "-" + value));
            WebElement input = radios.isEmpty() ? browser.findElement(By.id(action + "-" + id)) : radios.get(0);
            if ("radio".equals(input.getAttribute("type"))) {
                input.click();
            } else if (input.getTagName().equals("select")) {
                new Select(input).selectByValue(value);
            } else if ("date".equals(input.getAttribute("type"))) {
                js().executeScript("arguments[0].value = arguments[1];", input, value);
            } else {
                input.sendKeys(value);
            }
        });
        WebElement send = browser.findElement(By.cssSelector("#act-" + action + " button[type=submit]"));
        click(By.cssSelector("#act-" + action + " button[type=submit]"));
        // The form sits on the dossier's page, so the address alone does not say the answer has come: the old page must go.
        wait.until(ExpectedConditions.stalenessOf(send));
        wait.until(ExpectedConditions.urlToBe(url("/dossiers/" + code)));
        assertThat(text()).as(action).contains("Đã thực hiện");
    }

    /** A link's download with the browser's session: always an attachment. */
    private byte[] download(String href) {
        HttpResponse<byte[]> response = chromium.download(href);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        return response.body();
    }

    private static Path pdf(String name) throws IOException {
        Path file = Files.createTempDirectory("motcua-upload").resolve(name);
        Files.write(file, SampleFiles.pdf());
        return file;
    }

    /** Row 3.3.1's fully online line of the running quarter for Xã Thọ Xuân, as the report shows it. */
    private long quarterOnline() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Period quarter = null;
        for (int year = today.getYear(); year <= today.getYear() + 1 && quarter == null; year++) {
            for (int q = 1; q <= 4; q++) {
                Period p = Period.parse(year + "-Q" + q);
                if (!today.isBefore(p.windowStart()) && today.isBefore(p.windowEnd())) {
                    quarter = p;
                }
            }
        }
        JsonNode report = new ApiClient(port).get("/api/v1/reports/CCHC-2025/" + quarter.name() + "/15499", "reform", "demo").json();
        for (JsonNode row : report.get("rows")) {
            if (row.get("key").asText().equals("3.3.1.online4")) {
                return row.get("value").asLong();
            }
        }
        throw new AssertionError("no row 3.3.1.online4");
    }

    @Test
    void aCitizenFilesABirthRegistrationFromAPhoneAndDownloadsTheResult() throws IOException {
        long onlineBefore = quarterOnline();

        // A visitor finds the procedure; applying online asks to sign in first.
        browser.manage().deleteAllCookies();
        browser.get(url("/public/procedures?q=khai+sinh"));
        checkAccessibility();
        browser.get(url("/public/procedures/1.001193"));
        assertThat(text()).contains("Tờ khai điện tử", "Quan hệ của người đi khai với người được khai sinh");
        checkAccessibility();
        click(By.cssSelector("#apply-online a"));
        wait.until(ExpectedConditions.urlContains("/login"));
        checkAccessibility();

        // No account yet: register, confirm with the code mailed, sign in.
        click(By.cssSelector("a[href='/public/register']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fullName")));
        checkAccessibility();
        long n = System.nanoTime() % 100_000_000L;
        String email = "lan.nguyen" + n + "@thoxuan.example";
        type("fullName", "Nguyễn Thị Lan");
        type("idNumber", String.format("0381%08d", n));
        type("phone", "0987" + String.format("%06d", n % 1_000_000));
        type("email", email);
        type("password", "Hoa-sen-no-2026");
        type("passwordAgain", "Hoa-sen-no-2026");
        click(By.cssSelector("form[action$='/public/register'] button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
        checkAccessibility();
        type("code", CitizenServers.codeMailedTo(email, 0));
        click(By.cssSelector("form[action$='/public/register/confirm'] button[type=submit]"));
        wait.until(ExpectedConditions.urlContains("/login"));
        checkAccessibility();
        type("username", email);
        type("password", "Hoa-sen-no-2026");
        click(By.cssSelector("form button[type=submit]"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.get(url("/citizen/submissions/new?procedure=1.001193"));

        // The form: the applicant comes from the account; the e-form is the procedure's.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("eform")));
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Nguyễn Thị Lan");
        checkAccessibility();
        new Select(browser.findElement(By.id("agencyCode"))).selectByValue("000.00.71.H56");
        type("f-ho_ten", "LÊ MINH KHÔI");
        // The date typed day first, as on every Vietnamese form, whatever the browser's language.
        assertThat(browser.findElement(By.id("f-ngay_sinh")).getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        type("f-ngay_sinh", "25/11/2026");
        new Select(browser.findElement(By.id("f-gioi_tinh"))).selectByVisibleText("Nam");
        type("f-dan_toc", "Kinh");
        type("f-quoc_tich", "Việt Nam");
        type("f-noi_sinh", "Trung tâm Y tế Thọ Xuân");
        type("f-ho_ten_me", "Nguyễn Thị Lan");
        type("f-noi_cu_tru", "Thôn Xuân Phố, xã Thọ Xuân");
        new Select(browser.findElement(By.id("f-quan_he"))).selectByVisibleText("Mẹ");
        click(By.cssSelector("#submission-form button[value=save]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("documents")));
        String page = browser.getCurrentUrl();
        long submission = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));

        // Submitting before the papers are attached is refused, naming them; what was typed stays.
        click(By.id("submit-button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("problems")));
        // The tờ khai is the e-form just filled: only the other paper is asked for.
        assertThat(browser.findElement(By.id("problems")).getText()).contains("Giấy chứng sinh").doesNotContain("Tờ khai đăng ký khai sinh");
        assertThat(browser.findElement(By.id("requirement-1")).getText()).contains("Đã kê khai trực tuyến");
        assertThat(browser.findElement(By.id("f-ho_ten")).getAttribute("value")).isEqualTo("LÊ MINH KHÔI");
        assertThat(browser.findElement(By.id("f-ngay_sinh")).getAttribute("value")).isEqualTo("25/11/2026");
        // The file fields speak Vietnamese: their own button and the chosen file's name, not "Choose File / No file chosen".
        assertThat(browser.findElement(By.cssSelector("#requirement-2 .file-picker-button")).getText()).isEqualTo("Chọn tệp");
        assertThat(browser.findElement(By.cssSelector("#requirement-2 .file-picker-name")).getText()).isEqualTo("Chưa chọn tệp");
        checkAccessibility();

        // Two PDFs, each uploaded with its progress shown, listed without leaving the page.
        for (int requirement : List.of(1, 2)) {
            browser.findElement(By.id("file-" + requirement)).sendKeys(pdf("giay-to-" + requirement + ".pdf").toString());
            assertThat(browser.findElement(By.cssSelector("#requirement-" + requirement + " .file-picker-name")).getText())
                    .isEqualTo("giay-to-" + requirement + ".pdf");
            click(By.cssSelector("#requirement-" + requirement + " form.upload button[type=submit]"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#requirement-" + requirement + " .upload-status"),
                    "Đã tải lên giay-to-" + requirement + ".pdf"));
        }
        click(By.id("submit-button"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã nộp hồ sơ tới UBND xã Thọ Xuân"));
        String citizen = email;
        checkAccessibility();

        // The clerk receives it at the desk and asks for a supplement.
        signIn("clerk");
        // The staff's date fields too are typed day first and sent as the date they name.
        browser.get(url("/dossiers"));
        assertThat(browser.findElement(By.id("from")).getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        type("from", "01/12/2026");
        assertThat(browser.findElement(By.cssSelector("input[type=hidden][name=from]")).getAttribute("value")).isEqualTo("2026-12-01");
        type("from", "31/02/2026");
        assertThat(browser.findElement(By.cssSelector("input[type=hidden][name=from]")).getAttribute("value")).isEmpty();
        assertThat((String) js().executeScript("return arguments[0].validationMessage;", browser.findElement(By.id("from"))))
                .contains("ngày/tháng/năm");
        browser.get(url("/desk/submissions"));
        click(By.linkText("TT-" + submission));
        click(By.id("receive"));
        wait.until(ExpectedConditions.urlMatches(".*/dossiers/H56\\.71-.*"));
        String code = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(quarterOnline()).as("row 3.3.1's fully online line of the quarter").isEqualTo(onlineBefore + 1);
        act(code, "REQUEST_SUPPLEMENT", Map.of("reason", "Giấy chứng sinh chụp thiếu trang 2", "items",
                "Giấy chứng sinh (đủ 2 trang)", "deadline", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(5).toString()));

        // The citizen sees what is asked and uploads it online.
        signIn(citizen, "Hoa-sen-no-2026");
        browser.get(url("/citizen"));
        checkAccessibility();
        click(By.cssSelector("a[href='/citizen/dossiers/" + code + "']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("supplement")));
        assertThat(browser.findElement(By.id("supplement")).getText()).contains("Giấy chứng sinh (đủ 2 trang)", "Hạn bổ sung");
        checkAccessibility();
        browser.findElement(By.id("supplement-files")).sendKeys(pdf("giay-chung-sinh-du-trang.pdf").toString());
        click(By.cssSelector("#supplement button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã nộp bổ sung"));
        assertThat(text()).contains("Đang xử lý");
        checkAccessibility();

        // The commune completes it, attaches the result and returns it online.
        signIn("chutich");
        act(code, "COMPLETE", Map.of());
        signIn("clerk");
        browser.get(url("/dossiers/" + code));
        attachResult(code);
        act(code, "RETURN_RESULT", Map.of("channel", "ONLINE"));

        // The citizen downloads the result from "Hồ sơ của tôi".
        signIn(citizen, "Hoa-sen-no-2026");
        browser.get(url("/citizen/dossiers/" + code));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result")));
        checkAccessibility();
        // "Tiếp nhận lúc" gives the hour as well as the day.
        assertThat(text()).containsPattern("Tiếp nhận lúc\\s+\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}");
        String result = browser.findElement(By.cssSelector("#result a")).getAttribute("href");
        assertThat(new String(download(result), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");

        assertThat(chromium.violations).as("serious or critical accessibility violations, by page").isEmpty();
    }

    /** The result's file on the dossier's page: born digital, signed and issued electronically. */
    private void attachResult(String code) throws IOException {
        browser.findElement(By.id("document-file")).sendKeys(pdf("giay-khai-sinh.pdf").toString());
        new Select(browser.findElement(By.id("document-kind"))).selectByValue("RESULT");
        WebElement digitised = browser.findElement(By.id("document-digitised"));
        if (digitised.isSelected()) {
            click(By.id("document-digitised"));
        }
        click(By.cssSelector("form[action$='/documents'] button[type=submit]"));
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("giay-khai-sinh.pdf"));
    }
}
