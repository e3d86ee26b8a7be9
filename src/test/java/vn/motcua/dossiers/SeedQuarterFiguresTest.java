package vn.motcua.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossiers.internal.DemoCommunes;
import vn.motcua.dossiers.internal.ReceiptTimes;
import vn.motcua.dossiers.internal.SeedQuarter;

/**
 * The dossier measures on a district built in this test (its own units, agencies and a quarter of
 * history through the bulk import) reproduce the seed report's Q1 2024 appendix, row by row.
 */
@DemoSystemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedQuarterFiguresTest {

    @LocalServerPort
    int port;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JsonMapper json;

    ApiClient api;
    String district;

    @BeforeAll
    void buildDistrictAndItsQuarter() {
        api = new ApiClient(port);
        String suffix = String.valueOf(System.nanoTime() % 100000);
        district = "8" + suffix;
        assertThat(api.post("/api/v1/units", """
                {"code":"%s","name":"Huyện Thử Nghiệm","level":"DISTRICT","kind":"huyện","parentCode":"38","validTo":"2025-06-30"}"""
                .formatted(district), "admin", "demo").status()).isEqualTo(201);
        String districtAgency = "T." + suffix + ".0";
        api.post("/api/v1/agencies", """
                {"code":"%s","name":"UBND huyện Thử Nghiệm","unitCode":"%s","kind":"PEOPLES_COMMITTEE","unitValidOn":"2024-01-01"}"""
                .formatted(districtAgency, district), "admin", "demo");
        List<DemoCommunes.Commune> communes = new ArrayList<>();
        int[] populations = { 12_400, 8_300, 5_100 };
        for (int i = 1; i <= 3; i++) {
            String commune = district + i;
            api.post("/api/v1/units", """
                    {"code":"%s","name":"Xã Thử %d","level":"COMMUNE","kind":"xã","parentCode":"%s","validTo":"2025-06-30"}"""
                    .formatted(commune, i, district), "admin", "demo");
            String agency = "T." + suffix + "." + i;
            api.post("/api/v1/agencies", """
                    {"code":"%s","name":"UBND xã Thử %d","unitCode":"%s","kind":"PEOPLES_COMMITTEE","unitValidOn":"2024-01-01"}"""
                    .formatted(agency, i, commune), "admin", "demo");
            communes.add(new DemoCommunes.Commune(agency, commune, "Xã Thử " + i, populations[i - 1], 97.5 + i, 0.9 + 0.1 * i));
        }
        // The history as the import's lines: each record written as JSON is one.
        List<String> lines = SeedQuarter.dossiers(districtAgency, communes,
                new SeedQuarter.Procedures("1.001612", "1.009794", "1.001193", "1.004227"),
                new ReceiptTimes(calendar, "07:00-11:30,13:30-17:00")).stream().map(json::writeValueAsString).toList();
        ApiClient.Answer imported = api.send("POST", "/api/v1/imports/dossiers", "application/x-ndjson", String.join("\n", lines),
                "admin", "demo");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(8803 + 13);
    }

    private long figure(String measure, String filters) {
        return api.get("/api/v1/dossiers/measures/" + measure + "?unitCode=" + district + "&from=2023-12-15&to=2024-03-15"
                + (filters.isEmpty() ? "" : "&" + filters), "admin", "demo").json().get("value").asLong();
    }

    @Test
    void whatWasStillOpenAtTheQuartersEndWasFinishedLateThatSpringSoNothingOf2024IsOpenToday() {
        List<PastDossier> history = SeedQuarter.dossiers("T.0", List.of(new DemoCommunes.Commune("T.1", "1", "Xã Một", 1000, 98, 1)),
                new SeedQuarter.Procedures("1.001612", "1.009794", "1.001193", "1.004227"),
                new ReceiptTimes(calendar, "07:00-11:30,13:30-17:00"));
        java.time.Instant windowEnd = java.time.LocalDate.of(2024, 3, 15).atStartOfDay(java.time.ZoneOffset.ofHours(7)).toInstant();
        java.time.Instant summer = java.time.LocalDate.of(2024, 7, 1).atStartOfDay(java.time.ZoneOffset.ofHours(7)).toInstant();
        assertThat(history).allSatisfy(d -> assertThat(d.completedAt()).as("finished").isNotNull().isBefore(summer));
        assertThat(history.stream().filter(d -> d.completedAt().isAfter(windowEnd))).hasSize(6 + 13)
                .allSatisfy(d -> assertThat(d.completedAt()).isAfter(d.dueAt()));
        // In the district built here: those 19 were resolved after the quarter, late, and are no longer pending.
        assertThat(api.get("/api/v1/dossiers/measures/dossiers.resolved?unitCode=" + district + "&from=2024-03-15&to=2024-07-01",
                "admin", "demo").json().get("value").asLong()).isEqualTo(19);
    }

    @Test
    void theDemosJanuary2024DossierOfXuanHongWasFinishedIn2024AndItsHistoryNamesTheSystemInVietnamese(
            @Autowired org.springframework.test.web.servlet.MockMvc mvc,
            @Autowired org.springframework.security.core.userdetails.UserDetailsService accounts) throws Exception {
        var page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/dossiers/H56.14.31-240129-0005")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        accounts.loadUserByUsername("admin")))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        String text = page.getContentAsString().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(text).contains("UBND xã Xuân Hồng", "· Hệ thống").doesNotContain("· system", "Mới tiếp nhận", "Người xử lý system");
    }

    @Test
    void receivedByChannelAndLevel() {
        assertThat(figure("dossiers.received", "")).as("3.3.1").isEqualTo(8803);
        assertThat(figure("dossiers.received", "channel=DIRECT")).as("3.3.1.direct").isEqualTo(4167);
        assertThat(figure("dossiers.received", "channel=DIRECT&level=COMMUNE")).as("3.3.1.direct.commune").isEqualTo(4167);
        assertThat(figure("dossiers.received", "channel=POSTAL")).as("3.3.1.postal").isEqualTo(2);
        assertThat(figure("dossiers.received", "channel=ONLINE_PARTIAL")).as("3.3.1.online3").isEqualTo(2515);
        assertThat(figure("dossiers.received", "channel=ONLINE_PARTIAL&level=DISTRICT")).as("3.3.1.online3.district").isEqualTo(135);
        assertThat(figure("dossiers.received", "channel=ONLINE_PARTIAL&level=COMMUNE")).as("3.3.1.online3.commune").isEqualTo(2380);
        assertThat(figure("dossiers.received", "channel=ONLINE_FULL")).as("3.3.1.online4").isEqualTo(2119);
        assertThat(figure("dossiers.received", "channel=ONLINE_FULL&level=DISTRICT")).as("3.3.1.online4.district").isEqualTo(256);
        assertThat(figure("dossiers.received", "channel=ONLINE_FULL&level=COMMUNE")).as("3.3.1.online4.commune").isEqualTo(1863);
    }

    @Test
    void resolvedOnTimeByLevelChannelAndField() {
        assertThat(figure("dossiers.resolvedOnTime", "level=DISTRICT")).as("3.3.2").isEqualTo(260);
        assertThat(figure("dossiers.resolvedOnTime", "level=DISTRICT&channel=ONLINE_PARTIAL")).as("3.3.2.online3").isEqualTo(100);
        assertThat(figure("dossiers.resolvedOnTime", "level=DISTRICT&channel=ONLINE_FULL")).as("3.3.2.online4").isEqualTo(160);
        assertThat(figure("dossiers.resolvedOnTime", "level=COMMUNE")).as("3.3.3").isEqualTo(8366);
        assertThat(figure("dossiers.resolvedOnTime", "level=COMMUNE&channel=DIRECT")).as("3.3.3.direct").isEqualTo(4159);
        assertThat(figure("dossiers.resolvedOnTime", "level=COMMUNE&channel=POSTAL")).as("3.3.3.postal").isEqualTo(1);
        assertThat(figure("dossiers.resolvedOnTime", "level=COMMUNE&channel=ONLINE_PARTIAL")).as("3.3.3.online3").isEqualTo(2374);
        assertThat(figure("dossiers.resolvedOnTime", "level=COMMUNE&channel=ONLINE_FULL")).as("3.3.3.online4").isEqualTo(1832);
        assertThat(figure("dossiers.resolvedOnTime", "level=COMMUNE&fieldCode=dat-dai")).as("3.3.4.commune").isEqualTo(41);
        assertThat(figure("dossiers.resolvedOnTime", "level=DISTRICT&fieldCode=dat-dai")).as("3.3.4.district").isZero();
        assertThat(figure("dossiers.resolvedOnTime", "level=DISTRICT&fieldCode=xay-dung")).as("3.3.5.district").isEqualTo(4);
        assertThat(figure("dossiers.resolvedOnTime", "")).isEqualTo(8626);
    }

    @Test
    void publicationsAndApologies() {
        assertThat(figure("dossiers.publishedPortal", "level=COMMUNE")).as("3.4.1.commune").isEqualTo(3323);
        assertThat(figure("dossiers.publishedPortal", "level=DISTRICT")).as("3.4.1.district").isZero();
        assertThat(figure("dossiers.publishedWebsite", "level=DISTRICT")).as("3.4.2.district").isEqualTo(260);
        assertThat(figure("dossiers.publishedWebsite", "level=COMMUNE")).as("3.4.2.commune").isEqualTo(3645);
        // 3.4 counts a dossier published on both once: 3,323 + 3,645 + 260 − 323 on both.
        assertThat(figure("dossiers.published", "")).as("3.4").isEqualTo(6905);
        assertThat(figure("dossiers.apologies", "")).as("3.5").isEqualTo(56);
        assertThat(figure("dossiers.apologies", "level=DISTRICT")).as("3.5.district").isEqualTo(3);
        assertThat(figure("dossiers.apologies", "level=COMMUNE")).as("3.5.commune").isEqualTo(53);
    }

    @Test
    void aFigureDrillsDownToItsDossiers() {
        var figure = api.get("/api/v1/dossiers/measures/dossiers.resolvedOnTime?unitCode=" + district
                + "&from=2023-12-15&to=2024-03-15&level=DISTRICT&withDossiers=true", "admin", "demo").json();
        assertThat(figure.get("dossierCodes")).hasSize(260);
        String one = figure.get("dossierCodes").get(0).asText();
        var dossier = api.get("/api/v1/dossiers/" + one, "admin", "demo").json();
        assertThat(dossier.get("timeliness").asText()).isIn("EARLY", "ON_TIME");
        assertThat(dossier.get("history").get(0).get("action").asText()).isEqualTo("RECEIVE");
    }

    /**
     * Figures are kept by day and by half month (1–14, 15–end); a window that does not start or end
     * on those days reads its ragged ends by day. Whatever the window, the figure is the number of
     * dossiers the records themselves give, and two windows side by side add up to the whole.
     */
    @Test
    void anyWindowGivesWhatTheRecordsGive() {
        String[][] windows = { { "2023-12-20", "2024-03-10" }, { "2024-01-03", "2024-01-09" }, { "2024-01-10", "2024-01-20" },
                { "2024-01-15", "2024-02-01" }, { "2023-12-15", "2024-03-15" }, { "2024-02-14", "2024-02-16" } };
        for (String[] w : windows) {
            for (String measure : List.of("dossiers.received", "dossiers.resolvedOnTime", "dossiers.publishedWebsite")) {
                var figure = api.get("/api/v1/dossiers/measures/" + measure + "?unitCode=" + district + "&from=" + w[0] + "&to=" + w[1]
                        + "&withDossiers=true", "admin", "demo").json();
                assertThat(figure.get("value").asLong()).as(measure + " " + w[0] + "–" + w[1])
                        .isEqualTo(figure.get("dossierCodes").size()).isPositive();
            }
        }
        assertThat(windowFigure("2023-12-15", "2024-01-22") + windowFigure("2024-01-22", "2024-03-15")).isEqualTo(8803);
        assertThat(windowFigure("2023-12-15", "2024-01-01") + windowFigure("2024-01-01", "2024-01-02")
                + windowFigure("2024-01-02", "2024-03-15")).isEqualTo(8803);
    }

    private long windowFigure(String from, String to) {
        return api.get("/api/v1/dossiers/measures/dossiers.received?unitCode=" + district + "&from=" + from + "&to=" + to, "admin",
                "demo").json().get("value").asLong();
    }

    @Test
    void theNextQuarterStartsFromZeroAndACommuneSeesOnlyItself() {
        assertThat(api.get("/api/v1/dossiers/measures/dossiers.received?unitCode=" + district + "&from=2024-03-15&to=2024-06-15",
                "admin", "demo").json().get("value").asLong()).isZero();
        assertThat(api.get("/api/v1/dossiers/measures/dossiers.received?unitCode=" + district + "&from=2023-12-15&to=2024-03-15",
                "reporter", "demo").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/dossiers/measures/dossiers.nothing?unitCode=" + district + "&from=2023-12-15&to=2024-03-15",
                "admin", "demo").status()).isEqualTo(422);
    }
}
