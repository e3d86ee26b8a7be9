package vn.motcua.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/**
 * The demo's Q1 2024 history of Thọ Xuân: the seed's totals for the district, shared out over its 30
 * communes as a real district's are — by population, with on-time rates that differ — not evenly.
 */
@DemoSystemTest
class DemoHistoryTest {

    /** The old communes and townships, until 30/06/2025 (demo/tho-xuan-units.tsv). */
    private static final List<String> COMMUNES = List.of("15493", "15499", "15502", "15505", "15508", "15511", "15514", "15517",
            "15520", "15523", "15526", "15532", "15535", "15538", "15541", "15544", "15547", "15550", "15553", "15556", "15559",
            "15565", "15568", "15571", "15574", "15577", "15583", "15586", "15592", "15598");

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private long figure(String measure, String unit, String filters) {
        return api.get("/api/v1/dossiers/measures/" + measure + "?unitCode=" + unit + "&from=2023-12-15&to=2024-03-15"
                + (filters.isEmpty() ? "" : "&" + filters), "admin", "demo").json().get("value").asLong();
    }

    @Test
    void theDistrictKeepsTheSeedsFigures() {
        assertThat(figure("dossiers.received", "395", "")).isEqualTo(8803);
        assertThat(figure("dossiers.received", "395", "level=COMMUNE&channel=DIRECT")).isEqualTo(4167);
        assertThat(figure("dossiers.resolvedOnTime", "395", "")).isEqualTo(8626);
        assertThat(figure("dossiers.resolvedOnTime", "395", "level=COMMUNE&fieldCode=dat-dai")).isEqualTo(41);
        assertThat(figure("dossiers.apologies", "395", "")).isEqualTo(56);
        assertThat(figure("dossiers.publishedPortal", "395", "")).isEqualTo(3323);
    }

    @Test
    void theCommunesReceiveByPopulationAndAreNotAllOnTimeAlike() {
        long total = 0;
        Set<Long> onTimeRates = new HashSet<>();
        for (String commune : COMMUNES) {
            long received = figure("dossiers.received", commune, "");
            long onTime = figure("dossiers.resolvedOnTime", commune, "");
            total += received;
            onTimeRates.add(Math.round(1000.0 * onTime / received));
        }
        assertThat(total).as("the communes' share of the district's 8,803").isEqualTo(8412);
        assertThat(onTimeRates).as("on-time rates in per mille").hasSizeGreaterThan(5);
        // Thị trấn Lam Sơn (10.890 people) against Xã Xuân Minh (5.025): about twice the dossiers, not the same 280.
        assertThat(figure("dossiers.received", "15556", "")).isGreaterThan(figure("dossiers.received", "15592", "") * 3 / 2);
    }
}
