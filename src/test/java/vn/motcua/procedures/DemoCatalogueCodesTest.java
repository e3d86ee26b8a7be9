package vn.motcua.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/**
 * The demo catalogue's procedure codes: one row per code, each a national code (one digit, a dot, six digits), and every
 * procedure docs/demo-catalogue.md cites a source for carries, as loaded, the national code and name that source gives.
 */
@DemoSystemTest
class DemoCatalogueCodesTest {

    /** The form of a code of the national database (Cơ sở dữ liệu quốc gia về TTHC), e.g. 1.001193 or 2.000815. */
    private static final Pattern NATIONAL_CODE = Pattern.compile("[0-9]\\.[0-9]{6}");
    /** A row of the doc's tables of sourced procedures: | code | level in 2024 | name | days | source |. */
    private static final Pattern SOURCED = Pattern.compile(
            "^\\| ([0-9.]+) \\| (xã|huyện) \\| (.+?) \\| ([0-9]+) \\| (https://dichvucong\\.gov\\.vn/\\S+) \\|$", Pattern.MULTILINE);
    /** A row of the doc's table of corrected codes: | old code | code | name | source |. */
    private static final Pattern CORRECTED = Pattern.compile(
            "^\\| ([0-9.]+) \\| ([0-9.]+) \\| (.+?) \\| (https://dichvucong\\.gov\\.vn/\\S+) \\|$", Pattern.MULTILINE);

    @LocalServerPort
    int port;

    @Test
    void everyDemoProcedureCodeIsUniqueAndANationalCode() throws IOException {
        List<String> codes = rows().stream().map(cells -> cells.get(0)).toList();
        assertThat(codes).hasSizeGreaterThanOrEqualTo(129);
        Set<String> seen = new HashSet<>();
        assertThat(codes).as("codes given twice").filteredOn(code -> !seen.add(code)).isEmpty();
        assertThat(codes).as("codes not of the national form").filteredOn(code -> !NATIONAL_CODE.matcher(code).matches()).isEmpty();
    }

    @Test
    void everySourcedProcedureHasTheSourcesCodeNameLevelAndTime() throws IOException {
        Map<String, List<String>> byCode = new LinkedHashMap<>();
        rows().forEach(cells -> byCode.put(cells.get(0), cells));
        String doc = Files.readString(Path.of("docs/demo-catalogue.md"));
        Matcher sourced = SOURCED.matcher(doc);
        int count = 0;
        while (sourced.find()) {
            count++;
            String code = sourced.group(1);
            assertThat(byCode).as("the demo catalogue holds %s", code).containsKey(code);
            List<String> row = byCode.get(code);
            assertThat(row.get(1)).as("name of %s", code).isEqualTo(sourced.group(3));
            assertThat(row.get(4)).as("level in 2024 of %s", code).isEqualTo(sourced.group(2).equals("xã") ? "COMMUNE" : "DISTRICT");
            assertThat(row.get(6)).as("processing days of %s", code).isEqualTo(sourced.group(4));
        }
        assertThat(count).as("procedures with a cited national page").isEqualTo(52);

        ApiClient api = new ApiClient(port);
        Matcher corrected = CORRECTED.matcher(doc);
        int corrections = 0;
        while (corrected.find()) {
            corrections++;
            String old = corrected.group(1);
            String code = corrected.group(2);
            String name = corrected.group(3);
            // As a clerk finds it: the procedure under its national code, and the old code no longer under that name.
            ApiClient.Answer answer = api.get("/api/v1/procedures/" + code, "admin", "demo");
            assertThat(answer.status()).as("the catalogue answers for %s", code).isEqualTo(200);
            JsonNode procedure = answer.json();
            assertThat(procedure.get("name").asText()).as("the procedure under %s", code).isEqualTo(name);
            if (byCode.containsKey(old)) {
                assertThat(byCode.get(old).get(1)).as("%s now names its own national procedure", old).isNotEqualTo(name);
            }
        }
        assertThat(corrections).as("codes corrected").isEqualTo(14);
    }

    /** The rows of the file loaded at first start, each as its cells (quoted cells unquoted). */
    private static List<List<String>> rows() throws IOException {
        String csv = new String(new ClassPathResource("demo/thu-tuc-hanh-chinh.csv").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        return csv.lines().skip(1).map(DemoCatalogueCodesTest::cells).toList();
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
