package vn.motcua.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/**
 * The demo catalogue across the reorganisation of 1 July 2025: the district-level procedures end on
 * 30/06/2025, replaced by their successors at commune (or province) level, so a report of a later
 * period counts only procedures in force then — and Q1 2024 still counts what the seed prints.
 */
@DemoSystemTest
class TwoTierCatalogueTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private long row(String period, String unit, String key) {
        JsonNode report = api.get("/api/v1/reports/CCHC-2024/" + period + "/" + unit, "admin", "demo").json();
        return StreamSupport.stream(report.get("rows").spliterator(), false).filter(r -> r.get("key").asText().equals(key))
                .findFirst().orElseThrow().get("value").asLong();
    }

    private List<String> records(String period, String unit, String key) {
        JsonNode records = api.get("/api/v1/reports/CCHC-2024/" + period + "/" + unit + "/rows/" + key + "/records", "admin", "demo")
                .json();
        return StreamSupport.stream(records.get("codes").spliterator(), false).map(JsonNode::asText).toList();
    }

    /** The demo catalogue's procedures of a level, as the file loaded at first start lists them. */
    private static List<String> demoCodes(String level) throws IOException {
        String csv = new String(new ClassPathResource("demo/thu-tuc-hanh-chinh.csv").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        Pattern comma = Pattern.compile(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
        return csv.lines().skip(1).map(comma::split).filter(cells -> cells[4].equals(level)).map(cells -> cells[0]).toList();
    }

    // Other tests add procedures of their own to the shared catalogue, so the figures are read through the records behind them.

    @Test
    void theProvincesCatalogueOfTheFourthQuarterOf2025CountsNoDistrictProcedureOfTheDemo() throws IOException {
        List<String> district = demoCodes("DISTRICT");
        assertThat(district).hasSize(25);
        assertThat(records("2025-Q4", "38", "3.1.3")).doesNotContainAnyElementsOf(district)
                .contains("1.013809", "1.013813", "1.001193");
        assertThat(records("2025-Q4", "38", "3.1.3.district")).doesNotContainAnyElementsOf(district);
        assertThat(records("2025-Q4", "38", "3.1.3.commune")).containsAll(demoCodes("COMMUNE").stream()
                .filter(code -> !code.equals("1.000000") && !code.equals("1.000001")).toList());
        assertThat(row("2025-Q4", "38", "3.1.3")).isEqualTo(row("2025-Q4", "38", "3.1.3.district") + row("2025-Q4", "38", "3.1.3.commune"));
    }

    @Test
    void theDistrictProceduresEndWhenTheirSuccessorsStart() throws IOException {
        // Window of 2025-Q3: 15/06–14/09/2025, holding 1 July.
        assertThat(records("2025-Q3", "38", "3.1.2")).as("district procedures abolished").containsAll(demoCodes("DISTRICT"));
        assertThat(records("2025-Q3", "38", "3.1.1")).as("their successors at commune level").contains("1.013801", "1.013809",
                "1.013825").doesNotContain("1.013805");
        JsonNode replaced = api.get("/api/v1/procedures/1.009794", "admin", "demo").json();
        assertThat(replaced.get("abolishedOn").asText()).isEqualTo("2025-07-01");
        assertThat(replaced.get("replacedBy").asText()).isEqualTo("1.013809");
        JsonNode successor = api.get("/api/v1/procedures/1.013809", "admin", "demo").json();
        assertThat(successor.get("level").asText()).isEqualTo("COMMUNE");
        assertThat(successor.get("publishedOn").asText()).isEqualTo("2025-07-01");
    }

    @Test
    void theFirstQuarterOf2024StillCountsItsDistrictProcedures() throws IOException {
        assertThat(records("2024-Q1", "395", "3.1.3.district")).containsAll(demoCodes("DISTRICT"));
        assertThat(records("2024-Q1", "395", "3.1.3")).doesNotContain("1.013809", "1.013805");
    }
}
