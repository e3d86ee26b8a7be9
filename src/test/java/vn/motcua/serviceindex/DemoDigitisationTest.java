package vn.motcua.serviceindex;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.serviceindex.CriterionChecks.assertCriterion;
import static vn.motcua.serviceindex.CriterionChecks.criterion;
import static vn.motcua.serviceindex.CriterionChecks.value;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;
import vn.motcua.serviceindex.IndexCard.Role;
import vn.motcua.shared.SystemActor;

/**
 * Số hóa in the demo: the present dossiers come with their documents' records through the import's bulk
 * path, so a commune's digitisation criteria (3.1, 3.2) read what its scanned papers and results give —
 * recounted here from the tables — rising over time and short of every dossier; the province's departments
 * have dossiers of their own and are ranked with figures; an imported document opens as a real PDF.
 */
@DemoSystemTest
class DemoDigitisationTest {

    private static final String THO_XUAN = "15499";
    private static final String PROVINCE = "38";
    private static final String QUARTER = "2026-Q3";
    private static final String DAY = "(%1$s at time zone 'Asia/Ho_Chi_Minh')::date >= :from and (%1$s at time zone 'Asia/Ho_Chi_Minh')::date < :to";

    @Autowired
    ServiceIndex index;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    @WithUserDetails("thoxuan")
    void aCommunesDigitisationCriteriaReadItsScannedPapersAndResultsRisingAndShortOfEveryDossier() {
        String code = jdbc.sql("select a.code from units_agency a join units_unit u on u.id = a.unit_id where u.code = :code"
                + " and u.valid_to is null and a.kind = 'PEOPLES_COMMITTEE'").param("code", THO_XUAN).query(String.class).single();
        long agency = jdbc.sql("select id from units_agency where code = ?").param(code).query(Long.class).single();
        IndexCard card = index.agencyCard(code, QUARTER);
        LocalDate from = card.from();
        LocalDate to = card.to();

        // 3.1 Dossiers whose first scanned paper as filed joined them in the quarter, out of those received.
        long received = count("select count(*) from dossiers_dossier where agency_id = :agency and " + DAY.formatted("received_at"),
                agency, from, to);
        long digitised = firstAttached("DOSSIER", agency, from, to);
        assertCriterion(criterion(card, "3.1"), digitised, received);
        assertThat(digitised).as("dossiers digitised at receipt").isPositive().isLessThan(received);

        // 3.2 Dossiers whose first scanned result joined them in the quarter, out of those resolved.
        long resolved = count("select count(*) from dossiers_dossier where agency_id = :agency and " + DAY.formatted("completed_at"),
                agency, from, to);
        long results = firstAttached("RESULT", agency, from, to);
        assertCriterion(criterion(card, "3.2"), results, resolved);
        assertThat(results).as("results digitised").isPositive().isLessThan(resolved);
        assertThat(criterion(card, "3.1").points()).isPositive();

        // The desk scans more of what it receives at the counter a year on than in the first quarter of the two tiers.
        IndexCard first = index.agencyCard(code, "2025-Q3");
        assertThat(counterShare(agency, from, to)).isGreaterThan(counterShare(agency, first.from(), first.to()) + 0.15);
        assertThat(value(criterion(first, "3.1"), Role.NUMERATOR)).isPositive();

        // The scans are of papers brought to the counter or by post: no online dossier of the demo has one.
        long scannedOnline = count("select count(*) from dossiers_dossier d join dossiers_action r on r.dossier_id = d.id"
                + " and r.seq = 1 and r.data ->> 'imported' = 'true' where d.agency_id = :agency and d.channel in ('ONLINE_PARTIAL',"
                + " 'ONLINE_FULL') and " + DAY.formatted("d.received_at") + " and exists (select 1 from dossiers_document g"
                + " where g.dossier_id = d.id and g.kind = 'DOSSIER' and g.origin = 'DIGITISED')", agency, from, to);
        assertThat(scannedOnline).isZero();
    }

