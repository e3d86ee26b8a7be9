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

    /** The template of the periods up to the second quarter of 2025, and the one after. */
    private static final String THREE_TIERS = "CCHC-2024";
    private static final String TWO_TIERS = "CCHC-2025";

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private long row(String template, String period, String unit, String key) {
        JsonNode report = api.get("/api/v1/reports/" + template + "/" + period + "/" + unit, "admin", "demo").json();
        return StreamSupport.stream(report.get("rows").spliterator(), false).filter(r -> r.get("key").asText().equals(key))
                .findFirst().orElseThrow().get("value").asLong();
    }

    private List<String> records(String template, String period, String unit, String key) {
        ApiClient.Answer answer = api.get("/api/v1/reports/" + template + "/" + period + "/" + unit + "/rows/" + key + "/records",
                "admin", "demo");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return StreamSupport.stream(answer.json().get("codes").spliterator(), false).map(JsonNode::asText).toList();
    }

    /** The procedures behind a catalogue measure over [from, to), with its filters as query parameters. */
    private List<String> measured(String measure, String from, String to, String filters) {
        ApiClient.Answer answer = api.get("/api/v1/procedures/measures/" + measure + "?from=" + from + "&to=" + to + "&" + filters,
                "admin", "demo");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return StreamSupport.stream(answer.json().get("procedureCodes").spliterator(), false).map(JsonNode::asText).toList();
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
        assertThat(district).hasSize(47);
        assertThat(records(TWO_TIERS, "2025-Q4", "38", "3.1.3")).doesNotContainAnyElementsOf(district)
                .contains("1.013225", "1.013813", "1.001193");
        assertThat(records(TWO_TIERS, "2025-Q4", "38", "3.1.3.province")).doesNotContainAnyElementsOf(district)
                .contains("1.013805", "1.013807");
        assertThat(records(TWO_TIERS, "2025-Q4", "38", "3.1.3.commune")).containsAll(demoCodes("COMMUNE").stream()
                .filter(code -> !code.equals("1.000000") && !code.equals("1.000001")).toList());
        assertThat(row(TWO_TIERS, "2025-Q4", "38", "3.1.3")).isEqualTo(row(TWO_TIERS, "2025-Q4", "38", "3.1.3.province")
                + row(TWO_TIERS, "2025-Q4", "38", "3.1.3.commune"));
    }

    @Test
    void theDistrictProceduresEndWhenTheirSuccessorsStart() throws IOException {
        // Window of 2025-Q3: 15/06–14/09/2025, holding 1 July. The two-tier template counts only provincial and commune
        // procedures, so the district's abolished ones are read from the catalogue's own measure.
        assertThat(measured("procedures.abolished", "2025-06-15", "2025-09-15", "level=DISTRICT")).as("district procedures abolished")
                .containsAll(demoCodes("DISTRICT"));
        assertThat(records(TWO_TIERS, "2025-Q3", "38", "3.1.1")).as("their successors at commune level").contains("1.013801",
                "1.013225", "1.013825").contains("1.013805");
        assertThat(measured("procedures.published", "2025-06-15", "2025-09-15", "level=COMMUNE")).contains("1.013801", "1.013225",
                "1.013825").doesNotContain("1.013805");
        JsonNode replaced = api.get("/api/v1/procedures/1.009794", "admin", "demo").json();
        assertThat(replaced.get("abolishedOn").asText()).isEqualTo("2025-07-01");
        assertThat(replaced.get("replacedBy").asText()).isEqualTo("1.013225");
        JsonNode successor = api.get("/api/v1/procedures/1.013225", "admin", "demo").json();
        assertThat(successor.get("level").asText()).isEqualTo("COMMUNE");
        assertThat(successor.get("publishedOn").asText()).isEqualTo("2025-07-01");
    }

    @Test
    void theFirstQuarterOf2024StillCountsItsDistrictProcedures() throws IOException {
        assertThat(records(THREE_TIERS, "2024-Q1", "395", "3.1.3.district")).containsAll(demoCodes("DISTRICT"));
        assertThat(records(THREE_TIERS, "2024-Q1", "395", "3.1.3")).doesNotContain("1.013225", "1.013805");
    }
}
