package vn.motcua.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.ApiClient.Answer;
import vn.motcua.DemoSystemTest;
import vn.motcua.SampleFiles;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaZone;

/**
 * Số hóa at the counter: a clerk of the agency attaches the scans of a dossier's papers and of its
 * result, each checked by its whole content, and downloads them again under their own names; staff
 * of another unit do not find them, staff who see the dossier masked may not read them; a refused
 * file leaves nothing behind; every attachment is a line of the dossier's history and of the audit
 * trail; and the digitisation measures count exactly the dossiers the records show.
 */
@DemoSystemTest
class DossierDocumentsTest {

    /** Cấp Giấy xác nhận tình trạng hôn nhân: one required document, the declaration. */
    private static final String MARITAL_STATUS = "1.004873";
    private static final String DECLARATION = "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân";
    private static final String THO_XUAN = "000.00.71.H56";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DossierDocuments documents;

    @Autowired
    MotCuaZone zone;

    private ApiClient api;
    private String suffix;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        suffix = String.format("%06d", System.nanoTime() % 1_000_000);
    }

    private String receive(String idNumber, String channel) {
        Answer received = api.post("/api/v1/dossiers", """
                {"procedureCode":"%s","agencyCode":"%s","channel":"%s",
                 "applicant":{"name":"Lê Thị Số Hóa","idNumber":"%s","phone":"0912%s","address":"Thôn Đông, xã Thọ Xuân"}}"""
                .formatted(MARITAL_STATUS, THO_XUAN, channel, idNumber, suffix), "clerk", "demo");
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        return received.json().get("code").asText();
    }

    private Answer attach(String code, String fileName, byte[] content, Map<String, String> fields, String username) {
        return api.upload("/api/v1/dossiers/" + code + "/documents", fields, "file", fileName, content, username, "demo");
    }

    private long stored() {
        return jdbc.sql("select (select count(*) from files_file) + (select count(*) from files_chunk)"
                + " + (select count(*) from dossiers_document) + (select count(*) from dossiers_action)").query(Long.class).single();
    }

    @Test
    void aClerkOfTheAgencyAttachesAScanAndDownloadsItUnderItsName() {
        String code = receive("038190" + suffix, "DIRECT");
        byte[] scan = SampleFiles.pdf(1_500_000);
        Answer attached = attach(code, "Tờ khai xác nhận tình trạng hôn nhân.pdf", scan, Map.of("requirement", "1", "digitised", "true"),
                "clerk");
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        JsonNode document = attached.json();
        assertThat(document.get("fileName").asText()).isEqualTo("Tờ khai xác nhận tình trạng hôn nhân.pdf");
        assertThat(document.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(document.get("size").asLong()).isEqualTo(scan.length);
        assertThat(document.get("requirement").asInt()).isEqualTo(1);
        assertThat(document.get("requirementName").asText()).isEqualTo(DECLARATION);
        assertThat(document.get("kind").asText()).isEqualTo("DOSSIER");
        assertThat(document.get("origin").asText()).isEqualTo("DIGITISED");
        assertThat(document.get("attachedBy").asText()).isEqualTo("clerk");

        Answer list = api.get("/api/v1/dossiers/" + code + "/documents", "clerk", "demo");
        assertThat(list.json().valueStream().map(d -> d.get("fileName").asText()).toList())
                .containsExactly("Tờ khai xác nhận tình trạng hôn nhân.pdf");

        ApiClient.Download download = api.download("/api/v1/dossiers/" + code + "/documents/" + document.get("id").asLong(), "specialist",
                "demo");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(scan);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue("attachment; "
                + "filename=\"To khai xac nhan tinh trang hon nhan.pdf\"; filename*=UTF-8''T%E1%BB%9D%20khai%20x%C3%A1c%20nh%E1%BA%ADn%20"
                + "t%C3%ACnh%20tr%E1%BA%A1ng%20h%C3%B4n%20nh%C3%A2n.pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");

        JsonNode history = api.get("/api/v1/dossiers/" + code, "clerk", "demo").json().get("history");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("action").asText()).isEqualTo("ATTACH_DOCUMENT");
        assertThat(last.get("actor").asText()).isEqualTo("clerk");
        assertThat(last.get("data").get("fileName").asText()).isEqualTo("Tờ khai xác nhận tình trạng hôn nhân.pdf");
        assertThat(jdbc.sql("select summary from audit_entry where action = 'dossier.attach_document' and entity_id = ?").param(code)
                .query(String.class).list()).singleElement().asString().contains("Tờ khai xác nhận tình trạng hôn nhân.pdf")
                .contains(DECLARATION).contains("DIGITISED");
    }

    @Test
    void staffOfAnotherUnitFindNothingAndStaffWhoSeeItMaskedMayNotReadIt() {
        String code = receive("038191" + suffix, "DIRECT");
        long id = attach(code, "giay-to.pdf", SampleFiles.pdf(), Map.of(), "clerk").json().get("id").asLong();
        long before = stored();
        // Since 1 July 2025 the leader heads Xã Sao Vàng: Thọ Xuân's dossiers are not within its reach.
        assertThat(api.get("/api/v1/dossiers/" + code + "/documents", "leader", "demo").status()).isEqualTo(404);
        assertThat(api.download("/api/v1/dossiers/" + code + "/documents/" + id, "leader", "demo").status()).isEqualTo(404);
        assertThat(attach(code, "khac.pdf", SampleFiles.pdf(), Map.of(), "leader").status()).isEqualTo(404);
        // The reporter sees Thọ Xuân's dossiers masked: the papers are the applicant's.
        assertThat(api.get("/api/v1/dossiers/" + code + "/documents", "reporter", "demo").status()).isEqualTo(403);
        assertThat(api.download("/api/v1/dossiers/" + code + "/documents/" + id, "reporter", "demo").status()).isEqualTo(403);
        String masked = api.get("/api/v1/dossiers/" + code, "reporter", "demo").body();
        assertThat(masked).contains("ATTACH_DOCUMENT").doesNotContain("giay-to.pdf");
        assertThat(stored()).isEqualTo(before);
        assertThat(api.download("/api/v1/dossiers/" + code + "/documents/" + (id + 1_000_000), "clerk", "demo").status()).isEqualTo(404);
    }

    @Test
    void aFileThatIsNotWhatItSaysOrTooLargeIsRefusedAndNothingIsStored() {
        String code = receive("038192" + suffix, "POSTAL");
        long before = stored();
        Object[][] disguises = { { "giay-khai-sinh.pdf", SampleFiles.HTML },
                { "to-khai.pdf", SampleFiles.join("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), SampleFiles.HTML) },
                { "don.docx", SampleFiles.zip("index.html", SampleFiles.HTML) } };
        for (Object[] disguise : disguises) {
            Answer refused = attach(code, (String) disguise[0], (byte[]) disguise[1], Map.of("requirement", "1"), "clerk");
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            JsonNode detail = refused.json().get("details").get(0);
            assertThat(detail.get("field").asText()).isEqualTo("file");
            assertThat(detail.get("message").asText()).contains("“" + disguise[0] + "”");
        }
        Answer noSuchRequirement = attach(code, "to-khai.pdf", SampleFiles.pdf(), Map.of("requirement", "2"), "clerk");
        assertThat(noSuchRequirement.status()).isEqualTo(422);
        assertThat(noSuchRequirement.json().get("details").get(0).get("field").asText()).isEqualTo("requirement");
        Answer resultTooEarly = attach(code, "ket-qua.pdf", SampleFiles.pdf(), Map.of("kind", "RESULT"), "clerk");
        assertThat(resultTooEarly.status()).as("no result before it is approved").isEqualTo(409);

        byte[] oversized = SampleFiles.pdf(20 * 1024 * 1024);
        Answer tooLarge = attach(code, "ban-quet-toan-bo.pdf", oversized, Map.of(), "clerk");
        assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(413);
        assertThat(tooLarge.json().get("error").asText()).isEqualTo("too_large");
        assertThat(tooLarge.json().get("message").asText()).contains("20 MB");
        assertThat(stored()).as("no file, chunk, document or history line left behind").isEqualTo(before);
    }

    private JsonNode measure(String measure, String unitCode, String filters) {
        LocalDate today = zone.today();
        Answer answer = api.get("/api/v1/dossiers/measures/" + measure + "?unitCode=" + unitCode + "&from=" + today + "&to="
                + today.plusDays(1) + "&withDossiers=true" + filters, "admin", "demo");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> codes(JsonNode figure) {
        List<String> codes = new ArrayList<>();
        figure.get("dossierCodes").forEach(c -> codes.add(c.asText()));
        return codes;
    }

    /** What the records say: the dossiers of the unit whose first document of the kind and origin joined them today. */
    private List<String> recorded(String unitCode, String kind, String origin, boolean reused) {
        LocalDate today = zone.today();
        return jdbc.sql("""
                select d.code from dossiers_dossier d join units_unit u on u.id = d.unit_id
                where u.code = ? and exists (select 1 from dossiers_document g where g.dossier_id = d.id
                      and (? or g.kind = ?) and (? or g.origin = ?) and (not ? or g.reused_from is not null))
                  and (select min(g.attached_at) from dossiers_document g where g.dossier_id = d.id
                      and (? or g.kind = ?) and (? or g.origin = ?) and (not ? or g.reused_from is not null))
                      >= cast(? as timestamp) at time zone 'Asia/Ho_Chi_Minh'
                  and (select min(g.attached_at) from dossiers_document g where g.dossier_id = d.id
                      and (? or g.kind = ?) and (? or g.origin = ?) and (not ? or g.reused_from is not null))
                      < cast(? as timestamp) at time zone 'Asia/Ho_Chi_Minh'
                order by d.code""")
                .params(unitCode, kind == null, String.valueOf(kind), origin == null, String.valueOf(origin), reused,
                        kind == null, String.valueOf(kind), origin == null, String.valueOf(origin), reused, today.toString(),
                        kind == null, String.valueOf(kind), origin == null, String.valueOf(origin), reused, today.plusDays(1).toString())
                .query(String.class).list();
    }

    @Test
    @WithUserDetails("clerk")
    void theDigitisationMeasuresCountTheDossiersTheRecordsShow() {
        String scanned = receive("038193" + suffix, "DIRECT");
        String unit = api.get("/api/v1/dossiers/" + scanned, "clerk", "demo").json().get("unitCode").asText();
        long digitisedBefore = measure(DossierMeasures.DOCUMENTS_DIGITISED, unit, "").get("value").asLong();
        long resultsBefore = measure(DossierMeasures.RESULTS_DIGITISED, unit, "").get("value").asLong();
        long reusedBefore = measure(DossierMeasures.DOCUMENTS_REUSED, unit, "").get("value").asLong();

        // Two scans of one dossier count it once; a born-digital file of another does not count it as digitised.
        long first = attach(scanned, "to-khai.pdf", SampleFiles.pdf(), Map.of("requirement", "1"), "clerk").json().get("id").asLong();
        assertThat(attach(scanned, "cccd.png", SampleFiles.image("png"), Map.of(), "clerk").status()).isEqualTo(201);
        String electronic = receive("038194" + suffix, "ONLINE_FULL");
        assertThat(attach(electronic, "to-khai.docx", SampleFiles.docx(), Map.of("digitised", "false", "requirement", "1"), "clerk")
                .status()).isEqualTo(201);
        // The result of the first, once approved, is scanned too.
        for (String action : List.of("{\"action\":\"APPROVE\"}", "{\"action\":\"COMPLETE\"}")) {
            assertThat(api.post("/api/v1/dossiers/" + scanned + "/actions", action, "chutich", "demo").status()).isEqualTo(200);
        }
        assertThat(attach(scanned, "giay-xac-nhan.pdf", SampleFiles.pdf(), Map.of("kind", "RESULT"), "clerk").status()).isEqualTo(201);
        // A later dossier of the same applicant reuses the declaration instead of a new scan (the portal's path, through the service).
        String later = receive("038193" + suffix, "DIRECT");
        long fileId = api.get("/api/v1/dossiers/" + scanned + "/documents", "clerk", "demo").json().get(0).get("fileId").asLong();
        DossierDocument reused = documents.attach(later, fileId, 1, DocumentKind.DOSSIER, DocumentOrigin.DIGITISED, first);
        assertThat(reused.reusedFrom()).isEqualTo(first);
        String stranger = receive("038195" + suffix, "DIRECT");
        assertThatThrownBy(() -> documents.attach(stranger, fileId, 1, DocumentKind.DOSSIER, DocumentOrigin.DIGITISED, first))
                .as("another applicant's paper").isInstanceOf(InvalidInputException.class);

        JsonNode digitised = measure(DossierMeasures.DOCUMENTS_DIGITISED, unit, "");
        assertThat(digitised.get("value").asLong()).isEqualTo(digitisedBefore + 2);
        assertThat(codes(digitised)).contains(scanned, later).doesNotContain(electronic)
                .containsExactlyElementsOf(recorded(unit, "DOSSIER", "DIGITISED", false));
        JsonNode results = measure(DossierMeasures.RESULTS_DIGITISED, unit, "");
        assertThat(results.get("value").asLong()).isEqualTo(resultsBefore + 1);
        assertThat(codes(results)).contains(scanned).containsExactlyElementsOf(recorded(unit, "RESULT", "DIGITISED", false));
        JsonNode reuses = measure(DossierMeasures.DOCUMENTS_REUSED, unit, "");
        assertThat(reuses.get("value").asLong()).isEqualTo(reusedBefore + 1);
        assertThat(codes(reuses)).contains(later).containsExactlyElementsOf(recorded(unit, null, null, true));
        assertThat(codes(measure(DossierMeasures.DOCUMENTS_DIGITISED, unit, "&channel=ONLINE_FULL,ONLINE_PARTIAL")))
                .doesNotContain(scanned, later);
        assertThat(codes(measure(DossierMeasures.DOCUMENTS_DIGITISED, unit, "&channel=DIRECT"))).contains(scanned, later);
    }
}
