package vn.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.ApiClient;

/**
 * Surveys answered once per dossier, petitions from the public form to a published answer,
 * dialogues with their follow-up, the report rows they compute, and public submissions that are
 * too big, malformed or not what they claim refused with nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "motcua.demo=true", "motcua.feedback.submissions-per-minute=40" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedbackTest {

    private static final String COMMUNE = "15499";
    private static final String AGENCY = "000.00.71.H56";
    /** A real picture: the form reads every file whole, so a PNG header alone no longer passes. */
    private static final byte[] PNG = png();

    private static byte[] png() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(20, 10, java.awt.image.BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    private ApiClient api() {
        return new ApiClient(port);
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    }

    private static String tomorrow() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
    }

    private long measure(String measure) {
        JsonNode value = api().get("/api/v1/feedback/measures/" + measure + "?unitCode=" + COMMUNE + "&from=" + today() + "&to="
                + tomorrow(), "thoxuan", "demo").json().get("value");
        return value.isNull() ? -1 : value.asLong();
    }

    /**
     * The public form and survey's client, an address of its own through the trusted proxy: the allowances are
     * counted per address in the shared database, and other test classes spend loopback's.
     */
    private static final String CITIZEN = "203.0.113." + (1 + (int) (System.nanoTime() % 200));

    private ApiClient.Answer publicPost(String path, String json) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("X-Forwarded-For", CITIZEN)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new ApiClient.Answer(response.statusCode(), response.body());
    }

    private ApiClient.Answer multipart(List<String[]> fields, List<Object[]> files) throws Exception {
        String boundary = "----motcua" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : fields) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n" + field[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (Object[] file : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file[0]
                    + "\"\r\nContent-Type: " + file[1] + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write((byte[]) file[2]);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/public/feedback")).header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-Forwarded-For", CITIZEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        return new ApiClient.Answer(response.statusCode(), response.body());
    }

    private static byte[] join(byte[] first, byte[] second) {
        byte[] joined = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

    private static List<String[]> petitionFields(String subject) {
        return List.of(new String[] { "about", "SERVICE" }, new String[] { "unitCode", COMMUNE },
                new String[] { "name", "Bùi Thị Hoa" }, new String[] { "phone", "0987654321" },
                new String[] { "subject", subject }, new String[] { "content", "Cán bộ hẹn lại nhiều lần." });
    }

    private int petitionsAbout(String subject) {
        int count = 0;
        for (JsonNode petition : api().get("/api/v1/feedback", "clerk", "demo").json()) {
            if (petition.get("subject").asText().equals(subject)) {
                count++;
            }
        }
        return count;
    }

    @Test
    @Order(1)
    void anApplicantRatesAReturnedDossierOnceAndPaperSlipsAddUp() throws Exception {
        ApiClient api = api();
        long before = measure("surveys.count");
        String code = api.post("/api/v1/dossiers", """
                {"procedureCode":"1.004873","agencyCode":"%s","channel":"DIRECT","applicant":{"name":"Hà Văn Sơn","phone":"0912340077"}}"""
                .formatted(AGENCY), "clerk", "demo").json().get("code").asText();
        String answer = """
                {"dossierCode":"%s","phone":"%s","information":5,"timeliness":4,"attitude":5,"result":4,"comment":"Cán bộ tận tình"}""";
        ApiClient.Answer early = publicPost("/api/v1/public/surveys", answer.formatted(code, "0077"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("message").asText()).contains(code).contains("chưa trả kết quả");

        assertThat(api.post("/api/v1/dossiers/" + code + "/actions", "{\"action\":\"COMPLETE\"}", "specialist", "demo").status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/dossiers/" + code + "/actions", "{\"action\":\"RETURN_RESULT\",\"channel\":\"DIRECT\"}", "clerk",
                "demo").status()).isEqualTo(200);
        ApiClient.Answer wrongDigits = publicPost("/api/v1/public/surveys", answer.formatted(code, "9999"));
        assertThat(wrongDigits.status()).isEqualTo(404);
        // A pair that names no dossier gets the status lookup's own answer, word for word.
        ApiClient.Answer lookup = api().from(CITIZEN).get("/api/v1/public/dossiers/" + code + "?phone=9999", null, null);
        assertThat(lookup.status()).isEqualTo(404);
        assertThat(wrongDigits.body()).isEqualTo(lookup.body());
        assertThat(publicPost("/api/v1/public/surveys", answer.formatted("KHONG-CO-HO-SO", "0077")).body()).isEqualTo(lookup.body());
        ApiClient.Answer badScore = publicPost("/api/v1/public/surveys", answer.formatted(code, "0077").replace("\"result\":4",
                "\"result\":6"));
        assertThat(badScore.status()).isEqualTo(422);
        assertThat(badScore.json().get("details").get(0).get("field").asText()).isEqualTo("result");
        ApiClient.Answer first = publicPost("/api/v1/public/surveys", answer.formatted(code, "0077"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("agencyName").asText()).isEqualTo("UBND xã Thọ Xuân");
        ApiClient.Answer again = publicPost("/api/v1/public/surveys", answer.formatted(code, "0077"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("message").asText()).contains("một lần");
        assertThat(measure("surveys.count")).isEqualTo(before + 1);

        ApiClient.Answer paper = api.post("/api/v1/surveys", """
                {"agencyCode":"%s","information":2,"timeliness":3,"attitude":3,"result":3}""".formatted(AGENCY), "clerk", "demo");
        assertThat(paper.status()).as(paper.body()).isEqualTo(201);
        assertThat(paper.json().get("form").asText()).isEqualTo("PAPER");
        assertThat(measure("surveys.count")).isEqualTo(before + 2);
        assertThat(measure("surveys.form")).isEqualTo(2);
        JsonNode satisfaction = api.get("/api/v1/surveys?unitCode=" + COMMUNE + "&from=" + today() + "&to=" + today(), "clerk", "demo")
                .json().get("satisfaction");
        JsonNode thoXuan = satisfaction.get(0);
        assertThat(thoXuan.get("agencyName").asText()).isEqualTo("UBND xã Thọ Xuân");
        assertThat(thoXuan.get("answers").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(thoXuan.get("satisfied").asInt()).isLessThan(thoXuan.get("answers").asInt());
        assertThat(api.post("/api/v1/surveys", """
                {"agencyCode":"%s","dossierCode":"%s","information":4,"timeliness":4,"attitude":4,"result":4}"""
                .formatted(AGENCY, code), "clerk", "demo").status()).isEqualTo(409);
    }

    @Test
    @Order(2)
    void aPetitionGoesFromTheFormToAPublishedAnswer() throws Exception {
        ApiClient.Answer sent = publicPost("/api/v1/public/feedback", """
                {"about":"REGULATION","unitCode":"%s","name":"Công ty TNHH Mía đường Lam Sơn","phone":"0237 3834 091",
                 "email":"vanphong@lasuco.example","subject":"Thủ tục cấp phép xây dựng nhà xưởng","content":"Đề nghị rút ngắn thời gian thẩm định."}"""
                .formatted(COMMUNE));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String code = sent.json().get("code").asText();
        assertThat(code).matches("PAKN-\\d{6}-[A-Z2-9]{6}");
        assertThat(sent.json().get("status").asText()).isEqualTo("RECEIVED");
        assertThat(sent.json().has("senderPhone")).isFalse();

        ApiClient.Answer follow = api().get("/api/v1/public/feedback/" + code + "?phone=4091", null, null);
        assertThat(follow.status()).as(follow.body()).isEqualTo(200);
        assertThat(follow.json().get("status").asText()).isEqualTo("RECEIVED");
        assertThat(api().get("/api/v1/public/feedback/" + code + "?phone=1111", null, null).status()).isEqualTo(404);

        JsonNode staffView = api().get("/api/v1/feedback/" + code, "clerk", "demo").json();
        assertThat(staffView.get("senderPhone").asText()).isEqualTo("02373834091");
        ApiClient.Answer assigned = api().post("/api/v1/feedback/" + code + "/assign", "{\"agencyCode\":\"" + AGENCY + "\"}", "clerk", "demo");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("status").asText()).isEqualTo("ASSIGNED");
        assertThat(assigned.json().get("agencyName").asText()).isEqualTo("UBND xã Thọ Xuân");
        assertThat(api().post("/api/v1/feedback/" + code + "/publish", "{\"published\":true}", "clerk", "demo").status()).isEqualTo(409);
        ApiClient.Answer answered = api().post("/api/v1/feedback/" + code + "/answer",
                "{\"answer\":\"UBND xã đã chuyển kiến nghị lên UBND tỉnh và sẽ trả lời bằng văn bản.\",\"publish\":true}", "chutich", "demo");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("published").asBoolean()).isTrue();

        JsonNode answeredView = api().get("/api/v1/public/feedback/" + code + "?phone=4091", null, null).json();
        assertThat(answeredView.get("status").asText()).isEqualTo("ANSWERED");
        assertThat(answeredView.get("answer").asText()).contains("chuyển kiến nghị lên UBND tỉnh");
        JsonNode published = api().get("/api/v1/public/feedback/answers", null, null).json();
        assertThat(published).anySatisfy(p -> assertThat(p.get("code").asText()).isEqualTo(code));
        assertThat(published.toString()).doesNotContain("0237").doesNotContain("lasuco");
        assertThat(api().get("/api/v1/feedback/" + code, "reporter2", "demo").status()).isEqualTo(403);
        assertThat(answeredView.get("answerVersion").asInt()).isEqualTo(1);

        // What the public has read is not rewritten: a clerk may not change it, even after taking it off the page.
        String amended = "UBND xã đã nhận văn bản của UBND tỉnh: thời gian thẩm định rút còn 15 ngày.";
        ApiClient.Answer byClerk = api().post("/api/v1/feedback/" + code + "/answer",
                "{\"answer\":\"Đã xong.\",\"publish\":true,\"reason\":\"Sửa lỗi chính tả\"}", "clerk", "demo");
        assertThat(byClerk.status()).as(byClerk.body()).isEqualTo(403);
        assertThat(byClerk.json().get("message").asText()).contains("lãnh đạo");
        assertThat(api().post("/api/v1/feedback/" + code + "/publish", "{\"published\":false}", "clerk", "demo").status()).isEqualTo(200);
        assertThat(api().post("/api/v1/feedback/" + code + "/answer", "{\"answer\":\"Đã xong.\",\"publish\":false}", "clerk", "demo")
                .status()).isEqualTo(403);
        // A leader changes it only with the reason, as a new version; the first stays on record.
        ApiClient.Answer noReason = api().post("/api/v1/feedback/" + code + "/answer",
                "{\"answer\":\"" + amended + "\",\"publish\":true}", "chutich", "demo");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().get("details").get(0).get("field").asText()).isEqualTo("reason");
        ApiClient.Answer changed = api().post("/api/v1/feedback/" + code + "/answer",
                "{\"answer\":\"" + amended + "\",\"publish\":true,\"reason\":\"UBND tỉnh đã trả lời\"}", "chutich", "demo");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("answerVersion").asInt()).isEqualTo(2);
        assertThat(changed.json().get("answers")).hasSize(2);
        assertThat(changed.json().get("answers").get(0).get("answer").asText()).contains("chuyển kiến nghị lên UBND tỉnh");
        assertThat(changed.json().get("answers").get(1).get("reason").asText()).isEqualTo("UBND tỉnh đã trả lời");
        JsonNode amendedView = api().get("/api/v1/public/feedback/" + code + "?phone=4091", null, null).json();
        assertThat(amendedView.get("answer").asText()).isEqualTo(amended);
        assertThat(amendedView.get("answerVersion").asInt()).isEqualTo(2);
        JsonNode trail = api().get("/api/v1/audit?entityType=petition&text=" + code, "admin", "demo").json();
        assertThat(trail.toString()).contains("petition.answer-amended").contains("UBND tỉnh đã trả lời");
    }

    @Test
    @Order(3)
    void aPetitionWithAFileKeepsTheFile() throws Exception {
        ApiClient.Answer sent = multipart(petitionFields("Ảnh chụp giấy hẹn"), List.<Object[]>of(new Object[] { "giay-hen.png",
                "image/png", PNG }));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String code = sent.json().get("code").asText();
        JsonNode staffView = api().get("/api/v1/feedback/" + code, "clerk", "demo").json();
        assertThat(staffView.get("files")).hasSize(1);
        assertThat(staffView.get("files").get(0).get("name").asText()).isEqualTo("giay-hen.png");
        assertThat(staffView.get("files").get(0).get("contentType").asText()).isEqualTo("image/png");
    }

    @Test
    @Order(4)
    void oversizedMalformedOrDisguisedSubmissionsAreRefusedAndNothingIsStored() throws Exception {
        String longContent = "x".repeat(5001);
        ApiClient.Answer tooLong = publicPost("/api/v1/public/feedback", """
                {"about":"SERVICE","unitCode":"%s","name":"A","phone":"0912345678","subject":"Dài","content":"%s"}"""
                .formatted(COMMUNE, longContent));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("details").toString()).contains("content");
        assertThat(publicPost("/api/v1/public/feedback", "{\"about\":\"SERVICE\",").status()).isEqualTo(400);
        ApiClient.Answer wrongType = publicPost("/api/v1/public/feedback", "{\"about\":\"COMPLAINT\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        ApiClient.Answer badPhone = publicPost("/api/v1/public/feedback", """
                {"about":"SERVICE","unitCode":"%s","name":"A","phone":"abc","subject":"S","content":"C"}""".formatted(COMMUNE));
        assertThat(badPhone.status()).isEqualTo(422);
        assertThat(badPhone.json().get("details").get(0).get("field").asText()).isEqualTo("phone");
        ApiClient.Answer unknownUnit = publicPost("/api/v1/public/feedback", """
                {"about":"SERVICE","unitCode":"99999","name":"A","phone":"0912345678","subject":"S","content":"C"}""");
        assertThat(unknownUnit.status()).isEqualTo(422);
        assertThat(unknownUnit.json().get("details").get(0).get("field").asText()).isEqualTo("unitCode");

        String subject = "Tệp giả mạo";
        ApiClient.Answer disguised = multipart(petitionFields(subject), List.<Object[]>of(new Object[] { "quyet-dinh.pdf",
                "application/pdf", PNG }));
        assertThat(disguised.status()).isEqualTo(422);
        assertThat(disguised.json().get("details").get(0).get("message").asText()).contains("quyet-dinh.pdf");
        // The review's disguises: the right first bytes followed by a page, and any zip named .docx.
        byte[] page = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] pdfHeader = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] pngHeader = java.util.Arrays.copyOf(PNG, 8);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream entries = new java.util.zip.ZipOutputStream(zip)) {
            entries.putNextEntry(new java.util.zip.ZipEntry("index.html"));
            entries.write(page);
        }
        for (Object[] file : List.<Object[]>of(new Object[] { "don.pdf", "application/pdf", join(pdfHeader, page) },
                new Object[] { "anh.png", "image/png", join(pngHeader, page) },
                new Object[] { "don.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", zip.toByteArray() })) {
            ApiClient.Answer refused = multipart(petitionFields(subject), List.<Object[]>of(file));
            assertThat(refused.status()).as((String) file[0]).isEqualTo(422);
            assertThat(refused.json().get("details").get(0).get("message").asText()).contains((String) file[0]);
        }
        ApiClient.Answer traversal = multipart(petitionFields(subject), List.<Object[]>of(new Object[] { "../../etc/passwd",
                "text/plain", "root:x:0:0".getBytes(StandardCharsets.UTF_8) }));
        assertThat(traversal.status()).isEqualTo(422);
        ApiClient.Answer tooMany = multipart(petitionFields(subject), List.<Object[]>of(new Object[] { "1.png", "image/png", PNG },
                new Object[] { "2.png", "image/png", PNG }, new Object[] { "3.png", "image/png", PNG },
                new Object[] { "4.png", "image/png", PNG }));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.json().get("details").get(0).get("message").asText()).contains("3");
        byte[] big = new byte[5 * 1024 * 1024 + 10];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        ApiClient.Answer tooBig = multipart(petitionFields(subject), List.<Object[]>of(new Object[] { "lon.png", "image/png", big }));
        assertThat(tooBig.status()).isEqualTo(422);
        assertThat(tooBig.json().get("details").get(0).get("message").asText()).contains("lon.png").contains("5 MB");
        List<String[]> trapped = new java.util.ArrayList<>(petitionFields(subject));
        trapped.add(new String[] { "website", "http://spam.example" });
        assertThat(multipart(trapped, List.of()).status()).isEqualTo(422);
        assertThat(petitionsAbout(subject)).isZero();
        assertThat(JsonMapper.builder().build().readTree(tooLong.body()).get("error").asText()).isNotBlank();
    }

    @Test
    @Order(5)
    void aDialogueCountsForRow15AndItsIssuesAreFollowedUp() {
        long before = measure("dialogues.count");
        ApiClient.Answer recorded = api().post("/api/v1/dialogues", """
                {"unitCode":"%s","heldOn":"%s","title":"Hội nghị đối thoại với doanh nghiệp quý IV","audience":"BUSINESSES",
                 "chairAccount":"chutich","participants":42,
                 "issues":["Mặt bằng sản xuất cụm công nghiệp","Thủ tục đất đai kéo dài"]}""".formatted(COMMUNE, today()), "thoxuan", "demo");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        JsonNode dialogue = recorded.json();
        // The chair is the account chosen, named and placed as today, so the record still says who and where.
        assertThat(dialogue.get("chairAccount").asText()).isEqualTo("chutich");
        assertThat(dialogue.get("chairedBy").asText()).isEqualTo("Lê Đình Sơn");
        assertThat(dialogue.get("chairAgency").asText()).isEqualTo("UBND xã Thọ Xuân");
        assertThat(dialogue.get("issues")).hasSize(2);
        assertThat(measure("dialogues.count")).isEqualTo(before + 1);
        assertThat(measure("dialogues.held")).isEqualTo(1);
        long issue = dialogue.get("issues").get(1).get("id").asLong();
        ApiClient.Answer early = api().post("/api/v1/dialogues/" + dialogue.get("id").asLong() + "/issues/" + issue,
                "{\"response\":\"Đã chỉ đạo rút ngắn\",\"resolvedOn\":\"2020-01-01\"}", "thoxuan", "demo");
        assertThat(early.status()).isEqualTo(422);
        ApiClient.Answer followed = api().post("/api/v1/dialogues/" + dialogue.get("id").asLong() + "/issues/" + issue,
                "{\"response\":\"Đã chỉ đạo rút ngắn còn 15 ngày\",\"resolvedOn\":\"" + today() + "\"}", "thoxuan", "demo");
        assertThat(followed.status()).as(followed.body()).isEqualTo(200);
        assertThat(followed.json().get("issues").get(1).get("response").asText()).isEqualTo("Đã chỉ đạo rút ngắn còn 15 ngày");
        assertThat(api().post("/api/v1/dialogues", """
                {"unitCode":"%s","heldOn":"%s","title":"T","audience":"BOTH","chairedBy":"C","participants":1}"""
                .formatted(COMMUNE, tomorrow()), "thoxuan", "demo").status()).isEqualTo(422);
        // Whom the unit's dialogue may be chaired by: its leaders, offered as a list; another unit's leader is refused by field.
        assertThat(api().get("/api/v1/dialogues/chairs?unitCode=" + COMMUNE, "thoxuan", "demo").json().findValuesAsString("username"))
                .contains("chutich").doesNotContain("leader", "thoxuan", "clerk");
        ApiClient.Answer stranger = api().post("/api/v1/dialogues", """
                {"unitCode":"%s","heldOn":"%s","title":"T","audience":"BOTH","chairAccount":"leader","participants":1}"""
                .formatted(COMMUNE, today()), "thoxuan", "demo");
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.body()).contains("chairAccount").contains("Người chủ trì: \\\"leader\\\" không phải lãnh đạo của");
        ApiClient.Answer typedStranger = api().post("/api/v1/dialogues", """
                {"unitCode":"%s","heldOn":"%s","title":"T","audience":"BOTH","chairedBy":"Lê Thị Hoa","participants":1}"""
                .formatted(COMMUNE, today()), "thoxuan", "demo");
        assertThat(typedStranger.status()).isEqualTo(422);
        assertThat(typedStranger.body()).contains("chairedBy");
        assertThat(api().post("/api/v1/dialogues", """
                {"unitCode":"%s","heldOn":"%s","title":"T","audience":"BOTH","chairedBy":"C","participants":1}"""
                .formatted(COMMUNE, today()), "clerk", "demo").status()).isEqualTo(403);
    }

    @Test
    @Order(6)
    void theQuarterReportComputesRows141142And15() {
        JsonNode rows = api().get("/api/v1/reports/CCHC-2025/2026-Q4/" + COMMUNE, "thoxuan", "demo").json().get("rows");
        assertThat(rows).isNotNull();
        for (JsonNode row : rows) {
            switch (row.get("key").asText()) {
                case "1.4.1" -> {
                    assertThat(row.get("overridden").asBoolean()).isFalse();
                    assertThat(row.get("value").asInt()).isGreaterThanOrEqualTo(2);
                }
                case "1.4.2" -> assertThat(row.get("value").asInt()).isEqualTo(2);
                case "1.5" -> assertThat(row.get("value").asInt()).isEqualTo(1);
                default -> {
                }
            }
        }
    }

    /**
     * The survey checks a dossier code and phone digits as the status lookup does, so it counts against the
     * same allowance: a client that spent its lookups cannot go on guessing through the survey, nor the reverse.
     */
    @Test
    @Order(8)
    void theSurveySharesTheLookupsAllowance() {
        String survey = "{\"dossierCode\":\"KHONG-CO-%d\",\"phone\":\"1234\",\"information\":5,\"timeliness\":5,\"attitude\":5,\"result\":5}";
        for (int attempt = 0; ; attempt++) {
            long minute = System.currentTimeMillis() / 60_000;
            ApiClient client = api().from("198.51.100." + (10 + attempt));
            for (int i = 0; i < 20; i++) {
                assertThat(client.get("/api/v1/public/dossiers/KHONG-CO-" + i + "?phone=1234", null, null).status()).isEqualTo(404);
            }
            ApiClient.Answer refused = client.post("/api/v1/public/surveys", survey.formatted(99), null, null);
            ApiClient other = api().from("198.51.100." + (60 + attempt));
            for (int i = 0; i < 20; i++) {
                assertThat(other.post("/api/v1/public/surveys", survey.formatted(i), null, null).status()).isEqualTo(404);
            }
            ApiClient.Answer lookupRefused = other.get("/api/v1/public/dossiers/KHONG-CO-99?phone=1234", null, null);
            if (System.currentTimeMillis() / 60_000 != minute && attempt < 3) {
                continue; // a new minute began in between, and with it a new allowance: try again within one minute
            }
            assertThat(refused.status()).as(refused.body()).isEqualTo(429);
            assertThat(lookupRefused.status()).as(lookupRefused.body()).isEqualTo(429);
            assertThat(refused.body()).isEqualTo(lookupRefused.body());
            return;
        }
    }

    @Test
    @Order(7)
    void theFormTurnsAwayAClientThatSendsTooOften() throws Exception {
        int refused = 0;
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 100 && refused == 0; i++) {
            ApiClient.Answer answer = publicPost("/api/v1/public/feedback", "{\"about\":\"SERVICE\"}");
            statuses.add(answer.status());
            if (answer.status() == 429) {
                refused++;
                assertThat(answer.json().get("message").asText()).contains("quá nhiều lần");
            }
        }
        assertThat(refused).as(statuses.toString()).isEqualTo(1);
    }
}
