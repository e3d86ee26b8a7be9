package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/**
 * Every endpoint of the OpenAPI description, as an administrator, with hostile input: path
 * variables that traverse, inject SQL or script, or are absurdly long; query parameters of the wrong
 * type; bodies that are malformed, of the wrong type or larger than allowed. Nothing may answer 500,
 * every refusal carries the error format, and the audit trail shows that nothing was stored. An
 * applicant named {@code <script>} shows as text on every page that displays it.
 */
@DemoSystemTest
class HostileInputTest {

    private static final List<String> PATH_VALUES = List.of("../../etc/passwd", "<script>alert(1)</script>", "' OR '1'='1",
            "x".repeat(3000), "-1", "99999999999999999999", "%00");
    private static final List<String> QUERY_VALUES = List.of("'; DROP TABLE dossiers_dossier; --", "2024-13-45", "<img src=x>",
            "x".repeat(3000));
    private static final List<String> BODIES = List.of("{\"a\":", "[1,2,3]", "\"text\"", "{\"unitCode\":{\"nested\":[1]},"
            + "\"from\":\"not-a-date\",\"code\":12,\"name\":[\"<script>\"],\"amount\":\"lots\"}", "\u0000\u0001", "null");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String fill(String path, String value) {
        Matcher matcher = VARIABLE.matcher(path);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(encode(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String sample(String path) {
        return fill(path, "0");
    }

    @Test
    void noEndpointAnswers500AndMalformedWritesAreRefusedWithNothingStored() throws Exception {
        JsonNode spec = JsonMapper.builder().build().readTree(new ApiClient(port).get("/v3/api-docs", "admin", "demo").body());
        long auditBefore = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        List<String> problems = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<String, JsonNode> pathEntry : spec.get("paths").properties()) {
            String path = pathEntry.getKey();
            for (Map.Entry<String, JsonNode> operation : pathEntry.getValue().properties()) {
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "DELETE").contains(method)) {
                    continue;
                }
                JsonNode op = operation.getValue();
                String contentType = op.has("requestBody")
                        ? op.get("requestBody").get("content").propertyNames().iterator().next() : null;
                boolean writes = !method.equals("GET");
                List<String> queryNames = new ArrayList<>();
                if (op.has("parameters")) {
                    for (JsonNode parameter : op.get("parameters")) {
                        if (parameter.get("in").asText().equals("query")) {
                            queryNames.add(parameter.get("name").asText());
                        }
                    }
                }
                if (path.contains("{")) {
                    for (String value : PATH_VALUES) {
                        HttpResponse<String> answer = send(method, fill(path, value), contentType == null ? null : "application/json",
                                writes ? "{}".getBytes(StandardCharsets.UTF_8) : null);
                        requests++;
                        check(problems, method + " " + path + " with {" + value.substring(0, Math.min(20, value.length())) + "}", answer, false);
                    }
                }
                for (String value : QUERY_VALUES) {
                    if (queryNames.isEmpty()) {
                        break;
                    }
                    StringBuilder query = new StringBuilder();
                    for (String name : queryNames) {
                        query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(encode(value));
                    }
                    HttpResponse<String> answer = send(method, sample(path) + query, contentType == null ? null : "application/json",
                            writes ? "{}".getBytes(StandardCharsets.UTF_8) : null);
                    requests++;
                    check(problems, method + " " + path + " with query " + value.substring(0, Math.min(20, value.length())), answer, false);
                }
                if (writes && contentType != null) {
                    for (String body : BODIES) {
                        String type = contentType.startsWith("multipart") ? "multipart/form-data; boundary=nothing" : contentType;
                        HttpResponse<String> answer = send(method, sample(path), type, body.getBytes(StandardCharsets.UTF_8));
                        requests++;
                        check(problems, method + " " + path + " with body " + body.substring(0, Math.min(20, body.length())), answer, true);
                    }
                    // Uploading 12 MB takes a while, so the oversized body goes to the endpoints without path variables.
                    if (!path.contains("{")) {
                        HttpResponse<String> huge = send(method, path, contentType, new byte[12 * 1024 * 1024]);
                        requests++;
                        check(problems, method + " " + path + " with a 12 MB body", huge, true);
                    }
                }
            }
        }
        assertThat(requests).isGreaterThan(500);
        assertThat(problems).isEmpty();
        long auditAfter = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        assertThat(auditAfter).as("nothing stored").isEqualTo(auditBefore);
    }

    /** Never a 500; a refusal carries the error format; a malformed write must be refused. */
    private static void check(List<String> problems, String what, HttpResponse<String> answer, boolean mustRefuse) {
        int status = answer.statusCode();
        if (status >= 500) {
            problems.add(what + " → " + status + " " + answer.body().substring(0, Math.min(200, answer.body().length())));
        } else if (mustRefuse && status < 400) {
            problems.add(what + " → accepted with " + status);
        } else if (status >= 400 && answer.headers().firstValue("Content-Type").orElse("").contains("json")
                && !(answer.body().contains("\"error\"") && answer.body().contains("\"message\""))) {
            problems.add(what + " → " + status + " without the error format: " + answer.body());
        }
    }

    @Test
    void anApplicantNamedScriptShowsAsText() throws Exception {
        ApiClient api = new ApiClient(port);
        ApiClient.Answer created = api.post("/api/v1/dossiers", """
                {"procedureCode":"1.004873","agencyCode":"000.00.71.H56","channel":"DIRECT",
                 "applicant":{"name":"<script>alert(1)</script>","phone":"0912000999","email":"x@example.vn","address":"<b>Thôn</b>"}}""",
                "clerk", "demo");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String code = created.json().get("code").asText();
        var clerk = user(accounts.loadUserByUsername("clerk"));
        var admin = user(accounts.loadUserByUsername("admin"));
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        List<String> pages = List.of("/dossiers/" + code, "/dossiers/" + code + "/receipt", "/dossiers?list=AGENCY",
                "/dossiers?q=" + encode("<script>"), "/dossiers/book?agencyCode=000.00.71.H56&from=" + today + "&to=" + today);
        for (String page : pages) {
            String html = mvc.perform(get(URI.create(page)).with(clerk))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(page).doesNotContain("<script>alert(1)</script>").doesNotContain("<b>Thôn</b>");
            if (!page.contains("q=")) {
                assertThat(html).as(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            }
        }
        String outbox = mvc.perform(get(URI.create("/admin/notifications?reference=" + code)).with(admin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(outbox).doesNotContain("<script>alert(1)</script>");
    }
}
