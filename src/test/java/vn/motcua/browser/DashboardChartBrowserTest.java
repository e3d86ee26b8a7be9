package vn.motcua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.DemoSystemTest;

/**
 * QA 03/12/2026: the dashboard's charts drew bars of 0 for the quarters the table calls "Chưa có số liệu". In Chromium, as
 * drawn: those quarters are gaps in every chart, their labels and tooltips say "chưa có số liệu"; a quarter with records
 * keeps its bars, a true 0 included.
 */
@DemoSystemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardChartBrowserTest {

    @LocalServerPort
    int port;

    Chromium chromium;

    @RegisterExtension
    final TestWatcher screenshots = Chromium.screenshots(() -> chromium);

    @BeforeAll
    void startBrowser() throws IOException {
        chromium = Chromium.start("1366,1000", Duration.ofSeconds(15));
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void quartersWithoutRecordsAreGapsSayingSoNotBarsOfZero() {
        var browser = chromium.driver;
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("reform");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        chromium.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        // Xã Xuân Thiên, a commune of the district no test adds dossiers to, from Q1/2024 to Q2/2025: Q1/2024 full, Q2/2024
        // nothing received but 3 of the seed quarter's dossiers resolved, then four empty quarters until it merged on 01/07/2025.
        browser.get("http://localhost:" + port + "/dashboard?unitCode=15559&period=2025-Q2");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        chromium.wait.until(d -> Boolean.TRUE.equals(js.executeScript(
                "return typeof Chart !== 'undefined' && !!Chart.getChart('chart-received');")));
        List<Object> labels = (List<Object>) js.executeScript("return Chart.getChart('chart-received').data.labels;");
        assertThat(labels).hasSize(6);
        assertThat(labels.get(0)).isEqualTo("Quý I năm 2024");
        assertThat(labels.get(1)).isEqualTo("Quý II năm 2024");
        for (Object label : labels.subList(2, 6)) {
            assertThat((List<Object>) label).as("an empty quarter's label").hasSize(2).element(1).isEqualTo("(chưa có số liệu)");
        }
        for (String chart : new String[] { "chart-received", "chart-rates", "chart-apologies" }) {
            List<List<Object>> data = (List<List<Object>>) js.executeScript(
                    "return Chart.getChart(arguments[0]).data.datasets.map(function (d) { return d.data; });", chart);
            for (List<Object> dataset : data) {
                assertThat(dataset.subList(2, 6)).as(chart + ": no bar or point for an empty quarter").containsOnlyNulls();
            }
        }
        List<List<Object>> received = (List<List<Object>>) js.executeScript(
                "return Chart.getChart('chart-received').data.datasets.map(function (d) { return d.data; });");
        assertThat(received.stream().mapToLong(d -> ((Number) d.get(0)).longValue()).sum()).as("Q1/2024 received").isPositive();
        assertThat(received.get(0).get(1)).as("Q2/2024 received nothing but has records: a true 0").isEqualTo(0L);
        Object title = js.executeScript("var c = Chart.getChart('chart-apologies');"
                + "return c.options.plugins.tooltip.callbacks.title([{ dataIndex: 3 }]);");
        assertThat(title).isEqualTo("Quý IV năm 2024 — chưa có số liệu");
    }
}
