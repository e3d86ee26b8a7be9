package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fresh installation's first start, on a database of its own, on 2 December 2026: while the demo
 * loads, the readiness probe says OUT_OF_SERVICE and pages and the API say the demo is loading; once it
 * is loaded the application is ready. A demo runner of this test holds the start between the dossiers
 * and the tasks until the test has looked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoStartTest {

    /** Today, as the demo sees it: Wednesday 2 December 2026, 09:30 in Vietnam. */
    static final Instant TODAY = Instant.parse("2026-12-02T02:30:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final CountDownLatch held = new CountDownLatch(1);
    static final CountDownLatch release = new CountDownLatch(1);
    static volatile int port;

    ConfigurableApplicationContext app;
    final HttpClient http = HttpClient.newHttpClient();
    Answer readinessWhileLoading;
    Answer livenessWhileLoading;
    Answer pageWhileLoading;
    Answer apiWhileLoading;

    record Answer(int status, String body, HttpResponse<String> response) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    /** The test's own beans, given to the application as a source: today's clock and the runner that holds the start. */
    static class Today {

        @Bean
        @Primary
        Clock todayClock() {
            return Clock.fixed(TODAY, ZoneOffset.UTC);
        }

        @Bean
        HeldDemo heldDemo(Environment environment) {
            return new HeldDemo(environment);
        }
    }

    /** Runs after the demo's dossiers (order 40) and before its tasks (50), and waits there for the test. */
    static class HeldDemo implements ApplicationRunner, Ordered {

        private final Environment environment;

        HeldDemo(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void run(ApplicationArguments args) throws InterruptedException {
            port = environment.getRequiredProperty("local.server.port", Integer.class);
            held.countDown();
            release.await(5, TimeUnit.MINUTES);
        }

        @Override
        public int getOrder() {
            return 45;
        }
    }

    /** Component scanning of this run must not pick up the other tests' configurations (a travelling clock, a statement log). */
    static class TestConfigurationsLeftOut extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }
    }

    @BeforeAll
    void startAndLookWhileTheDemoLoads() throws Exception {
        TestDatabase database = TestDatabase.get();
        String url = database.createDatabase();
        CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(() -> new SpringApplicationBuilder(
                MotCuaApplication.class, Today.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("testConfigurationsLeftOut",
                        new TestConfigurationsLeftOut()))
                .run("--server.port=0", "--motcua.db.url=" + url, "--motcua.db.user=" + database.user(),
                        "--motcua.db.password=" + database.password(), "--motcua.demo=true"));
        try {
            assertThat(held.await(5, TimeUnit.MINUTES)).as("the demo reached the held runner").isTrue();
            readinessWhileLoading = get("/actuator/health/readiness", false);
            livenessWhileLoading = get("/actuator/health/liveness", false);
            pageWhileLoading = get("/", false);
            apiWhileLoading = get("/api/v1/me", true);
        } finally {
            release.countDown();
        }
        app = started.get(5, TimeUnit.MINUTES);
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    Answer get(String path, boolean asAdmin) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (asAdmin) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body(), response);
    }

    @Test
    void whileTheDemoLoadsReadinessIsOutOfServiceAndPagesSayItIsLoading() {
        assertThat(readinessWhileLoading.status()).isEqualTo(503);
        assertThat(readinessWhileLoading.json().get("status").asText()).isEqualTo("OUT_OF_SERVICE");
        assertThat(livenessWhileLoading.status()).isEqualTo(200);
        assertThat(livenessWhileLoading.json().get("status").asText()).isEqualTo("UP");

        assertThat(pageWhileLoading.status()).isEqualTo(503);
        assertThat(pageWhileLoading.body()).contains("Dữ liệu mẫu đang được nạp, vui lòng chờ trong giây lát");
        assertThat(pageWhileLoading.header("Retry-After")).isNotBlank();
        assertThat(pageWhileLoading.header("Refresh")).isNotBlank();
        assertThat(pageWhileLoading.body()).contains("http-equiv=\"refresh\"");

        assertThat(apiWhileLoading.status()).isEqualTo(503);
        assertThat(apiWhileLoading.header("Retry-After")).isNotBlank();
        assertThat(apiWhileLoading.json().get("error").asText()).isEqualTo("unavailable");
        assertThat(apiWhileLoading.json().get("message").asText()).startsWith("Dữ liệu mẫu đang được nạp");
        assertThat(apiWhileLoading.json().get("details")).isEmpty();
    }

    @Test
    void onceTheDemoIsLoadedTheApplicationIsReady() throws Exception {
        Answer readiness = get("/actuator/health/readiness", false);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asText()).isEqualTo("UP");
        assertThat(get("/login", false).status()).isEqualTo(200);
        assertThat(get("/api/v1/me", true).status()).isEqualTo(200);
    }
}
