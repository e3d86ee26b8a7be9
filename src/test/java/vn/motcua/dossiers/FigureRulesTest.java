package vn.motcua.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.TravelClock;

/**
 * One set of rules for the dossier figures. A district with three communes gets a random history —
 * most of it through the bulk import, some of it received and handled at the desk through the API
 * with the clock moving — including results published on the portal before a window and on the
 * website inside it. For every dossier measure, in windows on and off the half-month boundaries, the
 * figure is the number of dossiers its drill-down lists and the number the records themselves give.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "motcua.demo=true", "motcua.lookup.per-minute=30" })
@Import(TravelClock.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FigureRulesTest {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final String GENERAL = "1.001193";
    private static final String LAND = "1.004227";
    private static final List<String> WINDOWS = List.of("2025-12-15/2026-03-15", "2026-03-15/2026-06-15",
            "2026-01-03/2026-02-20", "2026-03-14/2026-03-17", "2026-03-16/2026-03-17", "2026-02-01/2026-02-02",
            "2025-12-01/2026-07-01");

    /** What the test knows of each dossier it made: level, channel, and the days its figures should move on. */
    private record Known(String level, String channel, LocalDate received, LocalDate resolved, LocalDate ended,
            List<LocalDate> apologies, LocalDate portal, LocalDate website) {
    }

    @LocalServerPort
    int port;

    @Autowired
    TravelClock clock;

    ApiClient api;
    String district;
    final List<Known> known = new ArrayList<>();
    final List<String> deskPublished = new ArrayList<>();

    @BeforeAll
    void buildADistrictAndItsHistory() {
        api = new ApiClient(port);
        clock.set("2026-06-20T09:00:00+07:00");
        String suffix = String.valueOf(System.nanoTime() % 100000);
        district = "7" + suffix;
        created(api.post("/api/v1/units", """
                {"code":"%s","name":"Huyện Quy Tắc","level":"DISTRICT","kind":"huyện","parentCode":"38"}""".formatted(district),
                "admin", "demo"));
        String districtAgency = "R." + suffix + ".0";
        created(api.post("/api/v1/agencies", """
                {"code":"%s","name":"UBND huyện Quy Tắc","unitCode":"%s","kind":"PEOPLES_COMMITTEE"}""".formatted(districtAgency,
                district), "admin", "demo"));
        List<String> agencies = new ArrayList<>(List.of(districtAgency));
        for (int i = 1; i <= 3; i++) {
            created(api.post("/api/v1/units", """
                    {"code":"%s%d","name":"Xã Quy Tắc %d","level":"COMMUNE","kind":"xã","parentCode":"%s"}"""
                    .formatted(district, i, i, district), "admin", "demo"));
            String agency = "R." + suffix + "." + i;
            created(api.post("/api/v1/agencies", """
                    {"code":"%s","name":"UBND xã Quy Tắc %d","unitCode":"%s%d","kind":"PEOPLES_COMMITTEE"}""".formatted(agency, i,
                    district, i), "admin", "demo"));
            agencies.add(agency);
        }
        importPast(agencies, new Random(20260315L));
        handleAtTheDesk(agencies.get(1));
    }

    private static void created(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    /** 600 dossiers of the past through the bulk import: results, refusals, apologies, publications days apart. */
    private void importPast(List<String> agencies, Random random) {
        List<String> lines = new ArrayList<>();
        String[] channels = { "DIRECT", "POSTAL", "ONLINE_PARTIAL", "ONLINE_FULL" };
        for (int n = 0; n < 600; n++) {
            int agency = random.nextInt(agencies.size());
            String channel = channels[random.nextInt(channels.length)];
            OffsetDateTime received = LocalDate.of(2025, 12, 1).plusDays(random.nextInt(200)).atTime(7, 30).atOffset(VIETNAM)
                    .plusMinutes(random.nextInt(540));
            StringBuilder line = new StringBuilder("{\"procedureCode\":\"").append(random.nextInt(5) == 0 ? LAND : GENERAL)
                    .append("\",\"agencyCode\":\"").append(agencies.get(agency)).append("\",\"channel\":\"").append(channel)
                    .append("\",\"applicant\":{\"name\":\"Công dân ").append(n).append("\"},\"receivedAt\":\"").append(received)
                    .append("\",\"dueAt\":\"").append(received.plusDays(5)).append('"');
            int fate = random.nextInt(10);
            OffsetDateTime closed = received.plusHours(1 + random.nextInt(12 * 24));
            LocalDate resolved = null;
            LocalDate ended = null;
            LocalDate portal = null;
            LocalDate website = null;
            List<LocalDate> apologies = new ArrayList<>();
            if (fate < 8) {
                int letters = random.nextInt(6) == 0 ? 1 + random.nextInt(2) : 0;
                StringBuilder apologyList = new StringBuilder();
                for (int a = 0; a < letters; a++) {
                    OffsetDateTime at = received.plusMinutes(10 + a * 10L);
                    apologies.add(at.toLocalDate());
                    apologyList.append(a == 0 ? "" : ",").append("{\"at\":\"").append(at).append("\",\"newDueAt\":\"")
                            .append(received.plusDays(20 + a)).append("\"}");
                }
                if (letters > 0) {
                    line.append(",\"apologies\":[").append(apologyList).append(']');
                }
            }
            if (fate < 6) {
                resolved = closed.toLocalDate();
                line.append(",\"completedAt\":\"").append(closed).append('"');
                List<String> published = new ArrayList<>();
                if (random.nextBoolean()) {
                    OffsetDateTime at = closed.plusDays(random.nextInt(20)).plusMinutes(5);
                    portal = at.toLocalDate();
                    published.add("{\"on\":\"PROVINCE_PORTAL\",\"at\":\"" + at + "\"}");
                }
                if (random.nextBoolean()) {
                    OffsetDateTime at = closed.plusDays(random.nextInt(20)).plusMinutes(7);
                    website = at.toLocalDate();
                    published.add("{\"on\":\"UNIT_WEBSITE\",\"at\":\"" + at + "\"}");
                }
                if (!published.isEmpty()) {
                    line.append(",\"published\":[").append(String.join(",", published)).append(']');
                }
            } else if (fate < 8) {
                ended = closed.toLocalDate();
                line.append(",\"status\":\"").append(fate == 6 ? "REJECTED" : "WITHDRAWN").append("\",\"completedAt\":\"").append(closed)
                        .append('"');
            }
            lines.add(line.append('}').toString());
            known.add(new Known(agency == 0 ? "DISTRICT" : "COMMUNE", channel, received.toLocalDate(), resolved, ended, apologies,
                    portal, website));
        }
        ApiClient.Answer imported = api.send("POST", "/api/v1/imports/dossiers", "application/x-ndjson", String.join("\n", lines),
                "admin", "demo");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    }

    /**
     * Dossiers received and handled at the desk as the days pass: a result published on the portal on
     * the last day of the first quarter's window and on the website in the second's, an apology, a refusal.
     */
    private void handleAtTheDesk(String agency) {
        for (int n = 0; n < 6; n++) {
            clock.set("2026-03-0" + (2 + n % 3) + "T09:00:00+07:00");
            ApiClient.Answer received = api.post("/api/v1/dossiers", """
                    {"procedureCode":"%s","agencyCode":"%s","channel":"DIRECT","applicant":{"name":"Người nộp %d"}}"""
                    .formatted(GENERAL, agency, n), "admin", "demo");
            created(received);
            String code = received.json().get("code").asText();
            LocalDate receivedOn = LocalDate.of(2026, 3, 2 + n % 3);
            List<LocalDate> apologies = new ArrayList<>();
            if (n == 5) {
                act(code, "{\"action\":\"REJECT\",\"reason\":\"Không thuộc thẩm quyền\"}");
                known.add(new Known("COMMUNE", "DIRECT", receivedOn, null, receivedOn, apologies, null, null));
                continue;
            }
            if (n == 4) {
                act(code, "{\"action\":\"APOLOGIZE\",\"reason\":\"Cần xác minh\",\"newDueAt\":\"2026-04-30T09:00:00+07:00\"}");
                apologies.add(receivedOn);
            }
            clock.set("2026-03-13T10:00:00+07:00");
            act(code, "{\"action\":\"COMPLETE\"}");
            clock.set("2026-03-14T16:00:00+07:00");
            act(code, "{\"action\":\"PUBLISH_RESULT\",\"on\":\"PROVINCE_PORTAL\"}");
            clock.set("2026-03-16T08:00:00+07:00");
            act(code, "{\"action\":\"PUBLISH_RESULT\",\"on\":\"UNIT_WEBSITE\"}");
            deskPublished.add(code);
            known.add(new Known("COMMUNE", "DIRECT", receivedOn, LocalDate.of(2026, 3, 13), null, apologies, LocalDate.of(2026, 3, 14),
                    LocalDate.of(2026, 3, 16)));
        }
    }

    private void act(String code, String json) {
        ApiClient.Answer answer = api.post("/api/v1/dossiers/" + code + "/actions", json, "admin", "demo");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private JsonNode figure(String measure, String window, String filters) {
        return figure(district, measure, window, filters);
    }

    private JsonNode figure(String unit, String measure, String window, String filters) {
        String[] w = window.split("/");
        ApiClient.Answer answer = api.get("/api/v1/dossiers/measures/" + measure + "?unitCode=" + unit + "&from=" + w[0] + "&to="
                + w[1] + "&withDossiers=true" + (filters.isEmpty() ? "" : "&" + filters), "admin", "demo");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void everyFigureIsAsLongAsItsDrillDownInAnyWindowAndUnderAnyFilter() {
        List<String> filters = List.of("", "level=COMMUNE", "level=DISTRICT", "channel=DIRECT,POSTAL", "channel=ONLINE_FULL",
                "fieldCode=dat-dai");
        for (String window : WINDOWS) {
            for (String measure : DossierMeasures.MEASURES) {
                for (String filter : filters) {
                    JsonNode figure = figure(filter.startsWith("channel=D") ? district + "1" : district, measure, window, filter);
                    List<String> codes = new ArrayList<>();
                    figure.get("dossierCodes").forEach(c -> codes.add(c.asText()));
                    assertThat(figure.get("value").asLong()).as(measure + " " + window + " " + filter).isEqualTo(codes.size());
                    if (measure.equals(DossierMeasures.PUBLISHED)) {
                        assertThat(new HashSet<>(codes)).as("3.4 lists each dossier once").hasSize(codes.size());
                    }
                }
            }
        }
    }

    @Test
    void everyFigureIsWhatTheRecordsGive() {
        Map<String, Function<Known, List<LocalDate>>> days = Map.of(
                DossierMeasures.RECEIVED, k -> List.of(k.received()),
                DossierMeasures.RESOLVED, k -> k.resolved() == null ? List.of() : List.of(k.resolved()),
                DossierMeasures.ENDED, k -> k.ended() == null ? List.of() : List.of(k.ended()),
                DossierMeasures.APOLOGIES, Known::apologies,
                DossierMeasures.PUBLISHED_PORTAL, k -> k.portal() == null ? List.of() : List.of(k.portal()),
                DossierMeasures.PUBLISHED_WEBSITE, k -> k.website() == null ? List.of() : List.of(k.website()));
        for (String window : WINDOWS) {
            LocalDate from = LocalDate.parse(window.split("/")[0]);
            LocalDate to = LocalDate.parse(window.split("/")[1]);
            for (var measure : days.entrySet()) {
                for (String level : List.of("DISTRICT", "COMMUNE")) {
                    long expected = known.stream().filter(k -> k.level().equals(level))
                            .flatMap(k -> measure.getValue().apply(k).stream()).filter(d -> !d.isBefore(from) && d.isBefore(to))
                            .count();
                    assertThat(figure(measure.getKey(), window, "level=" + level).get("value").asLong())
                            .as(measure.getKey() + " " + level + " " + window).isEqualTo(expected);
                }
            }
            long published = known.stream().filter(k -> in(k.portal(), from, to) || in(k.website(), from, to)).count();
            assertThat(figure(DossierMeasures.PUBLISHED, window, "").get("value").asLong()).as("3.4 " + window).isEqualTo(published);
            long resolved = figure(DossierMeasures.RESOLVED, window, "").get("value").asLong();
            assertThat(figure(DossierMeasures.RESOLVED_ON_TIME, window, "").get("value").asLong()
                    + figure(DossierMeasures.RESOLVED_LATE, window, "").get("value").asLong()).as("on time + late " + window)
                    .isEqualTo(resolved);
        }
    }

    /**
     * Row 3.4 counts a dossier in every window holding one of its publications: the dossiers published
     * at the desk on the portal on 14/03 and on the website on 16/03 count in the first quarter, whose
     * window ends with 14/03, and again in the second, whose window starts on 15/03.
     */
    @Test
    void aDossierPublishedInTwoQuartersCountsInBoth() {
        assertThat(deskPublished).hasSize(5);
        String commune = district + "1";
        assertThat(codes(figure(commune, DossierMeasures.PUBLISHED, "2025-12-15/2026-03-15", "channel=DIRECT")))
                .containsAll(deskPublished);
        assertThat(codes(figure(commune, DossierMeasures.PUBLISHED, "2026-03-15/2026-06-15", "channel=DIRECT")))
                .containsAll(deskPublished);
        assertThat(codes(figure(commune, DossierMeasures.PUBLISHED_PORTAL, "2026-03-15/2026-06-15", "channel=DIRECT")))
                .doesNotContainAnyElementsOf(deskPublished);
        assertThat(codes(figure(commune, DossierMeasures.PUBLISHED, "2026-03-15/2026-03-16", "channel=DIRECT")))
                .doesNotContainAnyElementsOf(deskPublished);
    }

    private static Set<String> codes(JsonNode figure) {
        Set<String> codes = new HashSet<>();
        figure.get("dossierCodes").forEach(c -> codes.add(c.asText()));
        assertThat(figure.get("value").asLong()).isEqualTo(codes.size());
        return codes;
    }

    private static boolean in(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && day.isBefore(to);
    }
}
