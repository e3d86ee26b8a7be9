package vn.motcua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.DemoSystemTest;
import vn.motcua.accounts.StaffDirectory;

/**
 * Debian's Chromium, headless, walks through MotCua as its users do: a clerk receives a dossier and
 * prints the official Mẫu 01 PDF, asks for a supplement (refused once, beside its field, for a past
 * deadline), the citizen reads what to bring, by when and where, the dossier goes on through a
 * specialist and the chairman, the result is returned, the citizen finds it with the code and phone
 * digits and opens the survey with both filled in; a leader opens the dossiers behind a count of the
 * overdue board; axe-core checks every page on the way; a commune reporter fills the quarter's form,
 * meets a validation message, fixes it and submits; the reform officer approves and downloads the
 * report. Skipped, with a notice, where no Chromium is installed; a failure leaves a screenshot in
 * target/browser-screenshots/.
 */
@DemoSystemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserWalkthroughTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffDirectory staff;

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

    /** Each walk answers for the pages it visits. */
    @BeforeEach
    void forgetEarlierPages() {
        chromium.violations.clear();
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
        chromium.checkAccessibility();
    }

    private String text() {
        return chromium.text();
    }

    /** Opens the action's own form in the panel (a details element), fills its one field and sends it. */
    private void act(String code, String action, String field, String value) {
        act(code, action, field == null ? Map.of() : Map.of(field, value));
        assertThat(text()).as(action).doesNotContain("Không thể").contains("Đã thực hiện");
    }

    /** Opens the action's own form, fills its fields (by the name after the action's) and sends it; the page it lands on is checked by axe-core. */
    private void act(String code, String action, Map<String, String> fields) {
        browser.get(url("/dossiers/" + code));
        chromium.checkAccessibility();
        click(By.cssSelector("#act-" + action + " > summary"));
        fields.forEach((field, value) -> {
            List<WebElement> radios = browser.findElements(By.cssSelector("#act-" + action + " input[type=radio][name='" + field + "']"))
                    .stream().filter(radio -> value.equals(radio.getAttribute("value"))).toList();
            WebElement input = radios.isEmpty() ? browser.findElement(By.id(action + "-" + field)) : radios.get(0);
            if (input.getTagName().equals("select")) {
                new Select(input).selectByValue(value);
            } else if ("radio".equals(input.getAttribute("type"))) {
                input.click();
            } else if ("date".equals(input.getAttribute("type"))) {
                // A date input takes its keys in the browser's locale order; the value is what the form sends.
                ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
            } else {
                input.sendKeys(value);
            }
        });
        WebElement send = browser.findElement(By.cssSelector("#act-" + action + " button[type=submit]"));
        click(By.cssSelector("#act-" + action + " button[type=submit]"));
        // Done, the dossier's page comes back by a redirect; refused, the form's answer shows it with the reason.
        wait.until(ExpectedConditions.stalenessOf(send));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        chromium.checkAccessibility();
    }

    /** The citizen's status page for the code and the last four phone digits, typed as given. */
    private void lookUp(String code, String digits) {
        browser.manage().deleteAllCookies();
        browser.get(url("/public/dossiers"));
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("phone")).sendKeys(digits);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
        chromium.checkAccessibility();
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

        chromium.checkAccessibility();
        // In giấy tiếp nhận is the official Mẫu 01 PDF; the plain slip's old address leads to it too.
        WebElement print = browser.findElement(By.id("print-receipt"));
        assertThat(print.getText()).isEqualTo("In giấy tiếp nhận");
        assertThat(print.getAttribute("href")).endsWith("/api/v1/dossiers/" + code + "/forms/receipt.pdf");
        assertThat(download(print.getAttribute("href"))).startsWith("%PDF");
        assertThat(download(url("/dossiers/" + code + "/receipt"))).as("the old slip's address").startsWith("%PDF");

        // A refused supplement request says why once, beside its field, and keeps what was typed.
        act(code, "REQUEST_SUPPLEMENT", Map.of("reason", "Thiếu bản sao sổ hộ khẩu", "deadline", "2000-01-01"));
        assertThat(browser.findElements(By.id("failure"))).as("no second copy of the refusal at the top").isEmpty();
        assertThat(browser.findElement(By.id("REQUEST_SUPPLEMENT-error")).getText()).contains("Hạn bổ sung");
        assertThat(text().split("Hạn bổ sung không được trước ngày yêu cầu", -1)).as("the refusal said once").hasSize(2);
        assertThat(browser.findElement(By.id("REQUEST_SUPPLEMENT-reason")).getAttribute("value")).isEqualTo("Thiếu bản sao sổ hộ khẩu");

        LocalDate bringBy = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30);
        act(code, "REQUEST_SUPPLEMENT", Map.of("reason", "Thiếu bản sao sổ hộ khẩu", "items", "Bản sao sổ hộ khẩu\nẢnh 4x6",
                "deadline", bringBy.toString()));
        assertThat(text()).contains("Đã thực hiện");
        // The citizen, with the code in lower case and a space copied along, reads what to bring, by when and where.
        lookUp("  " + code.toLowerCase(java.util.Locale.ROOT) + " ", "8135");
        String waiting = browser.findElement(By.id("supplement")).getText();
        assertThat(waiting).contains("Lý do: Thiếu bản sao sổ hộ khẩu").contains("Bản sao sổ hộ khẩu").contains("Ảnh 4x6")
                .contains("Hạn bổ sung: trước hết ngày " + bringBy.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .contains("Nơi nộp bổ sung: Bộ phận Một cửa, trụ sở UBND xã Thọ Xuân, tỉnh Thanh Hóa").contains("Giờ tiếp nhận: Thứ Hai");
        assertThat(browser.findElement(By.id("steps")).getText()).doesNotContain("…").contains("(đang thực hiện)");

        signIn("clerk");
        act(code, "SUPPLEMENT_RECEIVED", null, null);
        act(code, "ASSIGN", "assignee", "specialist");
        assertThat(browser.findElement(By.id("timeline")).getText()).as("the history names to whom it went")
                .contains("Giao cho").contains(fullName("specialist"));
        signIn("specialist");
        act(code, "FORWARD", null, null);
        signIn("chutich");
        act(code, "APPROVE", null, null);
        signIn("specialist");
        act(code, "COMPLETE", null, null);
        signIn("clerk");
        act(code, "RETURN_RESULT", "channel", "DIRECT");
        assertThat(text()).contains("Đã trả kết quả");
        assertThat(browser.findElement(By.id("current-step")).getText()).as("a returned dossier has no step left")
                .doesNotContain("Tiếp nhận").containsPattern("Đã trả kết quả lúc \\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}");
        assertThat(browser.findElement(By.id("handler")).getText()).as("who handled it last")
                .isEqualTo(fullName("specialist") + " (người xử lý cuối cùng)");

        lookUp(code, "8135");
        assertThat(browser.findElement(By.id("status")).getText()).contains(code).contains("Đã trả kết quả")
                .doesNotContain("Đinh Thị Xuân").doesNotContain("…");
        assertThat(browser.findElement(By.id("steps")).getText()).containsPattern("xong ngày \\d{2}/\\d{2}/\\d{4}");
        // The survey, from the status page, with the code and the digits already filled in.
        click(By.id("survey"));
        wait.until(ExpectedConditions.urlContains("/public/surveys"));
        assertThat(browser.findElement(By.id("code")).getAttribute("value")).isEqualTo(code);
        assertThat(browser.findElement(By.id("phone")).getAttribute("value")).isEqualTo("8135");
        chromium.checkAccessibility();
        assertThat(browser.findElement(By.cssSelector("#main-nav a[href$='/public/surveys']")).getAttribute("textContent"))
                .as("the survey in the public menu").contains("Đánh giá hài lòng");
        assertThat(chromium.violations).as("serious or critical accessibility violations, by page").isEmpty();
    }

    /** A leader opens the dossiers behind each count of the overdue board: as many as it says, all of that agency, all late. */
    @Test
    void theOverdueBoardOpensTheDossiersBehindEachCount() {
        signIn("leader");
        browser.get(url("/dossiers/overdue"));
        chromium.checkAccessibility();
        List<WebElement> counts = browser.findElements(By.cssSelector("#board a[href*='agency=']"));
        assertThat(counts).as("the board counts overdue dossiers").isNotEmpty();
        String agency = browser.findElement(By.cssSelector("#board tbody tr td")).getText();
        int count = Integer.parseInt(counts.get(0).findElement(By.tagName("span")).getText().replace(".", ""));
        click(By.cssSelector("#board a[href*='agency=']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agency-filter")));
        chromium.checkAccessibility();
        assertThat(browser.findElement(By.id("agency-filter")).getText()).contains(agency);
        assertThat(browser.findElements(By.cssSelector("#dossiers tbody tr.table-danger"))).hasSize(Math.min(count, 500));
        assertThat(browser.findElements(By.cssSelector("#dossiers tbody tr"))).hasSize(Math.min(count, 500));
        assertThat(chromium.violations).as("serious or critical accessibility violations, by page").isEmpty();
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
        WebElement send = browser.findElement(By.id("send-report"));
        click(By.id("send-report"));
        wait.until(ExpectedConditions.stalenessOf(send));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("send-report")));
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
        // An approved report is issued with its number: the approver is told it has none yet and writes it in first.
        assertThat(text()).contains("Báo cáo chỉ phê duyệt được khi đủ:").contains("Số ký hiệu của văn bản báo cáo");
        click(By.cssSelector("#missing-parts a[href$='/document#number']"));
        setValue("number", "46/BC-UBND");
        WebElement number = browser.findElement(By.id("number"));
        click(By.xpath("//form[.//textarea[@id='body0']]//button[@type='submit']"));
        wait.until(ExpectedConditions.stalenessOf(number));
        browser.get(url(form));
        assertThat(browser.findElements(By.id("missing-parts"))).as("nothing left before approval").isEmpty();
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
        java.util.Set<String> checked = new java.util.HashSet<>();
        for (String username : List.of("admin", "reform", "leader", "clerk", "specialist", "chutich", "reporter", "reporter2", "thoxuan")) {
            signIn(username);
            List<String> entries = browser.findElements(By.cssSelector("#main-nav ul.me-auto a[href]")).stream()
                    .map(a -> a.getAttribute("href")).filter(href -> !href.endsWith("#")).distinct().toList();
            assertThat(entries).as(username + "'s menu").hasSizeGreaterThan(2);
            for (String entry : entries) {
                browser.get(entry);
                // Each page once, as the first account to open it sees it (axe-core takes seconds on a long form);
                // Swagger UI is a third party's page the menu links to, not one of MotCua's.
                String page = java.net.URI.create(browser.getCurrentUrl()).getPath();
                if (!page.startsWith("/swagger-ui") && checked.add(page)) {
                    chromium.checkAccessibility();
                }
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
        assertThat(chromium.violations).as("serious or critical accessibility violations, by page").isEmpty();
    }

    /** The account's full name as the pages show it, read from the accounts' directory. */
    private String fullName(String username) {
        return staff.fullNames(List.of(username)).get(username);
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
