package vn.motcua.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.ApiClient;
import vn.motcua.ApiClient.Answer;
import vn.motcua.DemoSystemTest;

/** A procedure that requires a different approver: the leader who received the dossier is refused, another leader approves. */
@DemoSystemTest
class SeparateApprovalFlowTest {

    @LocalServerPort
    int port;

    @Test
    void theLeaderWhoReceivedTheDossierDoesNotApproveItsResult() {
        ApiClient api = new ApiClient(port);
        String code = "9.99" + (System.nanoTime() % 10_000);
        Answer procedure = api.post("/api/v1/procedures", """
                {"code":"%s","name":"Thủ tục phê duyệt tách biệt","fieldCode":"ho-tich","level":"COMMUNE","processingDays":5,
                 "onlineKind":"NONE","oneStop":true,"interAgency":"NONE","publishedOn":"2024-01-05","separateApproval":true}"""
                .formatted(code), "reform", "demo");
        assertThat(procedure.status()).as(procedure.body()).isEqualTo(201);
        assertThat(api.get("/api/v1/procedures/" + code, "clerk", "demo").json().get("separateApproval").asBoolean()).isTrue();

        Answer received = api.post("/api/v1/dossiers", """
                {"procedureCode":"%s","agencyCode":"000.00.71.H56","channel":"DIRECT",
                 "applicant":{"name":"Lê Văn Tách","phone":"0912000123"}}""".formatted(code), "chutich", "demo");
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        String dossier = received.json().get("code").asText();

        Answer refused = api.post("/api/v1/dossiers/" + dossier + "/actions", "{\"action\":\"APPROVE\"}", "chutich", "demo");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("message").asText()).contains("khác người đã tiếp nhận");

        String other = "phochutich" + (System.nanoTime() % 100_000);
        assertThat(api.post("/api/v1/accounts", """
                {"username":"%s","fullName":"Phó Chủ tịch","password":"Dung-mat-khau-9","agencyCode":"000.00.71.H56","roles":["LEADER"]}"""
                .formatted(other), "admin", "demo").status()).isEqualTo(201);
        Answer approved = api.post("/api/v1/dossiers/" + dossier + "/actions", "{\"action\":\"APPROVE\"}", other, "Dung-mat-khau-9");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
    }
}
