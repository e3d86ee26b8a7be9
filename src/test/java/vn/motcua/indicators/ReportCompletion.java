package vn.motcua.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.function.BiFunction;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.motcua.ApiClient;

/**
 * Test data: a report made complete as its unit would before sending it — every required row still
 * blank answered 0 ("không phát sinh"), every bare section of the narrative written and every request
 * MotCua left in the draft ([Gợi ý: …]) written over, and the document numbered — so a test about something else can
 * submit and approve it.
 */
public final class ReportCompletion {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportCompletion() {
    }

    /** Completes the report at {@code /api/v1/reports/{path}} ("CCHC-2024/2023-Q2/15493") through the API as the user. */
    public static void complete(ApiClient api, String path, String username) {
        complete(api, path, username, "demo");
    }

    public static void complete(ApiClient api, String path, String username, String password) {
        complete(path, (method, body) -> {
            String url = "/api/v1/reports/" + path + method.substring(method.indexOf(' ') + 1);
            ApiClient.Answer answer = method.startsWith("GET") ? api.get(url, username, password)
                    : api.send("PUT", url, "application/json", body, username, password);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            return answer.json();
        });
    }

    /** Completes the report at {@code /api/v1/reports/{path}} through MockMvc as the user. */
    public static void complete(MockMvc mvc, String path, RequestPostProcessor user) {
        complete(path, (method, body) -> {
            String url = "/api/v1/reports/" + path + method.substring(method.indexOf(' ') + 1);
            try {
                MockHttpServletResponse response = mvc.perform(method.startsWith("GET") ? get(url).with(user)
                        : put(url).with(user).with(csrf()).contentType("application/json").content(body)).andReturn().getResponse();
                assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
                return JSON.readTree(response.getContentAsString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Completes the report with any way of calling the API: {@code call} takes "GET /document",
     * "PUT /values" … (relative to the report's path) and a JSON body, and answers the JSON.
     */
    public static void complete(String path, BiFunction<String, String, JsonNode> call) {
        JsonNode report = call.apply("GET ", null);
        ObjectNode values = JSON.createObjectNode();
        report.get("rows").forEach(r -> {
            if (r.get("required").asBoolean() && r.get("value").isNull()) {
                values.put(r.get("key").asText(), 0);
            }
        });
        if (!values.isEmpty()) {
            ObjectNode body = JSON.createObjectNode();
            body.set("values", values);
            call.apply("PUT /values", body.toString());
        }
        ObjectNode document = (ObjectNode) call.apply("GET /document", null);
        document.withArray("sections").forEach(s -> {
            String written = "Nội dung " + s.get("heading").asText().toLowerCase(java.util.Locale.ROOT) + " của kỳ báo cáo.";
            String body = s.get("body").asText();
            ((ObjectNode) s).put("body", body.isBlank() ? written : body.replaceAll("\\[Gợi ý: [^\\]]*\\]", written));
        });
        // An approved report is issued with its number: the unit's office numbers it, as the approval requires.
        String number = document.path("number").asText("");
        if (number.isBlank() || number.strip().startsWith("/")) {
            document.put("number", "12/BC-UBND");
        }
        document.put("version", document.get("version").asInt());
        call.apply("PUT /document", document.toString());
    }
}
