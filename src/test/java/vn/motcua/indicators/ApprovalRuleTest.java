package vn.motcua.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.ApiClient;
import vn.motcua.ApiClient.Answer;
import vn.motcua.DemoSystemTest;

/**
 * Approval climbs the hierarchy: a commune's leader does not approve the report its own reporter
 * submitted, one leader does not submit and approve a merged commune's report alone, and a template
 * may let the same unit approve but never the account that submitted.
 */
@DemoSystemTest
class ApprovalRuleTest {

    /** The template of the three tiers (to 2025-Q2) and the one of the two tiers since (decision 0009). */
    private static final String THREE_TIERS = "/api/v1/reports/CCHC-2024/";
    private static final String TWO_TIERS = "/api/v1/reports/CCHC-2025/";

    @LocalServerPort
    int port;

    private ApiClient api() {
        return new ApiClient(port);
    }

    private String newAccount(String prefix, String agencyCode, String role) {
        String username = prefix + (System.nanoTime() % 1_000_000);
        Answer created = api().post("/api/v1/accounts", """
                {"username":"%s","fullName":"Thử phê duyệt","password":"Dung-mat-khau-9","agencyCode":"%s","roles":["%s"]}"""
                .formatted(username, agencyCode, role), "admin", "demo");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    private Answer act(String path, String action, String username, String password) {
        String base = path.compareTo("2025-Q3") >= 0 ? TWO_TIERS : THREE_TIERS;
        if (action.equals("submit")) {
            ReportCompletion.complete(api(), base.substring("/api/v1/reports/".length()) + path, username, password);
        }
        return api().post(base + path + "/" + action, action.equals("return") ? "{\"comment\":\"Xem lại\"}" : "", username, password);
    }

    @Test
    void aCommunesLeaderDoesNotApproveWhatItsReporterSubmittedTheProvinceDoes() {
        String path = "2025-Q3/15499";
        Answer submitted = act(path, "submit", "thoxuan", "demo");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);

        for (String action : new String[] { "approve", "return" }) {
            Answer refused = act(path, action, "chutich", "demo");
            assertThat(refused.status()).as(action).isEqualTo(403);
            assertThat(refused.json().get("message").asText()).contains("cấp trên");
        }
        assertThat(api().get(TWO_TIERS + path, "thoxuan", "demo").json().get("status").asText()).isEqualTo("SUBMITTED");

        String province = newAccount("tinh", "000.00.00.H56", "REFORM_OFFICER");
        Answer approved = act(path, "approve", province, "Dung-mat-khau-9");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void oneLeaderDoesNotSubmitAndApproveAMergedCommunesReportAlone() {
        String path = "2021-Q3/15493";
        Answer submitted = act(path, "submit", "chutich", "demo");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);

        Answer own = act(path, "approve", "chutich", "demo");
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("message").asText()).contains("Người gửi");
        // Another leader of the commune that carries the merged one on is the same level, not the one above.
        String colleague = newAccount("phochutich", "000.00.71.H56", "LEADER");
        assertThat(act(path, "approve", colleague, "Dung-mat-khau-9").status()).isEqualTo(403);

        // The district above it ended on 30 June 2025; the province above approves now.
        String province = newAccount("tinhld", "000.00.00.H56", "LEADER");
        Answer byProvince = act(path, "approve", province, "Dung-mat-khau-9");
        assertThat(byProvince.status()).as(byProvince.body()).isEqualTo(200);
        assertThat(byProvince.json().get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void aTemplateMayLetTheSameUnitApproveButNeverTheSubmitter() {
        assertThat(api().send("PUT", "/api/v1/templates/CCHC-2025/approval", "application/json", "{\"sameUnitMayApprove\":true}",
                "reform", "demo").status()).isEqualTo(403);
        assertThat(api().send("PUT", "/api/v1/templates/CCHC-2025/approval", "application/json", "{\"sameUnitMayApprove\":true}",
                "admin", "demo").status()).isEqualTo(200);
        try {
            assertThat(act("2025-Q4/15499", "submit", "thoxuan", "demo").status()).isEqualTo(200);
            Answer approved = act("2025-Q4/15499", "approve", "chutich", "demo");
            assertThat(approved.status()).as(approved.body()).isEqualTo(200);

            assertThat(act("2026-Q1/15499", "submit", "chutich", "demo").status()).isEqualTo(200);
            assertThat(act("2026-Q1/15499", "approve", "chutich", "demo").status()).isEqualTo(403);
        } finally {
            api().send("PUT", "/api/v1/templates/CCHC-2025/approval", "application/json", "{\"sameUnitMayApprove\":false}", "admin", "demo");
        }
        assertThat(api().get("/api/v1/templates/CCHC-2025/approval", "reform", "demo").json().get("sameUnitMayApprove").asBoolean())
                .isFalse();
        assertThat(api().get("/api/v1/audit?entityType=template&text=CCHC-2025", "admin", "demo").json())
                .extracting(e -> e.get("action").asText()).contains("template.approval-rule");
    }
}
