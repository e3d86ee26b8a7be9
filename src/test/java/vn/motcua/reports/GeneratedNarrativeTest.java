package vn.motcua.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/** The narrative MotCua writes for a period from its records, read as the officer who starts from it would. */
@DemoSystemTest
class GeneratedNarrativeTest {

    @LocalServerPort
    int port;

    @Test
    void explore() {
        ApiClient api = new ApiClient(port);
        for (String path : new String[] { "CCHC-2024/2024-Q1/395", "CCHC-2025/2026-Q3/15499", "CCHC-2025/2026-Q3/38" }) {
            JsonNode draft = api.get("/api/v1/reports/" + path + "/document/draft", "reform", "demo").json();
            System.out.println("=== " + path);
            draft.get("sections").forEach(s -> System.out.println("## " + s.get("heading").asText() + "\n" + s.get("body").asText() + "\n"));
        }
        assertThat(port).isPositive();
    }
}