    @Test
    void theProvincesDepartmentsOfTheDemoAreRankedWithTheirFigures() {
        List<RankedAgency> ranking = SystemActor.call(() -> index.agencyRanking(PROVINCE, QUARTER));
        for (String name : List.of("Sở Tư pháp tỉnh Thanh Hóa", "Sở Xây dựng tỉnh Thanh Hóa", "Sở Tài chính tỉnh Thanh Hóa")) {
            RankedAgency department = ranking.stream().filter(a -> a.agencyName().equals(name)).findFirst().orElseThrow();
            assertThat(department.score()).as("the score of %s", name).isNotNull();
            assertThat(department.place()).as("the place of %s", name).isPositive();
            // Received under the province's own procedures, in force in the demo catalogue.
            long notProvincial = jdbc.sql("""
                    select count(*) from dossiers_dossier d join units_agency a on a.id = d.agency_id
                    join procedures_version v on v.id = d.procedure_version_id where a.code = :code and v.level <> 'PROVINCE'""").param("code", department.agencyCode()).query(Long.class).single();
            assertThat(notProvincial).as("dossiers of %s under a procedure of another level", name).isZero();
        }
    }

    @Test
    void anImportedDocumentIsListedUnderItsOwnNameAndOpensAsAPdf() {
        ApiClient api = new ApiClient(port);
        String code = "CU-G" + System.nanoTime() % 100000000;
        String justice = jdbc.sql("select code from units_agency where name = 'Sở Tư pháp tỉnh Thanh Hóa'").query(String.class).single();
        String line = "{\"code\":\"" + code + "\",\"procedureCode\":\"1.002153\",\"agencyCode\":\"" + justice + "\",\"channel\":\"DIRECT\","
                + "\"applicant\":{\"name\":\"Nguyễn Thị Lan\",\"idNumber\":\"038190002222\",\"phone\":\"0912000333\"},"
                + "\"receivedAt\":\"2026-11-02T08:30:00+07:00\",\"completedAt\":\"2026-11-05T15:00:00+07:00\","
                + "\"documents\":[{\"requirement\":1,\"fileName\":\"Đơn đề nghị đăng ký hành nghề.pdf\",\"kind\":\"DOSSIER\","
                + "\"origin\":\"DIGITISED\"},{\"fileName\":\"Giấy đăng ký hành nghề luật sư\",\"kind\":\"RESULT\",\"origin\":\"DIGITISED\"}]}";
        ApiClient.Answer imported = api.send("POST", "/api/v1/imports/dossiers", "application/x-ndjson", line, "admin", "demo");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        JsonNode documents = api.get("/api/v1/dossiers/" + code + "/documents", "admin", "demo").json();
        assertThat(documents).extracting(d -> d.get("fileName").asText())
                .containsExactly("Đơn đề nghị đăng ký hành nghề.pdf", "Giấy đăng ký hành nghề luật sư");
        assertThat(documents.get(0).get("requirementName").asText()).isEqualTo("Đơn đề nghị đăng ký hành nghề luật sư");
        assertThat(documents).extracting(d -> d.get("kind").asText() + " " + d.get("origin").asText())
                .containsExactly("DOSSIER DIGITISED", "RESULT DIGITISED");
        for (JsonNode document : documents) {
            ApiClient.Download file = api.download("/api/v1/dossiers/" + code + "/documents/" + document.get("id").asText(), "admin",
                    "demo");
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(new String(file.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment").contains(".pdf");
        }
        // Counted as the index counts a desk's scans: the dossier digitised at its receipt, its result when it was completed.
        assertThat(jdbc.sql("select string_agg(m.measure || ' ' || m.day, ', ' order by m.measure) from dossiers_movement m"
                + " join dossiers_dossier d on d.id = m.dossier_id where d.code = ? and m.measure like '%Digitised'").param(code)
                .query(String.class).single()).isEqualTo("dossiers.documentsDigitised 2026-11-02, dossiers.resultsDigitised 2026-11-05");
        // Every imported document opens as the one shared file, stored once however many imports there were.
        assertThat(jdbc.sql("select count(*) from files_file where stored_by = 'motcua:shared'").query(Long.class).single()).isEqualTo(1);
        assertThat(StreamSupport.stream(documents.spliterator(), false).map(d -> d.get("fileId").asLong()).distinct()).hasSize(1);
    }

    @Test
    void aDocumentThatCannotBeIsNamedByItsLineAndNothingIsImported() {
        ApiClient api = new ApiClient(port);
        String code = "CU-H" + System.nanoTime() % 100000000;
        String start = "{\"procedureCode\":\"1.001193\",\"agencyCode\":\"000.35.14.H56\",\"channel\":\"DIRECT\","
                + "\"applicant\":{\"name\":\"Lê Văn Tâm\",\"phone\":\"0911000444\"},\"receivedAt\":\"2024-05-06T08:00:00+07:00\",\"code\":\"";
        String body = String.join("\n",
                start + code + "\",\"documents\":[{\"kind\":\"RESULT\",\"origin\":\"DIGITISED\"}]}",
                start + code + "-b\",\"documents\":[{\"requirement\":9,\"kind\":\"DOSSIER\",\"origin\":\"DIGITISED\"}]}",
                start + code + "-c\",\"documents\":[{\"requirement\":\"một\",\"kind\":\"DOSSIER\",\"origin\":\"SCAN\"}]}");
        ApiClient.Answer answer = api.send("POST", "/api/v1/imports/dossiers", "application/x-ndjson", body, "admin", "demo");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("details")).extracting(d -> d.get("field").asText()).containsExactly(
                "line 1: documents[0].kind", "line 2: documents[0].requirement", "line 3: documents[0].requirement",
                "line 3: documents[0].origin");
        assertThat(answer.json().get("details")).extracting(d -> d.get("message").asText()).contains(
                "Giấy tờ kết quả chỉ có ở hồ sơ đã có kết quả (completedAt, không bị từ chối, rút hay dừng).",
                "Thành phần hồ sơ số 9 không có: thủ tục có 2 thành phần.");
        assertThat(api.get("/api/v1/dossiers/" + code + "-b", "admin", "demo").status()).isEqualTo(404);
    }

    /** Dossiers of the agency whose first document of this kind, a scan, joined them in the window. */
    private long firstAttached(String kind, long agency, LocalDate from, LocalDate to) {
        return count("select count(*) from (select d.id, min(g.attached_at) as first from dossiers_document g"
                + " join dossiers_dossier d on d.id = g.dossier_id where g.kind = '" + kind + "' and g.origin = 'DIGITISED'"
                + " and d.agency_id = :agency group by d.id) f where " + DAY.formatted("f.first"), agency, from, to);
    }

    /** The share of the dossiers received at the counter or by post in the window that were scanned at receipt. */
    private double counterShare(long agency, LocalDate from, LocalDate to) {
        long counter = count("select count(*) from dossiers_dossier where agency_id = :agency and channel in ('DIRECT', 'POSTAL') and "
                + DAY.formatted("received_at"), agency, from, to);
        long scanned = count("select count(*) from dossiers_dossier d where d.agency_id = :agency and d.channel in ('DIRECT', 'POSTAL')"
                + " and " + DAY.formatted("d.received_at") + " and exists (select 1 from dossiers_document g where g.dossier_id = d.id"
                + " and g.kind = 'DOSSIER' and g.origin = 'DIGITISED')", agency, from, to);
        return (double) scanned / counter;
    }

    private long count(String sql, long agency, LocalDate from, LocalDate to) {
        return jdbc.sql(sql).param("agency", agency).param("from", from).param("to", to).query(Long.class).single();
    }
}
