package vn.motcua.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.TravelClock;

/**
 * Dossiers walked through every path at the one-stop desk of Xã Thọ Xuân, with a clock the test
 * moves: on time, early, late with an apology, a supplement that stops the clock, refused, stopped,
 * withdrawn, sent to another agency; and what the citizen and other readers see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "motcua.demo=true", "motcua.lookup.per-minute=30" })
@Import(TravelClock.Configuration.class)
class DossierLifecycleTest {

    private static final String AGENCY = "000.00.71.H56";
    /** Cấp Giấy xác nhận tình trạng hôn nhân: 3 working days, commune level, lệ phí 5.000 đồng. */
    private static final String PROCEDURE = "1.004873";

    @LocalServerPort
    int port;

    @Autowired
    TravelClock clock;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        clock.set("2026-03-02T09:00:00+07:00");
    }

    private String receive(String phone) {
        ApiClient.Answer answer = api.post("/api/v1/dossiers", """
                {"procedureCode":"%s","agencyCode":"%s","channel":"DIRECT",
                 "applicant":{"name":"Nguyễn Văn An","idNumber":"038090011111","phone":"%s","address":"Thôn 3, xã Thọ Xuân"}}"""
                .formatted(PROCEDURE, AGENCY, phone), "clerk", "demo");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("code").asText();
    }

    private JsonNode act(String code, String user, String json) {
        ApiClient.Answer answer = api.post("/api/v1/dossiers/" + code + "/actions", json, user, "demo");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private int actStatus(String code, String user, String json) {
        return api.post("/api/v1/dossiers/" + code + "/actions", json, user, "demo").status();
    }

    @Test
    void aDossierResolvedEarlyIsReturnedPublishedAndPaid() {
        ApiClient.Answer created = api.post("/api/v1/dossiers", """
                {"procedureCode":"%s","agencyCode":"%s","channel":"DIRECT","received":[true],
                 "applicant":{"name":"Nguyễn Văn An","idNumber":"038090011111","phone":"0912345678"}}"""
                .formatted(PROCEDURE, AGENCY), "clerk", "demo");
        JsonNode dossier = created.json();
        String code = dossier.get("code").asText();
        assertThat(code).matches("H56\\.71-260302-\\d{4}");
        assertThat(dossier.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(dossier.get("receivedAt").asText()).isEqualTo("2026-03-02T09:00:00+07:00");
        assertThat(dossier.get("dueAt").asText()).isEqualTo("2026-03-05T09:00:00+07:00");
        assertThat(dossier.get("checklist").get(0).get("received").asBoolean()).isTrue();
        assertThat(dossier.get("feeDue").asLong()).isEqualTo(5000);

        act(code, "clerk", "{\"action\":\"ASSIGN\",\"assignee\":\"specialist\"}");
        assertThat(api.get("/api/v1/dossiers/work/MINE", "specialist", "demo").json())
                .extracting(d -> d.get("code").asText()).contains(code);
        clock.set("2026-03-02T14:00:00+07:00");
        JsonNode forwarded = act(code, "specialist", "{\"action\":\"FORWARD\"}");
        assertThat(forwarded.get("currentStep").asInt()).isEqualTo(1);
        assertThat(actStatus(code, "specialist", "{\"action\":\"APPROVE\"}")).isEqualTo(403);
        act(code, "chutich", "{\"action\":\"APPROVE\"}");
        clock.set("2026-03-03T10:00:00+07:00");
        JsonNode completed = act(code, "specialist", "{\"action\":\"COMPLETE\"}");
        assertThat(completed.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.get("timeliness").asText()).isEqualTo("EARLY");
        assertThat(actStatus(code, "clerk", "{\"action\":\"RETURN_RESULT\"}")).isEqualTo(422);
        act(code, "clerk", "{\"action\":\"RETURN_RESULT\",\"channel\":\"DIRECT\"}");
        act(code, "clerk", "{\"action\":\"PUBLISH_RESULT\",\"on\":\"PROVINCE_PORTAL\"}");
        assertThat(actStatus(code, "clerk", "{\"action\":\"PUBLISH_RESULT\",\"on\":\"PROVINCE_PORTAL\"}")).isEqualTo(409);
        JsonNode paid = act(code, "clerk", "{\"action\":\"RECORD_PAYMENT\",\"amount\":5000,\"method\":\"CASH\"}");
        assertThat(paid.get("paid").asLong()).isEqualTo(5000);
        assertThat(paid.get("status").asText()).isEqualTo("RETURNED");

        JsonNode history = api.get("/api/v1/dossiers/" + code, "clerk", "demo").json().get("history");
        assertThat(history).extracting(a -> a.get("action").asText()).containsExactly("RECEIVE", "ASSIGN", "FORWARD",
                "APPROVE", "COMPLETE", "RETURN_RESULT", "PUBLISH_RESULT", "RECORD_PAYMENT");
        assertThat(history).extracting(a -> a.get("actor").asText()).containsExactly("clerk", "clerk", "specialist", "chutich",
                "specialist", "clerk", "clerk", "clerk");
        assertThat(api.get("/api/v1/audit?entityType=dossier&text=" + code, "admin", "demo").json()).hasSize(8);
    }

    @Test
    void anApologyKeepsTheDossierLateWhateverTheNewDate() {
        String code = receive("0912345001");
        act(code, "clerk", "{\"action\":\"ASSIGN\",\"assignee\":\"specialist\"}");
        clock.set("2026-03-04T16:00:00+07:00");
        assertThat(actStatus(code, "specialist", "{\"action\":\"APOLOGIZE\",\"reason\":\"Cần xác minh\"}")).isEqualTo(422);
        assertThat(actStatus(code, "specialist",
                "{\"action\":\"APOLOGIZE\",\"reason\":\"Cần xác minh\",\"newDueAt\":\"2026-03-04T09:00:00+07:00\"}")).isEqualTo(422);
        JsonNode apologized = act(code, "specialist",
                "{\"action\":\"APOLOGIZE\",\"reason\":\"Cần xác minh tại nơi cư trú trước đây\",\"newDueAt\":\"2026-03-09T09:00:00+07:00\"}");
        assertThat(apologized.get("dueAt").asText()).isEqualTo("2026-03-09T09:00:00+07:00");
        assertThat(apologized.get("firstDueAt").asText()).isEqualTo("2026-03-05T09:00:00+07:00");
        clock.set("2026-03-06T10:00:00+07:00");
        JsonNode completed = act(code, "specialist", "{\"action\":\"COMPLETE\"}");
        assertThat(completed.get("timeliness").asText()).isEqualTo("LATE");
        assertThat(completed.get("apologies").asInt()).isEqualTo(1);
    }

    @Test
    void aSupplementStopsTheClockUntilItArrives() {
        String code = receive("0912345002");
        clock.set("2026-03-02T15:00:00+07:00");
        JsonNode waiting = act(code, "clerk", "{\"action\":\"REQUEST_SUPPLEMENT\",\"reason\":\"Thiếu bản sao CCCD\"}");
        assertThat(waiting.get("status").asText()).isEqualTo("WAITING_SUPPLEMENT");
        assertThat(waiting.get("dueAt").isNull()).isTrue();
        clock.set("2026-03-04T15:00:00+07:00");
        JsonNode resumed = act(code, "clerk", "{\"action\":\"SUPPLEMENT_RECEIVED\"}");
        // Two working days stood still: the appointment moves from Thursday 09:00 to Monday 09:00.
        assertThat(resumed.get("dueAt").asText()).isEqualTo("2026-03-09T09:00:00+07:00");
        clock.set("2026-03-06T16:00:00+07:00");
        assertThat(act(code, "specialist", "{\"action\":\"COMPLETE\"}").get("timeliness").asText()).isEqualTo("EARLY");
    }

    @Test
    void refusedStoppedAndWithdrawnDossiersEndThere() {
        String refused = receive("0912345003");
        assertThat(actStatus(refused, "clerk", "{\"action\":\"REJECT\"}")).isEqualTo(422);
        assertThat(act(refused, "clerk", "{\"action\":\"REJECT\",\"reason\":\"Không thuộc thẩm quyền\"}").get("status").asText())
                .isEqualTo("REJECTED");
        assertThat(actStatus(refused, "specialist", "{\"action\":\"COMPLETE\"}")).isEqualTo(409);

        String stopped = receive("0912345004");
        act(stopped, "clerk", "{\"action\":\"ASSIGN\",\"assignee\":\"specialist\"}");
        assertThat(act(stopped, "specialist", "{\"action\":\"STOP\",\"reason\":\"Người nộp đề nghị dừng\"}").get("status").asText())
                .isEqualTo("STOPPED");

        String withdrawn = receive("0912345005");
        assertThat(act(withdrawn, "clerk", "{\"action\":\"WITHDRAW\",\"reason\":\"Rút hồ sơ\"}").get("status").asText())
                .isEqualTo("WITHDRAWN");
        assertThat(actStatus(withdrawn, "clerk", "{\"action\":\"RETURN_RESULT\",\"channel\":\"DIRECT\"}")).isEqualTo(409);
        assertThat(actStatus(withdrawn, "clerk", "{\"action\":\"FLY\"}")).isEqualTo(400);
        assertThat(actStatus("H56.71-000000-0000", "clerk", "{\"action\":\"WITHDRAW\"}")).isEqualTo(404);
    }

    @Test
    void aDossierSentToAnotherAgencyAndTheTimeLostAtAStep() {
        String code = receive("0912345006");
        // The first step (reception) has 2 of the 24 hours; forwarding at 14:00 the next day is 9 working hours late there (due Monday 11:00).
        clock.set("2026-03-03T14:00:00+07:00");
        JsonNode forwarded = act(code, "clerk", "{\"action\":\"FORWARD\",\"toAgencyCode\":\"000.00.00.H56\"}");
        assertThat(forwarded.get("holdingAgencyCode").asText()).isEqualTo("000.00.00.H56");
        JsonNode forward = StreamSupport.stream(forwarded.get("history").spliterator(), false)
                .filter(a -> a.get("action").asText().equals("FORWARD")).findFirst().orElseThrow();
        assertThat(forward.get("data").get("lateHours").asInt()).isEqualTo(9);
        assertThat(api.get("/api/v1/dossiers/" + code, "reporter2", "demo").status()).isEqualTo(404);
    }

    @Test
    void theCitizenSeesTheStatusWithTheLastFourDigitsAndNothingPersonal() {
        String code = receive("0987650123");
        ApiClient.Answer found = api.get("/api/v1/public/dossiers/" + code + "?phone=0123", null, null);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("status").asText()).isEqualTo("RECEIVED");
        assertThat(found.json().get("procedureName").asText()).isEqualTo("Cấp Giấy xác nhận tình trạng hôn nhân");
        assertThat(found.body()).doesNotContain("Nguyễn Văn An").doesNotContain("038090011111").doesNotContain("0987650123");
        ApiClient.Answer wrongDigits = api.get("/api/v1/public/dossiers/" + code + "?phone=9999", null, null);
        ApiClient.Answer noSuchCode = api.get("/api/v1/public/dossiers/H56.71-990101-0001?phone=0123", null, null);
        assertThat(wrongDigits.status()).isEqualTo(404);
        assertThat(noSuchCode.status()).isEqualTo(404);
        assertThat(wrongDigits.body()).isEqualTo(noSuchCode.body());
        // Typed from the slip in lower case, with a space copied along: still found.
        ApiClient.Answer typed = api.get("/api/v1/public/dossiers/" + code.toLowerCase() + "%20?phone=%200123", null, null);
        assertThat(typed.status()).as(typed.body()).isEqualTo(200);
        assertThat(typed.json().get("code").asText()).isEqualTo(code);
    }

    @Test
    void personalDataIsShownOnlyToTheHandlingAgency() {
        String code = receive("0912345007");
        assertThat(api.get("/api/v1/dossiers/" + code, "clerk", "demo").json().get("applicant").get("idNumber").asText())
                .isEqualTo("038090011111");
        JsonNode fromProvince = api.get("/api/v1/dossiers/" + code, "admin", "demo").json();
        assertThat(fromProvince.get("applicant").get("idNumber").isNull()).isTrue();
        assertThat(fromProvince.get("applicant").get("phone").isNull()).isTrue();
        assertThat(fromProvince.get("applicant").get("name").asText()).isEqualTo("A. N.V.");
        // Xã Thọ Long's reporter: another commune, the dossier is not within reach.
        assertThat(api.get("/api/v1/dossiers/" + code, "reporter2", "demo").status()).isEqualTo(404);
    }

    @Test
    void overdueDossiersShowOnTheWorkListOnceTheirTimeHasPassed() {
        String code = receive("0912345008");
        assertThat(api.get("/api/v1/dossiers/work/OVERDUE", "clerk", "demo").json()).extracting(d -> d.get("code").asText())
                .doesNotContain(code);
        clock.set("2026-03-04T10:00:00+07:00");
        assertThat(api.get("/api/v1/dossiers/work/DUE_SOON", "clerk", "demo").json()).extracting(d -> d.get("code").asText())
                .contains(code);
        clock.set("2026-03-05T10:00:00+07:00");
        assertThat(api.get("/api/v1/dossiers/work/OVERDUE", "clerk", "demo").json()).extracting(d -> d.get("code").asText())
                .contains(code);
    }

    @Autowired
    DueSweep sweep;

    @Test
    void theDailySweepWarnsBeforeTheAppointmentPasses() {
        String code = receive("0912345010");
        sweep.sweep();
        assertThat(api.get("/api/v1/dossiers/" + code, "clerk", "demo").json().get("dueWarningAt").isNull()).isTrue();
        clock.set("2026-03-04T06:30:00+07:00");
        assertThat(sweep.sweep()).isGreaterThanOrEqualTo(1);
        assertThat(api.get("/api/v1/dossiers/" + code, "clerk", "demo").json().get("dueWarningAt").asText())
                .isEqualTo("2026-03-04T06:30:00+07:00");
    }

    @Test
    void twoPeopleActingAtOnceCannotBothApprove() throws Exception {
        String code = receive("0912345009");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(() -> actStatus(code, "chutich", "{\"action\":\"APPROVE\"}"),
                    () -> actStatus(code, "chutich", "{\"action\":\"APPROVE\"}"));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(both)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(api.get("/api/v1/dossiers/" + code, "clerk", "demo").json().get("history")).hasSize(2);
        int version = api.get("/api/v1/dossiers/" + code, "clerk", "demo").json().get("version").asInt();
        assertThat(actStatus(code, "clerk", "{\"action\":\"RECORD_PAYMENT\",\"amount\":5000,\"expectedVersion\":" + (version - 1) + "}"))
                .isEqualTo(409);
    }

    @Test
    void badIntakesAreNamed() {
        ApiClient.Answer badId = api.post("/api/v1/dossiers", """
                {"procedureCode":"%s","agencyCode":"%s","channel":"DIRECT","applicant":{"name":"X","idNumber":"12345"}}"""
                .formatted(PROCEDURE, AGENCY), "clerk", "demo");
        assertThat(badId.status()).isEqualTo(422);
        assertThat(badId.json().get("details").get(0).get("field").asText()).isEqualTo("applicant.idNumber");
        ApiClient.Answer oldDistrict = api.post("/api/v1/dossiers", """
                {"procedureCode":"1.009794","agencyCode":"000.00.14.H56","channel":"DIRECT","applicant":{"name":"X"}}""",
                "admin", "demo");
        assertThat(oldDistrict.status()).isEqualTo(422);
        assertThat(oldDistrict.json().get("details").get(0).get("field").asText()).isEqualTo("agencyCode");
        assertThat(api.post("/api/v1/dossiers", """
                {"procedureCode":"%s","agencyCode":"%s","channel":"FAX","applicant":{"name":"X"}}""".formatted(PROCEDURE, AGENCY),
                "clerk", "demo").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/dossiers", """
                {"procedureCode":"%s","agencyCode":"%s","channel":"DIRECT","applicant":{"name":"X"}}""".formatted(PROCEDURE, AGENCY),
                "thoxuan", "demo").status()).isEqualTo(403);
    }
}
