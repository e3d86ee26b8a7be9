package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.DemoSystemTest;

/**
 * A body is refused at its limit whether or not it declares its length: a chunked body is counted as
 * it is read, so a stranger's 30 MB petition stops at the public forms' 64 KB and an officer's 12 MB
 * intake at 11 MB, each with 413 in the error format and nothing stored.
 */
@DemoSystemTest
class BodyLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A JSON object whose one text field is as long as asked, sent in chunks without a declared length. */
    private static HttpRequest.BodyPublisher chunkedJson(String field, long bytes) {
        byte[] head = ("{\"" + field + "\":\"").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\"}".getBytes(StandardCharsets.US_ASCII);
        return HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
            private long sent;

            @Override
            public int read() {
                long at = sent++;
                if (at < head.length) {
                    return head[(int) at];
                }
                if (at < head.length + bytes) {
                    return 'a';
                }
                long end = at - head.length - bytes;
                return end < tail.length ? tail[(int) end] : -1;
            }
        });
    }

    private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body, String credentials) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(body);
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertTooLarge(HttpResponse<String> answer, String limit) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        var error = JsonMapper.builder().build().readTree(answer.body());
        assertThat(error.get("error").asText()).isEqualTo("too_large");
        assertThat(error.get("message").asText()).contains(limit);
    }

    private long petitions() {
        return jdbc.sql("select count(*) from feedback_petition").query(Long.class).single();
    }

    @Test
    void aChunkedIntakeLargerThanTheLimitIsRefusedAsItIsRead() throws Exception {
        long dossiers = jdbc.sql("select count(*) from dossiers_dossier").query(Long.class).single();
        assertTooLarge(post("/api/v1/dossiers", chunkedJson("procedureCode", 12L * 1024 * 1024), "clerk:demo"), "11 MB");
        assertThat(jdbc.sql("select count(*) from dossiers_dossier").query(Long.class).single()).isEqualTo(dossiers);
    }

    @Test
    void strangersChunkedPetitionsStopAtThePublicLimitEvenManyAtOnce() throws Exception {
        long before = petitions();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<HttpResponse<String>>> senders = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            senders.add(() -> post("/api/v1/public/feedback", chunkedJson("content", 1_500_000), null));
        }
        for (Future<HttpResponse<String>> answer : pool.invokeAll(senders)) {
            assertTooLarge(answer.get(), "64 KB");
        }
        pool.shutdown();
        assertThat(petitions()).isEqualTo(before);
    }

    @Test
    void aDeclaredLengthOverThePublicLimitIsRefusedBeforeReading() throws Exception {
        assertTooLarge(post("/api/v1/public/feedback", HttpRequest.BodyPublishers.ofString("{\"content\":\"" + "a".repeat(100_000) + "\"}"),
                null), "64 KB");
    }
}
