package vn.motcua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

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
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.DemoSystemTest;

/**
 * Headless Chromium as the people who pick someone on a page: a leader records a dialogue choosing its chair from
 * the unit's leaders (no name to type), a commune reporter chooses the report's signer from the committee's leaders;
 * the administrator's payment and certificate pages; axe-core checks every page on the way.
 */
@DemoSystemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChoosingPeopleBrowserTest {

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

    @Test
    void aLeaderRecordsADialogueChoosingTheChairFromTheUnitsLeaders() {
        signIn("leader");
        browser.get(url("/feedback/dialogues"));
        chromium.checkAccessibility();
        assertThat(browser.findElements(By.name("chairedBy"))).as("no typed chair").isEmpty();
        new Select(browser.findElement(By.id("d-unit"))).selectByVisibleText("Xã Sao Vàng");
        Select chair = new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("chairAccount"))));
        List<String> offered = chair.getOptions().stream().map(WebElement::getText).toList();
        assertThat(offered).contains("Nguyễn Xuân Hải — UBND xã Sao Vàng").noneMatch(o -> o.startsWith("Lê Đình Sơn"));

        // Sent without a chair: refused with the field's words, nothing recorded.
        setValue("title", "Đối thoại với hộ kinh doanh về đăng ký trực tuyến");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('heldOn').value = arguments[0];",
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
        setValue("participants", "35");
        setValue("issues", "Hướng dẫn đăng ký hộ kinh doanh trên Cổng dịch vụ công");
        chromium.click(By.cssSelector("form[method=post][action$='/feedback/dialogues'] button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-danger")));
        assertThat(browser.findElement(By.cssSelector(".alert-danger")).getText()).startsWith("Người chủ trì:");

        new Select(browser.findElement(By.id("d-unit"))).selectByVisibleText("Xã Sao Vàng");
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("chairAccount"))))
                .selectByVisibleText("Nguyễn Xuân Hải — UBND xã Sao Vàng");
        setValue("title", "Đối thoại với hộ kinh doanh về đăng ký trực tuyến");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('heldOn').value = arguments[0];",
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
        setValue("participants", "35");
        setValue("issues", "Hướng dẫn đăng ký hộ kinh doanh trên Cổng dịch vụ công");
        chromium.click(By.cssSelector("form[method=post][action$='/feedback/dialogues'] button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
        chromium.checkAccessibility();
        assertThat(text()).contains("Đối thoại với hộ kinh doanh về đăng ký trực tuyến")
                .contains("Chủ trì: Nguyễn Xuân Hải — UBND xã Sao Vàng");
        assertThat(chromium.violations).as("serious or critical accessibility violations, by page").isEmpty();
    }

    @Test
    void aReporterChoosesTheReportsSignerFromTheCommitteesLeaders() {
        signIn("thoxuan");
        browser.get(url("/reports/CCHC-2025/2026-Q4/15499/document"));
        chromium.checkAccessibility();
        assertThat(browser.findElements(By.cssSelector("input[name=signer]:not([type=hidden])"))).as("no typed signer").isEmpty();
        Select signer = new Select(browser.findElement(By.id("signerAccount")));
        List<String> signers = signer.getOptions().stream().map(WebElement::getText).toList();
        assertThat(signers).startsWith("— Chưa chọn người ký —").contains("Lê Đình Sơn — UBND xã Thọ Xuân")
                .noneMatch(o -> o.startsWith("Nguyễn Xuân Hải") || o.startsWith("Vũ Đức Anh"));
        signer.selectByVisibleText("Lê Đình Sơn — UBND xã Thọ Xuân");
        chromium.click(By.cssSelector("form[method=post][action$='/document'] button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
        chromium.checkAccessibility();
        assertThat(new Select(browser.findElement(By.id("signerAccount"))).getFirstSelectedOption().getText())
                .isEqualTo("Lê Đình Sơn — UBND xã Thọ Xuân");
        browser.get(url("/reports/CCHC-2025/2026-Q4/15499/preview"));
        assertThat(text()).contains("Lê Đình Sơn");
        assertThat(chromium.violations).as("serious or critical accessibility violations, by page").isEmpty();
    }

    @Test
    void theAdministratorsPaymentAndCertificatePagesPassAxe() {
        signIn("admin");
        for (String page : List.of("/admin/payments", "/admin/payments?province=38", "/admin/signatures")) {
            browser.get(url(page));
            assertThat(browser.getTitle()).as(page).doesNotStartWith("Lỗi");
            chromium.checkAccessibility();
        }
        assertThat(chromium.violations).as("serious or critical accessibility violations, by page").isEmpty();
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

    private void setValue(String name, String value) {
        WebElement input = browser.findElement(By.name(name));
        input.clear();
        input.sendKeys(value);
    }
}
