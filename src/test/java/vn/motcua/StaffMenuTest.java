package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The staff menu offers office work; the API's documentation, for the engineers of connected systems, only to administrators. */
@DemoSystemTest
class StaffMenuTest {

    @LocalServerPort
    int port;

    @Test
    void theApiDocumentationIsInTheAdministratorsMenuOnly() {
        for (String officer : new String[] { "clerk", "chutich", "reform", "reporter" }) {
            TestBrowser browser = new TestBrowser(port);
            browser.signIn(officer, "demo");
            assertThat(browser.open("/procedures").body()).as(officer).contains("href=\"/procedures\"")
                    .doesNotContain("href=\"/swagger-ui.html\"");
        }
        TestBrowser admin = new TestBrowser(port);
        admin.signIn("admin", "demo");
        assertThat(admin.open("/procedures").body()).contains("href=\"/swagger-ui.html\"", "Tài liệu API cho hệ thống kết nối");
    }
}
