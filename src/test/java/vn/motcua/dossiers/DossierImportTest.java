package vn.motcua.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;
import vn.motcua.shared.SystemActor;

/** Import of past dossiers: all or nothing, each bad line named, the history rebuilt from the fields. */
@DemoSystemTest
class DossierImportTest {

    @LocalServerPort
    int port;

    @Autowired
    DossierImport imports;

    @Autowired
    JsonMapper json;

    @Autowired
    DossierQueries dossiers;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private ApiClient.Answer upload(String body) {
        return api.send("POST", "/api/v1/imports/dossiers", "application/x-ndjson", body, "admin", "demo");
    }

    private static String line(String code, String extra) {
        return "{\"code\":\"" + code + "\",\"procedureCode\":\"1.001193\",\"agencyCode\":\"000.35.14.H56\",\"channel\":\"DIRECT\","
                + "\"applicant\":{\"name\":\"Lê Thị Hoa\",\"idNumber\":\"038190001111\",\"phone\":\"0911000111\"},"
                + "\"receivedAt\":\"2024-05-06T08:00:00+07:00\"" + extra + "}";
    }

    @Test
    void aGoodBatchIsImportedWithItsHistory() {
        String code = "CU-" + System.nanoTime() % 100000000;
        ApiClient.Answer answer = upload(line(code, ",\"completedAt\":\"2024-05-06T10:00:00+07:00\",\"returnedAt\":\"2024-05-07T09:00:00+07:00\","
                + "\"returnChannel\":\"POSTAL\",\"published\":[{\"on\":\"UNIT_WEBSITE\",\"at\":\"2024-05-07T10:00:00+07:00\"}]")
                + "\n" + line(code + "-2", ",\"status\":\"WITHDRAWN\",\"completedAt\":\"2024-05-06T09:00:00+07:00\""));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("imported").asInt()).isEqualTo(2);
        JsonNode dossier = api.get("/api/v1/dossiers/" + code, "admin", "demo").json();
        assertThat(dossier.get("status").asText()).isEqualTo("RETURNED");
        assertThat(dossier.get("dueAt").asText()).isEqualTo("2024-05-07T08:00:00+07:00");
        assertThat(dossier.get("timeliness").asText()).isEqualTo("EARLY");
        assertThat(dossier.get("history")).extracting(a -> a.get("action").asText())
                .containsExactly("RECEIVE", "COMPLETE", "RETURN_RESULT", "PUBLISH_RESULT");
        assertThat(api.get("/api/v1/dossiers/" + code + "-2", "admin", "demo").json().get("status").asText()).isEqualTo("WITHDRAWN");
    }

    @Test
    void oneBadLineStopsTheBatchAndEveryBadLineIsNamed() {
        String code = "CU-" + System.nanoTime() % 100000000;
        String body = String.join("\n",
                line(code, ""),
                "{ not json",
                line(code + "-b", "").replace("1.001193", "9.999999"),
                line(code + "-c", "").replace("2024-05-06T08:00:00+07:00", "06/05/2024"),
                line(code + "-d", ",\"completedAt\":\"2024-05-01T08:00:00+07:00\""),
                line(code, ""),
                line(code + "-e", "").replace("\"DIRECT\"", "\"FAX\""),
                line(code + "-f", ",\"returnedAt\":\"2024-05-07T08:00:00+07:00\""));
        ApiClient.Answer answer = upload(body);
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("details")).extracting(d -> d.get("field").asText()).containsExactly(
                "line 2: json", "line 3: procedureCode", "line 4: receivedAt", "line 5: completedAt", "line 6: code",
                "line 7: channel", "line 8: returnedAt");
        assertThat(api.get("/api/v1/dossiers/" + code, "admin", "demo").status()).isEqualTo(404);
        // An empty body names what is missing (the body is streamed, so the service sees that it is empty).
        assertThat(upload("").status()).isEqualTo(422);
        assertThat(api.send("POST", "/api/v1/imports/dossiers", "application/x-ndjson", line(code, ""), "clerk", "demo").status())
                .isEqualTo(403);
    }

    private static PastDossier past(String code, String procedure, Instant receivedAt, Instant completedAt, Instant returnedAt,
            List<PastDossier.Publication> published) {
        return new PastDossier(code, procedure, "000.35.14.H56", Channel.ONLINE_FULL,
                new Applicant("Lê Thị Hoa", "038190001111", null, "0911000111", null, null), receivedAt, null, completedAt,
                returnedAt, ReturnChannel.ONLINE, null, List.of(), published);
    }

    /** The Java door checks what the API's door checks, with the same fields and messages, and writes the same dossier. */
    @Test
    void aListOfDossiersIsCheckedAndWrittenAsItsLinesWouldBe() {
        String code = "CU-" + System.nanoTime() % 100000000;
        Instant received = Instant.parse("2024-05-06T01:00:00Z");
        Instant completed = Instant.parse("2024-05-06T03:00:00Z");
        List<PastDossier.Publication> onPortal = List.of(
                new PastDossier.Publication(PublicationTarget.PROVINCE_PORTAL, Instant.parse("2024-05-07T02:00:00Z")));
        List<PastDossier> batch = List.of(past(code, "1.001193", received, completed, completed.plusSeconds(3600), onPortal),
                past(code + "-b", "9.999999", received, null, null, List.of()),
                past(code + "-c", "1.001193", null, null, null, List.of()),
                past(code + "-d", "1.001193", received, null, completed, List.of()),
                past(code + "-e", "1.001193", received, null, null, onPortal));

        DossierImport.Result typed = SystemActor.call(() -> imports.importPast(batch));
        ApiClient.Answer asLines = upload(batch.stream().map(json::writeValueAsString).collect(Collectors.joining("\n")));

        assertThat(typed.imported()).isZero();
        assertThat(typed.errors()).extracting(e -> "line " + e.line() + ": " + e.field())
                .containsExactly("line 2: procedureCode", "line 3: receivedAt", "line 4: returnedAt", "line 5: published[0]");
        assertThat(asLines.status()).isEqualTo(422);
        assertThat(asLines.json().get("details")).extracting(d -> d.get("field").asText())
                .containsExactlyElementsOf(typed.errors().stream().map(e -> "line " + e.line() + ": " + e.field()).toList());

        assertThat(SystemActor.call(() -> imports.importPast(batch.subList(0, 1))).imported()).isEqualTo(1);
        JsonNode dossier = api.get("/api/v1/dossiers/" + code, "admin", "demo").json();
        assertThat(dossier.get("status").asText()).isEqualTo("RETURNED");
        assertThat(dossier.get("history")).extracting(a -> a.get("action").asText())
                .containsExactly("RECEIVE", "COMPLETE", "RETURN_RESULT", "PUBLISH_RESULT");
    }

    /**
     * What the bulk write sends PostgreSQL comes back as it went in: instants to the microsecond on both sides of midnight,
     * an applicant's Vietnamese name, and an address with the characters the copy format must escape.
     */
    @Test
    void theWrittenDossierReadsBackExactly() {
        String code = "CU-" + System.nanoTime() % 100000000;
        Instant received = Instant.parse("2024-05-06T16:59:59.123456Z");
        Instant completed = Instant.parse("2024-05-07T00:00:00.5Z");
        Instant returned = Instant.parse("2024-05-07T09:05:07Z");
        Applicant applicant = new Applicant("Nguyễn Thị Ánh Tuyết", "038190001112", null, "0911000112", null,
                "Thôn Đông\tSơn\\Khu 3\nXã Thọ Xuân");
        PastDossier dossier = new PastDossier(code, "1.001193", "000.35.14.H56", Channel.DIRECT, applicant, received, null, completed,
                returned, ReturnChannel.DIRECT, null, List.of(), List.of());

        assertThat(SystemActor.call(() -> imports.importPast(List.of(dossier))).imported()).isEqualTo(1);

        Dossier written = SystemActor.call(() -> dossiers.get(code));
        assertThat(written.receivedAt()).isEqualTo(received);
        assertThat(written.completedAt()).isEqualTo(completed);
        assertThat(written.returnedAt()).isEqualTo(returned);
        assertThat(written.applicant().name()).isEqualTo("Nguyễn Thị Ánh Tuyết");
        assertThat(written.applicant().address()).isEqualTo("Thôn Đông\tSơn\\Khu 3\nXã Thọ Xuân");
        assertThat(written.history()).extracting(DossierAction::at).containsExactly(received, completed, returned);
    }
}
