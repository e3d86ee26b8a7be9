package vn.motcua.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/** Import of past dossiers: all or nothing, each bad line named, the history rebuilt from the fields. */
@DemoSystemTest
class DossierImportTest {

    @LocalServerPort
    int port;

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
}
