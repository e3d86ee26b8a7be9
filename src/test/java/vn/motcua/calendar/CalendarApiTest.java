package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/** The working calendar as shipped: the official schedules of 2024–2026, due times over the breaks, overrides. */
@DemoSystemTest
class CalendarApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    WorkingCalendar calendar;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private String due(String from, String duration) {
        return api.get("/api/v1/calendar/due?from=" + from.replace("+", "%2B") + "&" + duration, "clerk", "demo").json()
                .get("due").asText();
    }

    @Test
    void dueTimesStepOverTheOfficialBreaks() {
        assertThat(due("2025-01-24T09:00:00+07:00", "workingDays=5")).isEqualTo("2025-02-07T09:00:00+07:00");
        assertThat(due("2026-01-06T09:00:00+07:00", "workingDays=5")).isEqualTo("2026-01-12T09:00:00+07:00");
        assertThat(due("2026-02-12T10:00:00+07:00", "workingDays=3")).isEqualTo("2026-02-24T10:00:00+07:00");
        // The 30/4 swap of 2024: Monday 29/04 off, Saturday 04/05 worked.
        assertThat(due("2024-04-26T09:00:00+07:00", "workingDays=2")).isEqualTo("2024-05-03T09:00:00+07:00");
        assertThat(due("2024-04-26T09:00:00+07:00", "workingDays=3")).isEqualTo("2024-05-04T09:00:00+07:00");
        assertThat(due("2024-04-26T09:00:00+07:00", "workingHours=4")).isEqualTo("2024-04-26T15:00:00+07:00");
    }

    @Test
    void aPlusSignSentUnencodedStillReads() {
        JsonNode answer = api.get("/api/v1/calendar/due?from=2025-01-24T09:00:00+07:00&workingDays=5", "clerk", "demo").json();
        assertThat(answer.get("due").asText()).isEqualTo("2025-02-07T09:00:00+07:00");
    }

    private static boolean off(JsonNode days, String date) {
        return StreamSupport.stream(days.spliterator(), false)
                .anyMatch(d -> d.get("date").asText().equals(date) && !d.get("kind").asText().equals("WORKDAY"));
    }

    @Test
    void theYearsCarryTheirOfficialSchedules() {
        JsonNode y2024 = api.get("/api/v1/calendar/holidays?year=2024", "clerk", "demo").json();
        for (String date : new String[] { "2024-01-01", "2024-02-08", "2024-02-09", "2024-02-13", "2024-02-14", "2024-04-18",
                "2024-04-29", "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03" }) {
            assertThat(off(y2024, date)).as(date).isTrue();
        }
        assertThat(y2024).anyMatch(d -> d.get("date").asText().equals("2024-05-04") && d.get("kind").asText().equals("WORKDAY"));

        JsonNode y2025 = api.get("/api/v1/calendar/holidays?year=2025", "clerk", "demo").json();
        for (String date : new String[] { "2025-01-01", "2025-01-27", "2025-01-28", "2025-01-31", "2025-04-07", "2025-04-30",
                "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02" }) {
            assertThat(off(y2025, date)).as(date).isTrue();
        }
        assertThat(off(y2025, "2025-09-03")).isFalse();
        assertThat(y2025).anyMatch(d -> d.get("date").asText().equals("2025-04-26") && d.get("kind").asText().equals("WORKDAY"));

        JsonNode y2026 = api.get("/api/v1/calendar/holidays?year=2026", "clerk", "demo").json();
        for (String date : new String[] { "2026-01-01", "2026-01-02", "2026-02-16", "2026-02-20", "2026-04-27", "2026-04-30",
                "2026-05-01" }) {
            assertThat(off(y2026, date)).as(date).isTrue();
        }
        assertThat(y2026).anyMatch(d -> d.get("date").asText().equals("2026-04-26") && d.get("kind").asText().equals("HOLIDAY")
                && d.get("name").asText().equals("Giỗ Tổ Hùng Vương"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 27))).isFalse();
    }

    @Test
    void anAdministratorsOverrideMovesDueTimesAndIsAudited() {
        // A day off decided for Wednesday 2030-03-06 pushes a 1-day deadline from Tuesday over it.
        assertThat(due("2030-03-05T09:00:00+07:00", "workingDays=1")).isEqualTo("2030-03-06T09:00:00+07:00");
        assertThat(api.send("PUT", "/api/v1/calendar/overrides/2030-03-06", "application/json",
                "{\"kind\":\"DAY_OFF\",\"name\":\"Nghỉ thử nghiệm\"}", "clerk", "demo").status()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/v1/calendar/overrides/2030-03-06", "application/json",
                "{\"kind\":\"DAY_OFF\",\"name\":\"Nghỉ thử nghiệm\"}", "admin", "demo").status()).isEqualTo(200);
        assertThat(due("2030-03-05T09:00:00+07:00", "workingDays=1")).isEqualTo("2030-03-07T09:00:00+07:00");
        assertThat(api.get("/api/v1/audit?entityType=calendar-override&text=2030-03-06", "admin", "demo").json())
                .extracting(e -> e.get("action").asText()).contains("calendar.override.added");

        assertThat(api.send("DELETE", "/api/v1/calendar/overrides/2030-03-06", null, null, "admin", "demo").status())
                .isEqualTo(204);
        assertThat(due("2030-03-05T09:00:00+07:00", "workingDays=1")).isEqualTo("2030-03-06T09:00:00+07:00");
        assertThat(api.send("DELETE", "/api/v1/calendar/overrides/2030-03-06", null, null, "admin", "demo").status())
                .isEqualTo(404);
        assertThat(api.send("PUT", "/api/v1/calendar/overrides/2030-03-07", "application/json",
                "{\"kind\":\"HOLIDAY\",\"name\":\"x\"}", "admin", "demo").status()).isEqualTo(422);
    }

    @Test
    void badParametersAreNamed() {
        assertThat(api.get("/api/v1/calendar/due?from=hôm-nay&workingDays=1", "clerk", "demo").json()
                .get("details").get(0).get("field").asText()).isEqualTo("from");
        assertThat(api.get("/api/v1/calendar/due?from=2025-01-01T09:00:00Z&workingDays=1&workingHours=2", "clerk", "demo")
                .status()).isEqualTo(422);
        assertThat(api.get("/api/v1/calendar/due?from=2025-01-01T09:00:00Z&workingDays=-1", "clerk", "demo").status())
                .isEqualTo(422);
        assertThat(api.get("/api/v1/calendar/due?from=2195-01-01T09:00:00Z&workingDays=1", "clerk", "demo").status())
                .isEqualTo(422);
        assertThat(api.get("/api/v1/calendar/holidays?year=abc", "clerk", "demo").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/calendar/holidays?year=3000", "clerk", "demo").status()).isEqualTo(422);
    }

    @Test
    void theYearViewShowsTheBreaksAndTakesOverrides() throws Exception {
        var admin = user(accounts.loadUserByUsername("admin"));
        mvc.perform(get("/admin/calendar").param("year", "2025").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tết Âm lịch")))
                .andExpect(content().string(containsString("data-date=\"2025-01-27\"")))
                .andExpect(content().string(containsString("Làm bù cho ngày 02/5")))
                .andExpect(content().string(containsString("day-workday")));
        mvc.perform(post("/admin/calendar").with(admin).with(csrf()).param("kind", "DAY_OFF").param("name", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Cần nhập ngày.")));
        mvc.perform(get("/admin/calendar").param("year", "2025").with(user(accounts.loadUserByUsername("clerk"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void removingADayWithNothingDecidedNamesTheDay() throws Exception {
        var admin = user(accounts.loadUserByUsername("admin"));
        var removed = mvc.perform(post("/admin/calendar/2025-03-04/delete").with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/calendar?year=2025")).andReturn();
        // The redirected page reads the message from the session, as a browser following the redirect would.
        mvc.perform(get("/admin/calendar?year=2025").with(admin).cookie(removed.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ngày 04/03/2025 không có điều chỉnh nào.")));
    }
}
