package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;
import vn.motcua.TestBrowser;
import vn.motcua.SampleFiles;

/**
 * Online submission from the citizen's draft to the desk's decision, through the API as a phone app
 * or another portal would use it: a draft filled from the profile, answers checked against the
 * procedure's e-form, documents attached, submitted once, and received by the clerk into one dossier.
 */
@DemoSystemTest
class SubmissionFlowTest {

    /** Đăng ký khai sinh: fully online at commune level; UBND xã Thọ Xuân, where the demo's clerk works. */
    static final String BIRTH = "1.001193";
    static final String THO_XUAN = "000.00.71.H56";
    static final String BIRTH_FORM = """
            {"ho_ten":"NGUYỄN MINH KHANG","ngay_sinh":"20/11/2026","gioi_tinh":"Nam","dan_toc":"Kinh","quoc_tich":"Việt Nam",
             "noi_sinh":"Trạm Y tế xã Thọ Xuân","ho_ten_me":"Lê Thị Mai","noi_cu_tru":"Thôn Xuân Phố, xã Thọ Xuân","quan_he":"Mẹ"}""";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    Citizens citizens;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        citizens = new Citizens(context);
    }

    private static String draft(String procedure, String agency, String form) {
        return "{\"procedureCode\":\"" + procedure + "\",\"agencyCode\":\"" + agency + "\",\"form\":" + form + "}";
    }

    /** A birth registration submitted by a new citizen with both papers attached; its id. */
    long submitted(String citizen) {
        long id = api.post("/api/v1/citizen/submissions", draft(BIRTH, THO_XUAN, BIRTH_FORM), citizen, "demo").json().get("id").asLong();
        attach(citizen, id, 1, "to-khai.pdf");
        attach(citizen, id, 2, "giay-chung-sinh.pdf");
        ApiClient.Answer submit = api.post("/api/v1/citizen/submissions/" + id + "/submit", "", citizen, "demo");
        assertThat(submit.status()).as(submit.body()).isEqualTo(200);
        return id;
    }

    private JsonNode attach(String citizen, long id, int requirement, String name) {
        ApiClient.Answer answer = api.upload("/api/v1/citizen/submissions/" + id + "/documents",
                Map.of("requirement", String.valueOf(requirement)), "file", name, SampleFiles.pdf(), citizen, "demo");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    /**
     * The e-form is the tờ khai: a citizen who has filled it is not asked to upload "Tờ khai đăng ký khai sinh" as a file
     * (the page says "Đã kê khai trực tuyến"), submits with the other paper only, and the desk's dossier counts the
     * declaration as received. The date is shown and typed day first.
     */
    @Test
    void theEFormAnswersTheDeclarationSoOnlyTheOtherPapersAreUploaded() {
        String citizen = citizens.create("Đỗ Thị Lan", true);
        long id = api.post("/api/v1/citizen/submissions", draft(BIRTH, THO_XUAN, BIRTH_FORM), citizen, "demo").json().get("id").asLong();
        TestBrowser browser = new TestBrowser(port);
        browser.signIn(citizen, "demo");
        String page = browser.open("/citizen/submissions/" + id).body();
        String declaration = page.substring(page.indexOf("id=\"requirement-1\""), page.indexOf("id=\"requirement-2\""));
        assertThat(declaration).contains("Tờ khai đăng ký khai sinh", ">Đã kê khai trực tuyến<", "không cần tải tệp lên")
                .doesNotContain(">Chưa có<");
        assertThat(page.substring(page.indexOf("id=\"requirement-2\""))).contains("Giấy chứng sinh", ">Chưa có<");
        assertThat(page).contains("id=\"f-ngay_sinh\"", "value=\"20/11/2026\"", "placeholder=\"dd/mm/yyyy\"",
                "Ngày/tháng/năm, ví dụ 25/11/2026.").doesNotContain("type=\"date\"");

        attach(citizen, id, 2, "giay-chung-sinh.pdf");
        ApiClient.Answer submit = api.post("/api/v1/citizen/submissions/" + id + "/submit", "", citizen, "demo");
        assertThat(submit.status()).as(submit.body()).isEqualTo(200);
        assertThat(browser.open("/citizen/submissions/" + id).body()).contains("Tờ khai đăng ký khai sinh: Đã kê khai trực tuyến");
        assertThat(browser.open("/desk/submissions/" + id).status()).isEqualTo(403);
        // The clerk reads it in staff words: the declaration made online, the result downloaded by the citizen on the portal.
        TestBrowser clerk = new TestBrowser(port);
        clerk.signIn("clerk", "demo");
        String desk = clerk.open("/desk/submissions/" + id).body();
        assertThat(desk).contains("Trực tuyến — công dân tải về trên Cổng dịch vụ công", ">Đã kê khai trực tuyến<")
                .doesNotContain("tải về tại Hồ sơ của tôi");

        ApiClient.Answer received = api.post("/api/v1/submissions/" + id + "/receive", "", "clerk", "demo");
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        JsonNode checklist = api.get("/api/v1/dossiers/" + received.json().get("code").asText(), "clerk", "demo").json().get("checklist");
        assertThat(checklist.get(0).get("name").asText()).isEqualTo("Tờ khai đăng ký khai sinh");
        assertThat(checklist.get(0).get("received").asBoolean()).isTrue();
        assertThat(checklist.get(1).get("received").asBoolean()).isTrue();
    }

    /** The demo citizen lives in Xã Thọ Xuân: a new birth registration starts with its commune's People's Committee chosen. */
    @Test
    void aNewSubmissionStartsAtTheAgencyOfTheCitizensCommune() {
        TestBrowser browser = new TestBrowser(port);
        browser.signIn("congdan", "demo");
        String page = browser.open("/citizen/submissions/new?procedure=" + BIRTH).body();
        String agencies = page.substring(page.indexOf("id=\"agencyCode\""), page.indexOf("</select>", page.indexOf("id=\"agencyCode\"")));
        assertThat(agencies).containsPattern("<option value=\"" + java.util.regex.Pattern.quote(THO_XUAN) + "\" selected=\"selected\">UBND xã Thọ Xuân");
        assertThat(agencies.split("<option", -1).length).as("other communes still offered").isGreaterThan(3);
    }

    @Test
    void aCitizenSavesADraftFromTheProfileThenSubmitsOnceNothingIsMissing() {
        String citizen = citizens.create("Phạm Thị Hoa", true);
        ApiClient.Answer created = api.post("/api/v1/citizen/submissions",
                draft(BIRTH, THO_XUAN, "{\"ho_ten\":\"PHẠM MINH AN\",\"gioi_tinh\":\"Nữ\"}"), citizen, "demo");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode draft = created.json();
        long id = draft.get("id").asLong();
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("applicant").get("name").asText()).isEqualTo("Phạm Thị Hoa");
        assertThat(draft.get("returnChannel").asText()).isEqualTo("ONLINE");

        // Submitting now names every required field and paper still missing, and changes nothing.
        ApiClient.Answer refused = api.post("/api/v1/citizen/submissions/" + id + "/submit", "", citizen, "demo");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Chưa điền \\\"Ngày, tháng, năm sinh\\\"", "Chưa điền \\\"Nơi sinh\\\"",
                "Giấy chứng sinh").doesNotContain("Họ, chữ đệm và tên người cha");
        assertThat(api.get("/api/v1/citizen/submissions/" + id, citizen, "demo").json().get("status").asText()).isEqualTo("DRAFT");

        ApiClient.Answer saved = api.send("PUT", "/api/v1/citizen/submissions/" + id, "application/json",
                draft(BIRTH, THO_XUAN, BIRTH_FORM.replace("Lê Thị Mai", "Phạm Thị Hoa")), citizen, "demo");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("form").get("ngay_sinh").asText()).isEqualTo("2026-11-20");
        JsonNode uploaded = attach(citizen, id, 1, "tờ khai.pdf");
        assertThat(uploaded.get("fileName").asText()).isEqualTo("tờ khai.pdf");
        assertThat(uploaded.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(uploaded.get("size").asLong()).isPositive();
        attach(citizen, id, 2, "giay-chung-sinh.pdf");

        ApiClient.Answer first = api.post("/api/v1/citizen/submissions/" + id + "/submit", "", citizen, "demo");
        ApiClient.Answer second = api.post("/api/v1/citizen/submissions/" + id + "/submit", "", citizen, "demo");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(second.json().get("history")).hasSize(1);
        // One e-mail and one SMS, not two of each.
        assertThat(api.get("/api/v1/notifications/messages?reference=TT-" + id, "admin", "demo").json())
                .extracting(m -> m.get("event").asText() + " " + m.get("channel").asText())
                .containsExactlyInAnyOrder("submission.submitted EMAIL", "submission.submitted SMS");

        // While it waits at the desk it can no longer change.
        assertThat(api.upload("/api/v1/citizen/submissions/" + id + "/documents", Map.of("requirement", "1"), "file", "them.pdf",
                SampleFiles.pdf(), citizen, "demo").status()).isEqualTo(409);
        assertThat(api.get("/api/v1/submissions?agencyCode=" + THO_XUAN + "&status=SUBMITTED", "clerk", "demo").json())
                .extracting(s -> s.get("id").asLong()).contains(id);
    }

    @Test
    void whatDoesNotFitIsRefusedNamingItAndNothingIsStored() {
        String citizen = citizens.create("Đỗ Văn Tùng", true);
        // Chứng thực chữ ký: not offered online at all.
        ApiClient.Answer notOnline = api.post("/api/v1/citizen/submissions", draft("2.000884", THO_XUAN, "{}"), citizen, "demo");
        assertThat(notOnline.status()).isEqualTo(422);
        assertThat(notOnline.body()).contains("procedureCode").contains("không nhận hồ sơ trực tuyến");
        // The district's household business registration, abolished on 1 July 2025.
        assertThat(api.post("/api/v1/citizen/submissions", draft("1.001612", THO_XUAN, "{}"), citizen, "demo").status()).isEqualTo(422);
        // A commune procedure at the province's People's Committee.
        ApiClient.Answer wrongAgency = api.post("/api/v1/citizen/submissions", draft(BIRTH, "000.00.00.H56", "{}"), citizen, "demo");
        assertThat(wrongAgency.status()).isEqualTo(422);
        assertThat(wrongAgency.body()).contains("agencyCode");
        // A date that does not exist and a choice the form does not offer: both named by their labels.
        ApiClient.Answer badAnswers = api.post("/api/v1/citizen/submissions",
                draft(BIRTH, THO_XUAN, "{\"ngay_sinh\":\"31/02/2026\",\"gioi_tinh\":\"Khác\"}"), citizen, "demo");
        assertThat(badAnswers.status()).isEqualTo(422);
        assertThat(badAnswers.json().get("details")).extracting(d -> d.get("field").asText()).containsExactly("form.ngay_sinh", "form.gioi_tinh");
        assertThat(badAnswers.body()).contains("Ngày, tháng, năm sinh").contains("Giới tính").contains("Nam, Nữ");
        // Đăng ký kết hôn is offered partly online: the result cannot come back online.
        ApiClient.Answer onlineReturn = api.post("/api/v1/citizen/submissions",
                "{\"procedureCode\":\"1.000894\",\"agencyCode\":\"" + THO_XUAN + "\",\"returnChannel\":\"ONLINE\"}", citizen, "demo");
        assertThat(onlineReturn.status()).isEqualTo(422);
        assertThat(onlineReturn.body()).contains("returnChannel");
        assertThat(api.get("/api/v1/citizen/submissions", citizen, "demo").json()).isEmpty();

        long id = api.post("/api/v1/citizen/submissions", draft(BIRTH, THO_XUAN, "{}"), citizen, "demo").json().get("id").asLong();
        ApiClient.Answer html = api.upload("/api/v1/citizen/submissions/" + id + "/documents", Map.of("requirement", "1"), "file",
                "to-khai.pdf", SampleFiles.HTML, citizen, "demo");
        assertThat(html.status()).isEqualTo(422);
        ApiClient.Answer noSuchPaper = api.upload("/api/v1/citizen/submissions/" + id + "/documents", Map.of("requirement", "9"),
                "file", "to-khai.pdf", SampleFiles.pdf(), citizen, "demo");
        assertThat(noSuchPaper.status()).isEqualTo(422);
        assertThat(api.get("/api/v1/citizen/submissions/" + id, citizen, "demo").json().get("documents")).isEmpty();
    }

    @Test
    void aCitizenNeverReachesAnothersSubmission() {
        String owner = citizens.create("Ngô Thị Lan", true);
        String other = citizens.create("Trịnh Văn Hùng", true);
        long id = api.post("/api/v1/citizen/submissions", draft(BIRTH, THO_XUAN, "{}"), owner, "demo").json().get("id").asLong();
        long document = attach(owner, id, 1, "to-khai.pdf").get("id").asLong();
        assertThat(api.get("/api/v1/citizen/submissions/" + id, other, "demo").status()).isEqualTo(404);
        assertThat(api.send("PUT", "/api/v1/citizen/submissions/" + id, "application/json", draft(BIRTH, THO_XUAN, "{}"), other, "demo")
                .status()).isEqualTo(404);
        assertThat(api.post("/api/v1/citizen/submissions/" + id + "/submit", "", other, "demo").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/citizen/submissions/" + id + "/documents/" + document, other, "demo").status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/v1/citizen/submissions/" + id + "/documents/" + document, null, null, other, "demo").status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/citizen/submissions", other, "demo").json()).isEmpty();
        // Nor does the desk see a draft.
        assertThat(api.get("/api/v1/submissions/" + id, "clerk", "demo").status()).isEqualTo(404);
    }

    @Test
    void anUnconfirmedCitizenCannotSubmit() {
        String citizen = citizens.create("Vũ Thị Nga", false);
        long id = api.post("/api/v1/citizen/submissions", draft(BIRTH, THO_XUAN, BIRTH_FORM), citizen, "demo").json().get("id").asLong();
        attach(citizen, id, 1, "to-khai.pdf");
        attach(citizen, id, 2, "giay-chung-sinh.pdf");
        ApiClient.Answer refused = api.post("/api/v1/citizen/submissions/" + id + "/submit", "", citizen, "demo");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("message").asText()).contains("xác nhận");
        assertThat(api.get("/api/v1/citizen/submissions/" + id, citizen, "demo").json().get("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void theClerkReceivesItIntoOneDossierWhateverTheClicks() throws Exception {
        String citizen = citizens.create("Bùi Thị Thu", true);
        long id = submitted(citizen);
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<ApiClient.Answer>> clicks = List.of(1, 2).stream().map(n -> CompletableFuture.supplyAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return api.post("/api/v1/submissions/" + id + "/receive", "", "clerk", "demo");
        })).toList();
        List<ApiClient.Answer> answers = clicks.stream().map(CompletableFuture::join).toList();
        assertThat(answers).extracting(ApiClient.Answer::status).containsExactlyInAnyOrder(201, 200);
        String code = answers.get(0).json().get("code").asText();
        assertThat(answers.get(1).json().get("code").asText()).isEqualTo(code);
        assertThat(answers.get(0).json().get("channel").asText()).isEqualTo("ONLINE_FULL");
        assertThat(code).startsWith("H56.71-");

        JsonNode dossier = api.get("/api/v1/dossiers/" + code, "clerk", "demo").json();
        assertThat(dossier.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(dossier.get("dueAt").isNull()).isFalse();
        assertThat(dossier.get("applicant").get("name").asText()).isEqualTo("Bùi Thị Thu");
        assertThat(jdbc.sql("select count(*) from dossiers_online_applicant a join dossiers_dossier d on d.id = a.dossier_id"
                + " where d.applicant_name = 'Bùi Thị Thu'").query(Long.class).single()).isEqualTo(1);
        JsonNode documents = api.get("/api/v1/dossiers/" + code + "/documents", "clerk", "demo").json();
        assertThat(documents).extracting(d -> d.get("origin").asText()).containsOnly("BORN_DIGITAL").hasSize(2);
        assertThat(documents).extracting(d -> d.get("requirement").asInt()).containsExactlyInAnyOrder(1, 2);

        JsonNode after = api.get("/api/v1/citizen/submissions/" + id, citizen, "demo").json();
        assertThat(after.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(after.get("dossierCode").asText()).isEqualTo(code);
        assertThat(api.get("/api/v1/citizen/dossiers", citizen, "demo").json()).extracting(d -> d.get("code").asText()).containsExactly(code);
        assertThat(api.get("/api/v1/submissions?agencyCode=" + THO_XUAN, "clerk", "demo").json())
                .extracting(s -> s.get("id").asLong()).doesNotContain(id);
    }

    @Test
    void theDeskAsksForCompletionTheCitizenCompletesAndResubmits() {
        String citizen = citizens.create("Lương Văn Đức", true);
        long id = submitted(citizen);
        ApiClient.Answer noItems = api.post("/api/v1/submissions/" + id + "/request-completion",
                "{\"reason\":\"Thiếu giấy tờ\",\"items\":[]}", "clerk", "demo");
        assertThat(noItems.status()).isEqualTo(422);
        ApiClient.Answer asked = api.post("/api/v1/submissions/" + id + "/request-completion",
                "{\"reason\":\"Giấy chứng sinh bị mờ, không đọc được\",\"items\":[\"Giấy chứng sinh (bản rõ nét)\"]}", "clerk", "demo");
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        assertThat(asked.json().get("status").asText()).isEqualTo("COMPLETION_REQUESTED");

        JsonNode seen = api.get("/api/v1/citizen/submissions/" + id, citizen, "demo").json();
        assertThat(seen.get("requests").get(0).get("reason").asText()).isEqualTo("Giấy chứng sinh bị mờ, không đọc được");
        assertThat(seen.get("requests").get(0).get("items").get(0).asText()).isEqualTo("Giấy chứng sinh (bản rõ nét)");
        assertThat(seen.get("requests").get(0).get("answered").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/notifications/messages?reference=TT-" + id, "admin", "demo").json())
                .extracting(m -> m.get("event").asText()).contains("submission.completion-requested");

        long blurred = seen.get("documents").get(1).get("id").asLong();
        assertThat(api.send("DELETE", "/api/v1/citizen/submissions/" + id + "/documents/" + blurred, null, null, citizen, "demo").status())
                .isEqualTo(204);
        attach(citizen, id, 2, "giay-chung-sinh-ro.pdf");
        JsonNode again = api.post("/api/v1/citizen/submissions/" + id + "/submit", "", citizen, "demo").json();
        assertThat(again.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(again.get("requests").get(0).get("answered").asBoolean()).isTrue();
        assertThat(again.get("documents")).extracting(d -> d.get("fileName").asText()).contains("giay-chung-sinh-ro.pdf")
                .doesNotContain("giay-chung-sinh.pdf");
    }

    @Test
    void aRefusalTellsWhyAndEndsTheSubmission() {
        String citizen = citizens.create("Mai Thị Hạnh", true);
        long id = submitted(citizen);
        assertThat(api.post("/api/v1/submissions/" + id + "/refuse", "{\"reason\":\"\"}", "clerk", "demo").status()).isEqualTo(422);
        ApiClient.Answer refused = api.post("/api/v1/submissions/" + id + "/refuse",
                "{\"reason\":\"Trẻ sinh tại tỉnh khác, đề nghị đăng ký tại nơi cư trú của cha, mẹ\"}", "clerk", "demo");
        assertThat(refused.json().get("status").asText()).isEqualTo("REFUSED");
        JsonNode seen = api.get("/api/v1/citizen/submissions/" + id, citizen, "demo").json();
        assertThat(seen.get("history").get(1).get("reason").asText()).contains("nơi cư trú");
        assertThat(api.post("/api/v1/citizen/submissions/" + id + "/submit", "", citizen, "demo").status()).isEqualTo(409);
        assertThat(api.post("/api/v1/submissions/" + id + "/receive", "", "clerk", "demo").status()).isEqualTo(409);
    }

    @Test
    void aSubmissionIsWithdrawnBeforeReceiptAndTheDossierAfter() {
        String citizen = citizens.create("Hà Văn Long", true);
        long waiting = submitted(citizen);
        JsonNode withdrawn = api.post("/api/v1/citizen/submissions/" + waiting + "/withdraw", "{\"reason\":\"Nộp nhầm\"}", citizen, "demo")
                .json();
        assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(api.post("/api/v1/submissions/" + waiting + "/receive", "", "clerk", "demo").status()).isEqualTo(409);

        long received = submitted(citizen);
        String code = api.post("/api/v1/submissions/" + received + "/receive", "", "clerk", "demo").json().get("code").asText();
        api.post("/api/v1/citizen/submissions/" + received + "/withdraw", "{\"reason\":\"Không còn nhu cầu\"}", citizen, "demo");
        assertThat(api.get("/api/v1/dossiers/" + code, "clerk", "demo").json().get("status").asText()).isEqualTo("WITHDRAWN");
    }

    @Test
    void aClerkOfAnotherAgencyDoesNotSeeTheSubmission() {
        String citizen = citizens.create("Cao Văn Sơn", true);
        long id = submitted(citizen);
        String clerk = "motcua.thulong" + System.nanoTime() % 100000;
        ApiClient.Answer created = api.post("/api/v1/accounts", """
                {"username":"%s","fullName":"Một cửa xã Thọ Long","password":"Dung-mat-khau-9","agencyCode":"000.00.72.H56","roles":["CLERK"]}"""
                .formatted(clerk), "admin", "demo");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(api.get("/api/v1/submissions/" + id, clerk, "Dung-mat-khau-9").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/submissions/" + id + "/receive", "", clerk, "Dung-mat-khau-9").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/submissions", clerk, "Dung-mat-khau-9").json()).extracting(s -> s.get("id").asLong())
                .doesNotContain(id);
    }

    /** Row 3.3.1's "fully online" line of the quarter that is running, for Xã Thọ Xuân. */
    private long quarterOnline() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        vn.motcua.shared.Period quarter = null;
        for (int year = today.getYear(); year <= today.getYear() + 1 && quarter == null; year++) {
            for (int q = 1; q <= 4; q++) {
                vn.motcua.shared.Period p = vn.motcua.shared.Period.parse(year + "-Q" + q);
                if (!today.isBefore(p.windowStart()) && today.isBefore(p.windowEnd())) {
                    quarter = p;
                }
            }
        }
        JsonNode report = api.get("/api/v1/reports/CCHC-2025/" + quarter.name() + "/15499", "reform", "demo").json();
        for (JsonNode row : report.get("rows")) {
            if (row.get("key").asText().equals("3.3.1.online4")) {
                return row.get("value").asLong();
            }
        }
        throw new AssertionError("no row 3.3.1.online4 in " + report);
    }

    @Test
    void aReceivedSubmissionCountsInTheQuartersOnlineReceipts() {
        String citizen = citizens.create("Đinh Thị Yến", true);
        long id = submitted(citizen);
        long before = quarterOnline();
        assertThat(api.post("/api/v1/submissions/" + id + "/receive", "", "clerk", "demo").status()).isEqualTo(201);
        assertThat(quarterOnline()).isEqualTo(before + 1);
    }

    @Test
    void aSupplementIsUploadedOnlineTheResultDownloadedAndAPaperReusedNextTime() {
        String citizen = citizens.create("Tô Thị Ngọc", true);
        long id = submitted(citizen);
        String code = api.post("/api/v1/submissions/" + id + "/receive", "", "clerk", "demo").json().get("code").asText();
        String deadline = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(3).toString();
        ApiClient.Answer asked = api.post("/api/v1/dossiers/" + code + "/actions", """
                {"action":"REQUEST_SUPPLEMENT","reason":"Giấy chứng sinh thiếu trang 2","items":["Giấy chứng sinh (đủ 2 trang)"],
                 "deadline":"%s"}""".formatted(deadline), "clerk", "demo");
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);

        JsonNode waiting = api.get("/api/v1/citizen/dossiers/" + code, citizen, "demo").json();
        assertThat(waiting.get("status").asText()).isEqualTo("WAITING_SUPPLEMENT");
        assertThat(waiting.get("dueAt").isNull()).as("the clock stands still").isTrue();
        assertThat(waiting.get("supplementRequest").get("items").get(0).asText()).isEqualTo("Giấy chứng sinh (đủ 2 trang)");
        assertThat(waiting.get("supplementRequest").get("deadline").asText()).isEqualTo(deadline);
        // Another citizen neither reads it nor supplements it.
        String other = citizens.create("Kiều Văn Phúc", true);
        assertThat(api.get("/api/v1/citizen/dossiers/" + code, other, "demo").status()).isEqualTo(404);
        assertThat(api.upload("/api/v1/citizen/dossiers/" + code + "/supplement", Map.of(), "file", "x.pdf", SampleFiles.pdf(), other,
                "demo").status()).isEqualTo(404);
        assertThat(api.upload("/api/v1/citizen/dossiers/" + code + "/supplement", Map.of(), "file", "x.pdf", SampleFiles.HTML, citizen,
                "demo").status()).isEqualTo(422);

        ApiClient.Answer supplemented = api.upload("/api/v1/citizen/dossiers/" + code + "/supplement", Map.of(), "file",
                "giay-chung-sinh-du-trang.pdf", SampleFiles.pdf(), citizen, "demo");
        assertThat(supplemented.status()).as(supplemented.body()).isEqualTo(200);
        assertThat(supplemented.json().get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(supplemented.json().get("dueAt").isNull()).as("the clock runs again").isFalse();
        assertThat(supplemented.json().get("supplementRequest").isNull()).isTrue();
        JsonNode history = api.get("/api/v1/dossiers/" + code, "clerk", "demo").json().get("history");
        assertThat(history.get(history.size() - 1).get("action").asText()).isEqualTo("SUPPLEMENT_RECEIVED");
        assertThat(history.get(history.size() - 1).get("actor").asText()).isEqualTo(citizen);
        assertThat(api.upload("/api/v1/citizen/dossiers/" + code + "/supplement", Map.of(), "file", "lan-nua.pdf", SampleFiles.pdf(),
                citizen, "demo").status()).as("no supplement is awaited any more").isEqualTo(409);

        // Completed, its result attached and returned online: the citizen downloads it.
        api.post("/api/v1/dossiers/" + code + "/actions", "{\"action\":\"COMPLETE\"}", "chutich", "demo");
        // She asked to receive the result online: the message says where to download it, not to come to the desk.
        JsonNode messages = api.get("/api/v1/notifications/messages?reference=" + code, "admin", "demo").json();
        assertThat(messages).filteredOn(m -> m.get("event").asText().startsWith("dossier.result-ready")).isNotEmpty()
                .allSatisfy(m -> {
                    assertThat(m.get("event").asText()).isEqualTo("dossier.result-ready-online");
                    assertThat(m.get("body").asText()).doesNotContain("Mời Ông/Bà đến", "Moi nhan tai");
                });
        ApiClient.Answer result = api.upload("/api/v1/dossiers/" + code + "/documents", Map.of("kind", "RESULT", "digitised", "false"),
                "file", "giay-khai-sinh.pdf", SampleFiles.pdf(), "clerk", "demo");
        assertThat(result.status()).as(result.body()).isEqualTo(201);
        api.post("/api/v1/dossiers/" + code + "/actions", "{\"action\":\"RETURN_RESULT\",\"channel\":\"ONLINE\"}", "clerk", "demo");
        JsonNode documents = api.get("/api/v1/citizen/dossiers/" + code + "/documents", citizen, "demo").json();
        JsonNode resultDocument = null;
        for (JsonNode d : documents) {
            if (d.get("kind").asText().equals("RESULT")) {
                resultDocument = d;
            }
        }
        assertThat(resultDocument).isNotNull();
        ApiClient.Download download = api.download("/api/v1/citizen/dossiers/" + code + "/documents/" + resultDocument.get("id").asLong(),
                citizen, "demo");
        assertThat(download.status()).isEqualTo(200);
        assertThat(new String(download.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(api.get("/api/v1/citizen/dossiers/" + code, citizen, "demo").json().get("returnedBy").asText()).isEqualTo("ONLINE");

        // The next application takes the birth certificate from this dossier instead of a new upload; the reuse is kept.
        long next = api.post("/api/v1/citizen/submissions", draft(BIRTH, THO_XUAN, BIRTH_FORM), citizen, "demo").json().get("id").asLong();
        long earlier = documents.get(1).get("id").asLong();
        ApiClient.Answer reused = api.post("/api/v1/citizen/submissions/" + next + "/documents/reuse",
                "{\"requirement\":2,\"documentId\":" + earlier + "}", citizen, "demo");
        assertThat(reused.status()).as(reused.body()).isEqualTo(201);
        assertThat(reused.json().get("reused").asBoolean()).isTrue();
        assertThat(api.post("/api/v1/citizen/submissions/" + next + "/documents/reuse", "{\"requirement\":2,\"documentId\":" + earlier
                + "}", other, "demo").status()).isEqualTo(404);
        attach(citizen, next, 1, "to-khai-moi.pdf");
        api.post("/api/v1/citizen/submissions/" + next + "/submit", "", citizen, "demo");
        String nextCode = api.post("/api/v1/submissions/" + next + "/receive", "", "clerk", "demo").json().get("code").asText();
        JsonNode nextDocuments = api.get("/api/v1/dossiers/" + nextCode + "/documents", "clerk", "demo").json();
        assertThat(nextDocuments).anySatisfy(d -> assertThat(d.get("reusedFrom").asLong()).isEqualTo(earlier));
    }

    @Test
    void aSubmissionWaitingPastTheNextWorkingDayIsFlaggedToTheDesk() {
        String citizen = citizens.create("Lò Văn Pao", true);
        long fresh = submitted(citizen);
        long old = submitted(citizen);
        // Submitted a week ago: the working day after it has passed, whatever the holidays.
        jdbc.sql("update portal_submission set submitted_at = submitted_at - interval '7 days' where id = ?").param(old).update();
        JsonNode list = api.get("/api/v1/submissions?agencyCode=" + THO_XUAN, "clerk", "demo").json();
        Map<Long, Boolean> late = new java.util.HashMap<>();
        list.forEach(s -> late.put(s.get("id").asLong(), s.get("late").asBoolean()));
        assertThat(late).containsEntry(old, true).containsEntry(fresh, false);
        assertThat(list.get(0).get("submittedAt").asText()).as("the longest waiting first")
                .isLessThanOrEqualTo(list.get(list.size() - 1).get("submittedAt").asText());
    }
}
