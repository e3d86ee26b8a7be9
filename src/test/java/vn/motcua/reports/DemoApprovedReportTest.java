package vn.motcua.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.ApiClient.Answer;
import vn.motcua.DemoSystemTest;
import vn.motcua.signatures.Pdfsig;

/**
 * The demo holds an approved report, as a system in use since 2025 would: Xã Thọ Xuân's 2026-Q3 report, entered and
 * submitted by the commune's reporter and approved by the province's reform officer, comes signed by the commune's
 * People's Committee — pdfsig, an independent reader, finds the signature valid — with the narrative the commune
 * completed, no request to the officer left in it.
 */
@DemoSystemTest
class DemoApprovedReportTest {

    private static final String REPORT = "/api/v1/reports/CCHC-2025/2026-Q3/15499";

    @LocalServerPort
    int port;

    @Test
    void theDemosApprovedReportIsServedSignedAndPdfsigFindsTheSignatureValid() throws Exception {
        ApiClient api = new ApiClient(port);
        JsonNode report = api.get(REPORT, "thoxuan", "demo").json();
        assertThat(report.get("status").asText()).isEqualTo("APPROVED");
        JsonNode entered = null;
        for (JsonNode row : report.get("rows")) {
            if (row.get("key").asText().equals("7.3.3")) {
                entered = row;
            }
        }
        assertThat(entered).as("row 7.3.3").isNotNull();
        assertThat(entered.get("value").decimalValue()).as("an entered figure as the commune typed it").isEqualByComparingTo("2040");

        ApiClient.Download pdf = api.download(REPORT + "/report.pdf", "reform", "demo");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(Pdfsig.check(pdf.body())).contains("Signature is Valid.").contains("Total document signed");

        Answer verified = api.upload("/api/v1/public/signatures/verify", Map.of(), "file", "bao-cao-quy-III-2026.pdf", pdf.body(), null,
                null);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("signer").asText()).isEqualTo("UBND xã Thọ Xuân");
        assertThat(verified.json().get("intact").asBoolean()).isTrue();

        try (PDDocument file = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(file).replaceAll("\\s+", " ");
            assertThat(text).contains("Bộ phận Một cửa của xã có phòng làm việc riêng").doesNotContain("Gợi ý");
        }
        assertThat(api.download(REPORT + "/report.pdf", "thoxuan", "demo").body()).as("served as kept, not signed again")
                .isEqualTo(pdf.body());
    }
}
