package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.TestDatabase;

/**
 * MotCua runs as a process of its own on a database of its own and is killed with SIGKILL in the
 * middle of a burst of intakes, actions and report edits. Restarted, it holds every write it
 * acknowledged, and nothing half-written: no dossier without its receipt, no action without its
 * dossier's state, no report with part of an acknowledged edit, no acknowledged intake without its
 * outbox message.
 */
class CrashSafetyTest {

    private static final String AGENCY = "000.00.71.H56";
    private static final String REPORT = "/api/v1/reports/CCHC-2024/2024-Q3/15493";

    private record Started(Process process, ApiClient api) {
    }

    private static Started start(String url, Path log) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        TestDatabase database = TestDatabase.get();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "vn.motcua.MotCuaApplication",
                "--server.port=" + port, "--motcua.db.url=" + url, "--motcua.db.user=" + database.user(),
                "--motcua.db.password=" + database.password(), "--motcua.demo=true", "--motcua.db.pool-size=8",
                "--motcua.notifications.retry-every=PT1H", "--spring.mail.host=127.0.0.1", "--spring.mail.port=9")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ApiClient api = new ApiClient(port);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("MotCua did not start: " + Files.readString(log));
            }
            try {
                if (api.get("/actuator/health", null, null).status() == 200) {
                    return new Started(process, api);
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("MotCua did not answer within 2 minutes");
    }

    @Test
    void everyAcknowledgedWriteSurvivesSigkillAndNothingIsHalfWritten() throws Exception {
        String url = TestDatabase.get().createDatabase();
        Path log = Files.createTempFile("motcua-crash", ".log");
        Started first = start(url, log);
        ConcurrentLinkedQueue<String> received = new ConcurrentLinkedQueue<>();
        Map<String, Integer> actionsAcknowledged = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Integer> reportValues = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        for (int t = 0; t < 4; t++) {
            int thread = t;
            pool.execute(() -> {
                for (int i = 0; !killed.get(); i++) {
                    try {
                        ApiClient.Answer answer = first.api().post("/api/v1/dossiers", """
                                {"procedureCode":"2.000815","agencyCode":"%s","channel":"DIRECT",
                                 "applicant":{"name":"Người nộp %d-%d","phone":"0911%06d","email":"n%d-%d@example.vn"}}"""
                                .formatted(AGENCY, thread, i, i, thread, i), "clerk", "demo");
                        if (answer.status() != 201) {
                            continue;
                        }
                        String code = answer.json().get("code").asText();
                        received.add(code);
                        acknowledged.incrementAndGet();
                        if (first.api().post("/api/v1/dossiers/" + code + "/actions", "{\"action\":\"ASSIGN\",\"assignee\":\"specialist\"}",
                                "clerk", "demo").status() == 200) {
                            actionsAcknowledged.put(code, 2);
                            acknowledged.incrementAndGet();
                        }
                    } catch (RuntimeException connectionLost) {
                        return;
                    }
                }
            });
        }
        pool.execute(() -> {
            for (int i = 1; !killed.get(); i++) {
                try {
                    ApiClient.Answer answer = first.api().send("PUT", REPORT + "/values", "application/json",
                            "{\"values\":{\"2.1\":%d,\"2.2\":%d,\"2.3\":%d}}".formatted(i, i, i), "reporter", "demo");
                    if (answer.status() == 200) {
                        reportValues.add(i);
                        acknowledged.incrementAndGet();
                    }
                } catch (RuntimeException connectionLost) {
                    return;
                }
            }
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (acknowledged.get() < 150 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        first.process().destroyForcibly();
        first.process().waitFor(30, TimeUnit.SECONDS);
        killed.set(true);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(received).as("acknowledged intakes before the kill").isNotEmpty();

        Started second = start(url, log);
        try {
            for (String code : received) {
                ApiClient.Answer dossier = second.api().get("/api/v1/dossiers/" + code, "clerk", "demo");
                assertThat(dossier.status()).as(code).isEqualTo(200);
                JsonNode history = dossier.json().get("history");
                assertThat(history.get(0).get("action").asText()).isEqualTo("RECEIVE");
                if (actionsAcknowledged.containsKey(code)) {
                    assertThat(history).as(code).hasSizeGreaterThanOrEqualTo(2);
                    assertThat(dossier.json().get("status").asText()).isEqualTo("IN_PROGRESS");
                }
            }
            JsonNode rows = second.api().get(REPORT, "reporter", "demo").json().get("rows");
            List<String> values = new ArrayList<>();
            rows.forEach(r -> {
                if (List.of("2.1", "2.2", "2.3").contains(r.get("key").asText())) {
                    values.add(r.get("value").asText());
                }
            });
            assertThat(values).hasSize(3);
            assertThat(values.get(0)).as("one edit, whole").isEqualTo(values.get(1)).isEqualTo(values.get(2));
            if (!reportValues.isEmpty()) {
                int last = reportValues.stream().mapToInt(Integer::intValue).max().orElseThrow();
                assertThat(Integer.parseInt(values.get(0))).isGreaterThanOrEqualTo(last);
            }
            TestDatabase database = TestDatabase.get();
            try (Connection sql = DriverManager.getConnection(url, database.user(), database.password())) {
                assertThat(count(sql, "select count(*) from dossiers_dossier d where not exists"
                        + " (select 1 from dossiers_action a where a.dossier_id = d.id and a.seq = 1 and a.action = 'RECEIVE')"))
                        .as("dossiers without their receipt").isZero();
                assertThat(count(sql, "select count(*) from dossiers_dossier d where d.applicant_name like 'Người nộp %'"
                        + " and (d.current_step <> 0 or (d.status = 'IN_PROGRESS')"
                        + " <> exists (select 1 from dossiers_action a where a.dossier_id = d.id and a.action = 'ASSIGN'))"))
                        .as("dossiers whose state disagrees with their history").isZero();
                assertThat(count(sql, "select count(*) from dossiers_dossier d where d.applicant_email is not null and not exists"
                        + " (select 1 from notifications_message m where m.reference = d.code and m.event = 'dossier.received')"))
                        .as("intakes without their outbox message").isZero();
            }
        } finally {
            second.process().destroy();
            second.process().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static long count(Connection sql, String query) throws Exception {
        try (ResultSet rs = sql.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
