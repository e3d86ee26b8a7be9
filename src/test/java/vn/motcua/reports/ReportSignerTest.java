package vn.motcua.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/** The report's signer is one of the leaders of the unit's People's Committee today, kept with the name and the agency. */
@DemoSystemTest
class ReportSignerTest {

    private static final String COMMUNE = "/api/v1/reports/CCHC-2025/2026-Q4/15499";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void theSignerIsChosenAmongTheCommitteesLeadersAndAnOutsiderIsRefusedByField() throws Exception {
        JsonNode signers = api.get(COMMUNE + "/document/signers", "thoxuan", "demo").json();
        // Leaders only (other tests may add more to the committee): the chairman, not its reporters or the other commune's chairman.
        assertThat(signers.findValuesAsString("username")).contains("chutich").doesNotContain("leader", "thoxuan", "reporter");
        JsonNode chairman = java.util.stream.StreamSupport.stream(signers.spliterator(), false)
                .filter(s -> s.get("username").asText().equals("chutich")).findFirst().orElseThrow();
        assertThat(chairman.get("name").asText()).isEqualTo("Lê Đình Sơn");
        assertThat(chairman.get("agencyName").asText()).isEqualTo("UBND xã Thọ Xuân");

        // The chairman of Sao Vàng leads another committee: refused, the field and the reason named.
        ApiClient.Answer outsider = api.send("PUT", COMMUNE + "/document", "application/json", document("\"signerAccount\":\"leader\""),
                "thoxuan", "demo");
        assertThat(outsider.status()).isEqualTo(422);
        assertThat(outsider.body()).contains("\"field\":\"signerAccount\"").contains("không phải lãnh đạo Ủy ban nhân dân");
        // A typed name nobody holds is refused too, naming the old field.
        ApiClient.Answer typed = api.send("PUT", COMMUNE + "/document", "application/json", document("\"signer\":\"Lê Thị Hoa\""),
                "thoxuan", "demo");
        assertThat(typed.status()).isEqualTo(422);
        assertThat(typed.body()).contains("\"field\":\"signer\"");

        ApiClient.Answer chosen = api.send("PUT", COMMUNE + "/document", "application/json", document("\"signerAccount\":\"chutich\""),
                "thoxuan", "demo");
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        JsonNode saved = api.get(COMMUNE + "/document", "thoxuan", "demo").json();
        assertThat(saved.get("signerAccount").asText()).isEqualTo("chutich");
        assertThat(saved.get("signer").asText()).isEqualTo("Lê Đình Sơn");
        assertThat(saved.get("signerAgency").asText()).isEqualTo("UBND xã Thọ Xuân");
        // The Word report names the signer under the title block.
        assertThat(wordText(COMMUNE + "/report.docx")).contains("Lê Đình Sơn");
    }

    @Test
    void theSeededReportKeepsItsTypedSignerReadable() {
        JsonNode seeded = api.get("/api/v1/reports/CCHC-2024/2024-Q1/395/document", "reform", "demo").json();
        assertThat(seeded.get("signer").asText()).isEqualTo("Nguyễn Xuân Hải");
        assertThat(seeded.get("signerAccount").isNull()).isTrue();
    }

    /** The text of the Word file at the path, downloaded as the reporter, its runs run together. */
    private String wordText(String path) throws Exception {
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://localhost:" + port + path)).header("Authorization", "Basic "
                        + java.util.Base64.getEncoder().encodeToString("thoxuan:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(response.body()));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static String document(String signer) {
        return """
                {"authority":"UBND XÃ THỌ XUÂN","number":"15/BC-UBND","place":"Thọ Xuân","issuedOn":"2026-12-10",
                 "title":"Tình hình cải cách hành chính quý IV năm 2026","addressee":"Sở Nội vụ tỉnh Thanh Hóa.",
                 "sections":[{"heading":"I. KẾT QUẢ","body":"Tiếp nhận {3.3.1} hồ sơ."}],
                 "signatureRole":"CHỦ TỊCH",%s,"recipients":"- Lưu: VT."}""".formatted(signer);
    }
}
