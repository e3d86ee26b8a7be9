package vn.motcua.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.ApiClient;
import vn.motcua.MotCuaApplication;
import vn.motcua.TestDatabase;

/**
 * Two MotCua instances on one database: they receive dossiers at once with every code unique and none
 * lost, and a user signed in through one is signed in on the other (sessions live in the database).
 */
class TwoInstancesTest {

    private static ConfigurableApplicationContext start(String url) {
        TestDatabase database = TestDatabase.get();
        return new SpringApplicationBuilder(MotCuaApplication.class).run("--server.port=0", "--motcua.db.url=" + url,
                "--motcua.db.user=" + database.user(), "--motcua.db.password=" + database.password(), "--motcua.demo=true",
                "--motcua.db.pool-size=6");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void concurrentIntakeThroughBothInstances() throws Exception {
        String url = TestDatabase.get().createDatabase();
        try (ConfigurableApplicationContext first = start(url); ConfigurableApplicationContext second = start(url)) {
            List<ApiClient> instances = List.of(new ApiClient(port(first)), new ApiClient(port(second)));
            // Today's dossiers at Xã Thọ Xuân before: the demo's present has some already.
            String today = "/api/v1/dossiers?agencyCode=000.00.71.H56&from=" + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")) + "&size=500";
            int demoToday = instances.get(0).get(today, "clerk", "demo").json().size();
            int perThread = 25;
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Callable<List<String>>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                ApiClient api = instances.get(t % 2);
                int thread = t;
                work.add(() -> {
                    List<String> codes = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        ApiClient.Answer answer = api.post("/api/v1/dossiers", """
                                {"procedureCode":"2.000815","agencyCode":"000.00.71.H56","channel":"DIRECT",
                                 "applicant":{"name":"Người nộp %d-%d","phone":"0900000%03d"}}""".formatted(thread, i, i),
                                "clerk", "demo");
                        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
                        codes.add(answer.json().get("code").asText());
                    }
                    return codes;
                });
            }
            Set<String> codes = new HashSet<>();
            int acknowledged = 0;
            for (Future<List<String>> future : pool.invokeAll(work)) {
                List<String> batch = future.get();
                acknowledged += batch.size();
                codes.addAll(batch);
            }
            pool.shutdown();
            assertThat(acknowledged).isEqualTo(100);
            assertThat(codes).hasSize(100);
            for (String code : codes) {
                assertThat(instances.get(code.hashCode() & 1).get("/api/v1/dossiers/" + code, "clerk", "demo").status()).isEqualTo(200);
            }
            // Today's demo dossiers plus the hundred received here, nothing more, nothing less.
            int listed = instances.get(1).get(today, "clerk", "demo").json().size();
            assertThat(demoToday + 100).isLessThan(500);
            assertThat(listed).isEqualTo(demoToday + 100);
        }
    }

    @Test
    void aUserSignedInThroughOneInstanceStaysSignedInOnTheOther() throws Exception {
        String url = TestDatabase.get().createDatabase();
        try (ConfigurableApplicationContext first = start(url); ConfigurableApplicationContext second = start(url)) {
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(first) + "/login"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            // The sign-in page stores no session; its form token comes with a cookie of its own.
            String formCookies = cookies(loginPage);
            assertThat(formCookies).doesNotContain("SESSION=");
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
            assertThat(csrf.find()).as(loginPage.body()).isTrue();
            HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(first) + "/login"))
                    .header("Cookie", formCookies).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=clerk&password=demo&_csrf=" + csrf.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
            String session = sessionCookie(signedIn);

            HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(second) + "/api/v1/me"))
                    .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
            assertThat(me.body()).contains("\"username\":\"clerk\"");
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(second) + "/dossiers"))
                    .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            HttpResponse<String> stranger = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(second) + "/dossiers"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stranger.statusCode()).isEqualTo(302);

            // A new password set through the first instance ends the session on the second at once.
            ApiClient admin = new ApiClient(port(first));
            int version = admin.get("/api/v1/accounts/clerk", "admin", "demo").json().get("version").asInt();
            assertThat(admin.post("/api/v1/accounts/clerk/password", "{\"password\":\"Mat-khau-moi-77\",\"version\":" + version + "}",
                    "admin", "demo").status()).isEqualTo(200);
            HttpResponse<String> ended = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(second) + "/api/v1/me"))
                    .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ended.statusCode()).isEqualTo(401);
        }
    }

    private static String cookies(HttpResponse<String> response) {
        return String.join("; ", response.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .filter(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }
}
