package vn.motcua.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.TravelClock;
import vn.motcua.notifications.internal.Dispatcher;

/**
 * Messages to applicants through a real SMTP server (GreenMail, in this process) and an SMS gateway
 * (a small HTTP server here): written with the action, sent after commit, kept and retried while the
 * mail server is down, given up after the last attempt and sent again by an administrator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "motcua.demo=true", "motcua.notifications.retry-every=PT1H", "motcua.notifications.max-attempts=3",
                "motcua.public-url=https://dichvucong.thoxuan.example" })
@Import(TravelClock.Configuration.class)
class ApplicantNotificationsTest {

    private static final int SMTP_PORT = freePort();
    private static final List<String> SMS = new CopyOnWriteArrayList<>();
    private static final HttpServer GATEWAY = gateway();
    private static GreenMail smtp = startSmtp();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("motcua.notifications.sms.url", () -> "http://127.0.0.1:" + GATEWAY.getAddress().getPort() + "/sms");
        registry.add("motcua.notifications.sms.token", () -> "bi-mat");
    }

    @LocalServerPort
    int port;

    @Autowired
    TravelClock clock;

    @Autowired
    Dispatcher dispatcher;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        clock.set("2026-05-04T09:00:00+07:00");
    }

    @AfterAll
    static void stopServers() {
        smtp.stop();
        GATEWAY.stop(0);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static HttpServer gateway() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/sms", exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                    SMS.add(authorization + " " + new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
                exchange.sendResponseHeaders(202, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String receive(String name, String email) {
        ApiClient.Answer answer = api.post("/api/v1/dossiers", """
                {"procedureCode":"1.004873","agencyCode":"000.00.71.H56","channel":"DIRECT",
                 "applicant":{"name":"%s","phone":"0912555666","email":"%s"}}""".formatted(name, email), "clerk", "demo");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("code").asText();
    }

    private JsonNode messages(String code) {
        return api.get("/api/v1/notifications/messages?reference=" + code, "admin", "demo").json();
    }

    private JsonNode awaitMessage(String code, String event, Predicate<JsonNode> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode message : messages(code)) {
                if (message.get("event").asText().equals(event) && message.get("channel").asText().equals("EMAIL")
                        && condition.test(message)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No " + event + " e-mail of " + code + " as expected: " + messages(code));
    }

    private MimeMessage mailWithSubject(String subject) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (message.getSubject().equals(subject)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No e-mail with the subject " + subject);
    }

    @Test
    void theApplicantHearsOfTheReceiptByMailAndSms() throws Exception {
        String code = receive("Nguyễn Thị Thu", "thu@example.vn");
        MimeMessage mail = mailWithSubject("Đã tiếp nhận hồ sơ " + code);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("thu@example.vn");
        String body = mail.getContent().toString();
        assertThat(body).contains("Kính gửi Nguyễn Thị Thu").contains("UBND xã Thọ Xuân đã tiếp nhận hồ sơ " + code)
                .contains("Cấp Giấy xác nhận tình trạng hôn nhân").contains("09:00 07/05/2026")
                .contains("https://dichvucong.thoxuan.example/public/dossiers?code=" + code);
        JsonNode sent = awaitMessage(code, "dossier.received", m -> m.get("status").asText().equals("SENT"));
        assertThat(sent.get("attempts").asInt()).isEqualTo(1);
        assertThat(SMS).anySatisfy(sms -> assertThat(sms).startsWith("Bearer bi-mat ").contains("\"to\":\"0912555666\"")
                .contains("UBND xa Tho Xuan da tiep nhan ho so " + code));
        assertThat(messages(code)).extracting(m -> m.get("channel").asText() + " " + m.get("status").asText())
                .containsExactlyInAnyOrder("EMAIL SENT", "SMS SENT");
    }

    @Test
    void aMessageWaitsWhileTheMailServerIsDownAndGoesOutWhenItIsBack() throws Exception {
        String code = receive("Lê Văn Bình", "binh@example.vn");
        mailWithSubject("Đã tiếp nhận hồ sơ " + code);
        smtp.stop();
        clock.set("2026-05-04T10:00:00+07:00");
        assertThat(api.post("/api/v1/dossiers/" + code + "/actions",
                "{\"action\":\"REQUEST_SUPPLEMENT\",\"reason\":\"Bổ sung bản sao sổ hộ khẩu\"}", "clerk", "demo").status()).isEqualTo(200);
        JsonNode waiting = awaitMessage(code, "dossier.supplement-requested", m -> m.get("attempts").asInt() == 1);
        assertThat(waiting.get("status").asText()).isEqualTo("PENDING");
        assertThat(waiting.get("lastError").asText()).isNotBlank();

        smtp = startSmtp();
        dispatcher.sendDue();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        clock.advance(Duration.ofMinutes(2));
        dispatcher.sendDue();
        MimeMessage mail = mailWithSubject("Hồ sơ " + code + " cần bổ sung");
        assertThat(mail.getContent().toString()).contains("Bổ sung bản sao sổ hộ khẩu");
        JsonNode sent = awaitMessage(code, "dossier.supplement-requested", m -> m.get("status").asText().equals("SENT"));
        assertThat(sent.get("attempts").asInt()).isEqualTo(2);
    }

    @Test
    void afterTheLastAttemptAnAdministratorSendsItAgain() throws Exception {
        String code = receive("Trần Thị Cúc", "cuc@example.vn");
        mailWithSubject("Đã tiếp nhận hồ sơ " + code);
        smtp.stop();
        try {
            clock.set("2026-05-05T08:00:00+07:00");
            assertThat(api.post("/api/v1/dossiers/" + code + "/actions", "{\"action\":\"COMPLETE\"}", "specialist", "demo").status())
                    .isEqualTo(200);
            awaitMessage(code, "dossier.result-ready", m -> m.get("attempts").asInt() == 1);
            for (int attempt = 2; attempt <= 3; attempt++) {
                clock.advance(Duration.ofMinutes(5));
                dispatcher.sendDue();
            }
            JsonNode failed = awaitMessage(code, "dossier.result-ready", m -> m.get("status").asText().equals("FAILED"));
            assertThat(failed.get("attempts").asInt()).isEqualTo(3);
            clock.advance(Duration.ofHours(2));
            dispatcher.sendDue();
            assertThat(awaitMessage(code, "dossier.result-ready", m -> true).get("status").asText()).isEqualTo("FAILED");
        } finally {
            smtp = startSmtp();
        }
        JsonNode failed = awaitMessage(code, "dossier.result-ready", m -> true);
        ApiClient.Answer retried = api.post("/api/v1/notifications/messages/" + failed.get("id").asLong() + "/retry", "", "admin", "demo");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(mailWithSubject("Hồ sơ " + code + " đã có kết quả").getContent().toString()).contains("Trần Thị Cúc");
        assertThat(api.post("/api/v1/notifications/messages/" + failed.get("id").asLong() + "/retry", "", "admin", "demo").status())
                .isEqualTo(409);
    }

    @Test
    void anActionRefusedWritesNoMessageAndTemplatesAreEditedWithKnownPlaceholders() throws Exception {
        String code = receive("Đỗ Văn Dũng", "dung@example.vn");
        assertThat(api.post("/api/v1/dossiers/" + code + "/actions", "{\"action\":\"RETURN_RESULT\",\"channel\":\"DIRECT\"}", "clerk",
                "demo").status()).isEqualTo(409);
        assertThat(messages(code)).extracting(m -> m.get("event").asText()).containsOnly("dossier.received");

        ApiClient.Answer unknown = api.send("PUT", "/api/v1/notifications/templates/dossier.result-returned/EMAIL", "application/json",
                "{\"subject\":\"Kết quả {maHoSo}\",\"body\":\"Kính gửi {tenCongDan}\"}", "admin", "demo");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("details").get(0).get("message").asText()).contains("{tenCongDan}").contains("{nguoiNop}");
        assertThat(api.send("PUT", "/api/v1/notifications/templates/dossier.result-returned/EMAIL", "application/json",
                "{\"subject\":\"Kết quả {maHoSo}\",\"body\":\"Kính gửi {tenCongDan}\"}", "clerk", "demo").status()).isEqualTo(403);
        ApiClient.Answer saved = api.send("PUT", "/api/v1/notifications/templates/dossier.result-returned/EMAIL", "application/json",
                "{\"subject\":\"Đã trao kết quả hồ sơ {maHoSo}\",\"body\":\"Kính gửi {nguoiNop}, mời Ông/Bà đánh giá dịch vụ.\"}",
                "admin", "demo");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("updatedBy").asText()).isEqualTo("admin");

        assertThat(api.post("/api/v1/dossiers/" + code + "/actions", "{\"action\":\"COMPLETE\"}", "specialist", "demo").status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/dossiers/" + code + "/actions", "{\"action\":\"RETURN_RESULT\",\"channel\":\"DIRECT\"}", "clerk",
                "demo").status()).isEqualTo(200);
        assertThat(mailWithSubject("Đã trao kết quả hồ sơ " + code).getContent().toString())
                .isEqualTo("Kính gửi Đỗ Văn Dũng, mời Ông/Bà đánh giá dịch vụ.");
    }
}
