package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.calendar.WorkingCalendar;

/**
 * A fresh installation's first start, on a database of its own, on 2 December 2026: while the demo
 * loads, the readiness probe says OUT_OF_SERVICE and pages and the API say the demo is loading; once it
 * is loaded the application is ready, and the demo holds the present — the eight communes' dossiers
 * since 1 July 2025. A demo runner of this test holds the start between the dossiers and the tasks
 * until the test has looked. (The demo of the other tests is loaded by whichever test starts first,
 * on that test's clock, so the present is checked here, where today is known.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoStartTest {

    /** Today, as the demo sees it: Wednesday 2 December 2026, 21:17 in Vietnam — after office hours, when a demo is often started. */
    static final Instant TODAY = Instant.parse("2026-12-02T14:17:00Z");
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

    /**
     * Runs after the demo's dossiers (order 40) and before the sections that read them (the citizen's applications, 45), and
     * waits there for the test; the tasks and plans load beside the dossiers meanwhile, and are awaited before the demo is ready.
     */
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
            return 44;
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
        return get(path, asAdmin ? "admin" : null);
    }

    Answer get(String path, String account) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (account != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((account + ":demo").getBytes(StandardCharsets.UTF_8)));
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

    /** The eight communes formed on 1 July 2025, smallest to largest by population (demo/dan-so-xa-tho-xuan.tsv). */
    static final List<String> COMMUNES = List.of("15574", "15592", "15544", "15568", "15520", "15505", "15499", "15553");

    long figure(String measure, String unit, String from, String to, String filters) throws Exception {
        return get("/api/v1/dossiers/measures/" + measure + "?unitCode=" + unit + "&from=" + from + "&to=" + to
                + (filters.isEmpty() ? "" : "&" + filters), true).json().get("value").asLong();
    }

    long online(String unit, String from, String to) throws Exception {
        return figure("dossiers.received", unit, from, to, "channel=ONLINE_PARTIAL")
                + figure("dossiers.received", unit, from, to, "channel=ONLINE_FULL");
    }

    @Test
    void theCommunesOfTheThirdQuarterOf2026HaveFiguresThatDiffer() throws Exception {
        Set<Long> received = new HashSet<>();
        Set<Long> onTimeRates = new HashSet<>();
        Set<Long> onlineShares = new HashSet<>();
        long previous = 0;
        for (String commune : COMMUNES) {
            long got = figure("dossiers.received", commune, "2026-06-15", "2026-09-15", "");
            long resolved = figure("dossiers.resolved", commune, "2026-06-15", "2026-09-15", "");
            long onTime = figure("dossiers.resolvedOnTime", commune, "2026-06-15", "2026-09-15", "level=COMMUNE");
            long online = online(commune, "2026-06-15", "2026-09-15");
            assertThat(got).as("received at " + commune).isGreaterThan(500);
            assertThat(onTime).as("on time at " + commune).isPositive();
            assertThat(online).as("online at " + commune).isPositive();
            // Volumes follow the population: each commune of the list is larger than the one before it.
            assertThat(got).as("received at " + commune + " against a smaller commune").isGreaterThan(previous * 9 / 10);
            previous = got;
            received.add(got);
            onTimeRates.add(Math.round(1000.0 * onTime / resolved));
            onlineShares.add(Math.round(100.0 * online / got));
            assertThat(100.0 * onTime / resolved).as("on-time rate at " + commune).isBetween(94.0, 100.0);
        }
        assertThat(received).hasSize(8);
        assertThat(onTimeRates).as("on-time rates in per mille").hasSizeGreaterThan(4);
        assertThat(onlineShares).as("online shares in percent").hasSizeGreaterThan(3);
        long all = figure("dossiers.received", "38", "2026-06-15", "2026-09-15", "");
        assertThat(all).as("the eight communes' quarter, like the seed's communes' 8,412").isBetween(7_500L, 9_500L);
    }

    @Test
    void theOnlineShareRisesQuarterByQuarter() throws Exception {
        String[] windows = { "2025-07-01", "2025-09-15", "2025-12-15", "2026-03-15", "2026-06-15", "2026-09-15", "2026-12-03" };
        double previous = 0;
        for (int i = 0; i + 1 < windows.length; i++) {
            double share = (double) online("38", windows[i], windows[i + 1]) / figure("dossiers.received", "38", windows[i], windows[i + 1], "");
            assertThat(share).as("online share " + windows[i] + "–" + windows[i + 1]).isGreaterThan(previous);
            previous = share;
        }
        assertThat(previous).isGreaterThan(0.65);
    }

    /**
     * A dossier is received by a person at the desk — at the counter, from the post, or from the portal, whose submissions
     * arrive at any hour — so always in office hours of a working day, and never after now; so are the demo citizen's
     * submissions the clerk received or sent back, and every step the staff took on its dossiers, though the demo was
     * loaded at 21:17.
     */
    @Test
    void everyDossierIsReceivedInOfficeHoursOfAWorkingDayAndNoneAfterNow() {
        WorkingCalendar calendar = app.getBean(WorkingCalendar.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        List<OffsetDateTime> received = jdbc.sql("select received_at from dossiers_dossier").query(OffsetDateTime.class).list();
        assertThat(received).hasSizeGreaterThan(50_000);
        received.forEach(at -> assertInOfficeHoursBeforeNow(calendar, at, "dossier received"));
        assertThat(jdbc.sql("select count(*) from dossiers_dossier where channel in ('DIRECT', 'POSTAL')").query(Long.class).single())
                .isGreaterThan(10_000);
        assertThat(jdbc.sql("select max(received_at) from dossiers_dossier").query(OffsetDateTime.class).single().toInstant())
                .as("today's receipts until now").isAfter(TODAY.minus(Duration.ofHours(12)));

        List<OffsetDateTime> decided = jdbc.sql("""
                select s.decided_at from portal_submission s join accounts_account a on a.id = s.account_id
                where a.username = 'congdan' and s.decided_at is not null""").query(OffsetDateTime.class).list();
        assertThat(decided).as("the citizen's submissions the desk received or sent back").hasSize(3);
        decided.forEach(at -> assertInOfficeHoursBeforeNow(calendar, at, "the citizen's submission decided"));
        List<OffsetDateTime> staffSteps = jdbc.sql("""
                select x.at from dossiers_action x join dossiers_dossier d on d.id = x.dossier_id
                join portal_submission s on s.dossier_code = d.code join accounts_account a on a.id = s.account_id
                where a.username = 'congdan'""").query(OffsetDateTime.class).list();
        assertThat(staffSteps).as("receipts, assignment, completion and return of the citizen's two dossiers").hasSizeGreaterThanOrEqualTo(5);
        staffSteps.forEach(at -> assertInOfficeHoursBeforeNow(calendar, at, "a step on the citizen's dossier"));
    }

    private static void assertInOfficeHoursBeforeNow(WorkingCalendar calendar, OffsetDateTime at, String what) {
        ZonedDateTime local = at.atZoneSameInstant(calendar.zone());
        LocalTime time = local.toLocalTime();
        boolean officeHours = (!time.isBefore(LocalTime.of(7, 0)) && time.isBefore(LocalTime.of(11, 30)))
                || (!time.isBefore(LocalTime.of(13, 30)) && time.isBefore(LocalTime.of(17, 0)));
        assertThat(calendar.isWorkingDay(local.toLocalDate()) && officeHours).as(what + " at " + local).isTrue();
        assertThat(at.toInstant()).as(what + " at " + local + ", not after now").isBeforeOrEqualTo(TODAY);
    }

    /**
     * The present history's online dossiers at Xã Thọ Xuân of the last 90 days came through submissions: each has its
     * received one, filed by its applicant before the receipt, received by the commune's clerk at the receipt time, the
     * e-form answered where the version has one; none waits at the desk. Counter and postal dossiers came through none.
     */
    @Test
    void theOnlineDossiersOfTheLastNinetyDaysAtThoXuanCameThroughReceivedSubmissions() throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        Instant from = TODAY.atZone(app.getBean(WorkingCalendar.class).zone()).toLocalDate().minusDays(90)
                .atStartOfDay(app.getBean(WorkingCalendar.class).zone()).toInstant();
        String online = """
                from dossiers_dossier d join units_agency a on a.id = d.agency_id
                where a.code = '000.00.71.H56' and d.channel like 'ONLINE%' and d.received_at >= ?""";
        long dossiers = jdbc.sql("select count(*) " + online).param(OffsetDateTime.ofInstant(from, ZoneOffset.UTC)).query(Long.class).single();
        assertThat(dossiers).as("online dossiers of the last 90 days at Xã Thọ Xuân").isGreaterThan(300);
        long linked = jdbc.sql("select count(*) " + online.replace("where", """
                join portal_submission s on s.dossier_code = d.code and s.status = 'RECEIVED' and s.decided_at = d.received_at
                    and s.submitted_at <= d.received_at and s.procedure_version_id = d.procedure_version_id
                    and s.applicant ->> 'name' = d.applicant_name and s.applicant ->> 'idNumber' = d.applicant_id_number
                    and s.decided_by = 'clerk'
                where""")).param(OffsetDateTime.ofInstant(from, ZoneOffset.UTC)).query(Long.class).single();
        assertThat(linked).as("each received through its submission").isEqualTo(dossiers);
        assertThat(jdbc.sql("select count(*) from portal_submission where account_id is null and submitted_at >= decided_at")
                .query(Long.class).single()).as("filed some working hours before the receipt").isZero();
        long births = jdbc.sql("select count(*) from portal_submission where procedure_code = '1.001193' and status = 'RECEIVED'"
                + " and form ->> 'ho_ten' is not null and form ->> 'ngay_sinh' is not null").query(Long.class).single();
        assertThat(births).as("birth registrations with the e-form answered").isPositive();

        long atTheCounter = jdbc.sql("""
                select count(*) from dossiers_dossier d join portal_submission s on s.dossier_code = d.code
                where d.channel in ('DIRECT', 'POSTAL')""").query(Long.class).single();
        assertThat(atTheCounter).as("counter and postal dossiers came through no submission").isZero();

        JsonNode waiting = get("/api/v1/submissions?agencyCode=000.00.71.H56", "clerk").json();
        assertThat(waiting.size()).as("only the demo citizen's marital status confirmation waits at the desk").isEqualTo(1);
        long oneOfThem = jdbc.sql("select id from portal_submission where account_id is null order by id limit 1").query(Long.class).single();
        Answer seen = get("/api/v1/submissions/" + oneOfThem, "clerk");
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().get("status").asText()).isEqualTo("RECEIVED");
        vn.motcua.portal.internal.SubmissionRows rows = app.getBean(vn.motcua.portal.internal.SubmissionRows.class);
        assertThat(rows.find(oneOfThem).orElseThrow().accountId()).as("filed without an account: no account, not account 0").isNull();
        long citizen = jdbc.sql("select id from accounts_account where username = 'congdan'").query(Long.class).single();
        long citizens = jdbc.sql("select id from portal_submission where account_id = ? order by id limit 1").param(citizen)
                .query(Long.class).single();
        assertThat(rows.find(citizens).orElseThrow().accountId()).isEqualTo(citizen);
        assertThat(seen.json().get("dossierCode").asText()).isNotBlank();
        assertThat(seen.json().get("history").findValuesAsString("status")).containsExactly("SUBMITTED", "RECEIVED");
    }

    @Test
    void theWorkListsOfTodayHaveWorkAndLateDossiersHaveApologies() throws Exception {
        JsonNode agency = get("/api/v1/dossiers/work/AGENCY", "clerk").json();
        assertThat(agency.size()).as("open dossiers at Xã Thọ Xuân").isGreaterThan(20);
        for (JsonNode dossier : agency) {
            assertThat(OffsetDateTime.parse(dossier.get("receivedAt").asText()).toInstant())
                    .as("an open dossier of the last weeks").isAfter(TODAY.minus(Duration.ofDays(90)));
        }
        assertThat(figure("dossiers.apologies", "38", "2026-06-15", "2026-09-15", "")).isBetween(10L, 300L);
        long portal = figure("dossiers.publishedPortal", "38", "2026-06-15", "2026-09-15", "");
        long website = figure("dossiers.publishedWebsite", "38", "2026-06-15", "2026-09-15", "");
        long published = figure("dossiers.published", "38", "2026-06-15", "2026-09-15", "");
        assertThat(published).as("a dossier on the portal and the website counts once").isLessThan(portal + website)
                .isGreaterThan(Math.max(portal, website));
    }

    static JsonNode row(JsonNode report, String key) {
        for (JsonNode row : report.get("rows")) {
            if (row.get("key").asText().equals(key)) {
                return row.get("value");
            }
        }
        throw new AssertionError("no row " + key + " in " + report.get("template").asText());
    }

    /**
     * The two-tier reports of a new commune (Xã Thọ Xuân) and of the province, in the fourth quarter of 2025 and the third of
     * 2026: the reform plans, the tasks the province assigned, the inspections, the survey answers and the dialogues have figures.
     */
    @Test
    void theTwoTierReportsOfACommuneAndOfTheProvinceHaveTaskAndSurveyFigures() throws Exception {
        for (String period : List.of("2025-Q4", "2026-Q3")) {
            for (String unit : List.of("15499", "38")) {
                Answer answer = get("/api/v1/reports/CCHC-2025/" + period + "/" + unit, true);
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                JsonNode report = answer.json();
                String which = unit + " " + period + " ";
                assertThat(row(report, "1.1.1").asLong()).as(which + "1.1.1 tasks planned").isPositive();
                assertThat(row(report, "1.1.2").asLong()).as(which + "1.1.2 tasks done").isPositive()
                        .isLessThanOrEqualTo(row(report, "1.1.1").asLong());
                assertThat(row(report, "1.1.3").asLong()).as(which + "1.1.3 directives").isNotNegative();
                assertThat(row(report, "1.3.1").asLong()).as(which + "1.3.1 tasks assigned").isPositive();
                assertThat(row(report, "1.3.2").asLong() + row(report, "1.3.3").asLong()).as(which + "1.3.2 + 1.3.3 done")
                        .isLessThanOrEqualTo(row(report, "1.3.1").asLong());
                assertThat(row(report, "1.4.1").asLong()).as(which + "1.4.1 survey answers").isPositive();
                assertThat(row(report, "1.4.2").isNull()).as(which + "1.4.2 survey form").isFalse();
                assertThat(row(report, "3.3.1").asLong()).as(which + "3.3.1 dossiers received").isPositive();
            }
        }
        JsonNode province2025 = get("/api/v1/reports/CCHC-2025/2025-Q4/38", true).json();
        assertThat(row(province2025, "1.2.2").asLong()).as("communes inspected by the province in 2025-Q4").isEqualTo(4);
        assertThat(row(province2025, "1.5").asLong()).as("a commune held a dialogue in 2025-Q4").isEqualTo(1);
        JsonNode province2026 = get("/api/v1/reports/CCHC-2025/2026-Q3/38", true).json();
        assertThat(row(province2026, "1.2.1").asLong()).as("departments inspected by the province in 2026-Q3").isEqualTo(4);
        assertThat(row(province2026, "1.4.2").asLong()).as("online answers and paper slips").isEqualTo(2);
        assertThat(row(province2026, "1.4.1").asLong()).as("the province's answers are its communes'")
                .isGreaterThan(row(get("/api/v1/reports/CCHC-2025/2026-Q3/15499", true).json(), "1.4.1").asLong());
    }

    /** QA 03/12/2026: the investment climate of 2025–2026 counted no market inspection; the team now works in today's communes. */
    @Test
    void theMarketSurveillanceTeamInspectsTodaysCommunes() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        List<JsonNode> inspections = new java.util.ArrayList<>();
        for (String commune : List.of("15499", "15505", "15520", "15553", "15544", "15568", "15574", "15592")) {
            Answer answer = get("/api/v1/investment/market-inspections?unitCode=" + commune + "&from=2025-07-01&to=" + today.plusDays(1), true);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            answer.json().forEach(inspections::add);
        }
        assertThat(inspections).as("inspections in today's communes since 01/07/2025, two or three a month").hasSizeGreaterThanOrEqualTo(30);
        assertThat(inspections).allSatisfy(i -> assertThat(java.time.LocalDate.parse(i.get("inspectedOn").asText())).isBeforeOrEqualTo(today))
                .anyMatch(i -> i.get("handled").asBoolean()).anyMatch(i -> !i.get("handled").asBoolean());
    }

    @Test
    void theDashboardOfTheProvinceShowsTheCommunesAndTheirSatisfaction() throws Exception {
        JsonNode view = get("/api/v1/dashboard?unitCode=38&period=2026-Q3", true).json();
        assertThat(view.get("communes")).as("the eight communes ranked").hasSize(8);
        assertThat(view.get("satisfaction").size()).as("survey answers by agency").isGreaterThanOrEqualTo(8);
        for (JsonNode point : view.get("series")) {
            if (point.get("period").asText().compareTo("2025-Q3") >= 0) {
                assertThat(point.get("resolved").asLong()).as("resolved in " + point.get("period").asText()).isPositive();
            }
        }
    }

    /**
     * The demo is the first import of a fresh installation, so its dossiers are loaded without the tables' secondary
     * indexes and foreign key; afterwards every one is back as the migrations define it, and checked.
     */
    @Test
    void afterTheFirstImportTheDossierTablesHaveTheirIndexesAndForeignKeyAgain() {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        List<String> indexes = jdbc.sql("""
                select indexname from pg_indexes where tablename in ('dossiers_dossier', 'dossiers_action', 'dossiers_movement')
                order by 1""").query(String.class).list();
        assertThat(indexes).contains("dossiers_dossier_agency_received_idx", "dossiers_dossier_unit_status_idx",
                "dossiers_dossier_holding_idx", "dossiers_dossier_assignee_idx", "dossiers_dossier_id_number_idx",
                "dossiers_dossier_completed_idx", "dossiers_dossier_open_due_idx", "dossiers_action_kind_at_idx",
                "dossiers_movement_agency_measure_day_idx", "dossiers_movement_republished_idx");
        assertThat(jdbc.sql("select indexdef from pg_indexes where indexname = 'dossiers_movement_republished_idx'").query(String.class)
                .single()).contains("USING gist").contains("WHERE");
        assertThat(jdbc.sql("""
                select convalidated from pg_constraint
                where contype = 'f' and conrelid = 'dossiers_action'::regclass and confrelid = 'dossiers_dossier'::regclass""")
                .query(Boolean.class).list()).containsExactly(true);
    }
}
