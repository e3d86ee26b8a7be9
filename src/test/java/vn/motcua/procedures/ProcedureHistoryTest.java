package vn.motcua.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/** A procedure is published, amended from a date and abolished; the catalogue answers for any date. */
@DemoSystemTest
class ProcedureHistoryTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void theCatalogueAnswersWhatWasInForceOnADate() {
        String code = CatalogTestData.uniqueCode();
        String field = CatalogTestData.uniqueField();
        assertThat(api.post("/api/v1/procedures", CatalogTestData.json(code, field, "COMMUNE",
                "\"shortenedDays\":7,\"fees\":[{\"name\":\"Lệ phí\",\"amount\":50000,\"kind\":\"CHARGE\"}]"), "reform", "demo")
                .status()).isEqualTo(201);

        // Amended from 01/03/2024: 5 days, fully online.
        JsonNode current = api.get("/api/v1/procedures/" + code, "reform", "demo").json();
        String amended = CatalogTestData.json(code, field, "COMMUNE", "\"onlineKind\":\"FULL\"").replace("\"processingDays\":10",
                "\"processingDays\":5");
        assertThat(api.send("PUT", "/api/v1/procedures/" + code, "application/json", """
                {"procedure":%s,"effectiveFrom":"2024-03-01","decision":"QĐ sửa đổi","lockVersion":%d}"""
                .formatted(amended, current.get("lockVersion").asInt()), "reform", "demo").status()).isEqualTo(200);

        JsonNode february = api.get("/api/v1/procedures/" + code + "?on=2024-02-15", "clerk", "demo").json();
        assertThat(february.get("processingDays").asInt()).isEqualTo(10);
        assertThat(february.get("shortenedDays").asInt()).isEqualTo(7);
        assertThat(february.get("onlineKind").asText()).isEqualTo("NONE");
        JsonNode march = api.get("/api/v1/procedures/" + code + "?on=2024-03-10", "clerk", "demo").json();
        assertThat(march.get("processingDays").asInt()).isEqualTo(5);
        assertThat(march.get("onlineKind").asText()).isEqualTo("FULL");
        assertThat(march.get("versionId").asLong()).isNotEqualTo(february.get("versionId").asLong());
        assertThat(api.get("/api/v1/procedures/" + code + "/history", "clerk", "demo").json()).hasSize(2);

        // Abolished from 01/06/2024: still there on 31/05, gone from the list of 01/06.
        int lock = api.get("/api/v1/procedures/" + code, "reform", "demo").json().get("lockVersion").asInt();
        assertThat(api.post("/api/v1/procedures/" + code + "/abolish", """
                {"on":"2024-06-01","decision":"QĐ bãi bỏ","lockVersion":%d}""".formatted(lock), "reform", "demo").status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/procedures?fieldCode=" + field + "&on=2024-05-31", "clerk", "demo").json()).hasSize(1);
        assertThat(api.get("/api/v1/procedures?fieldCode=" + field + "&on=2024-06-01", "clerk", "demo").json()).isEmpty();
        assertThat(api.get("/api/v1/procedures?fieldCode=" + field + "&on=2024-01-04", "clerk", "demo").json()).isEmpty();
        // A stale lock version loses.
        assertThat(api.post("/api/v1/procedures/" + code + "/abolish", """
                {"on":"2024-07-01","lockVersion":%d}""".formatted(lock), "reform", "demo").status()).isEqualTo(409);
    }

    @Test
    void publicationsAndAbolitionsAreCountedInTheirPeriod() {
        String field = CatalogTestData.uniqueField();
        String early = CatalogTestData.uniqueCode();
        String inQuarter = CatalogTestData.uniqueCode();
        api.post("/api/v1/procedures", CatalogTestData.json(early, field, "DISTRICT", "").replace("2024-01-05", "2023-06-01"),
                "reform", "demo");
        api.post("/api/v1/procedures", CatalogTestData.json(inQuarter, field, "DISTRICT", "\"abolishedOn\":\"2024-05-01\""),
                "reform", "demo");
        String q1 = "from=2023-12-15&to=2024-03-15&fieldCode=" + field;
        String q2 = "from=2024-03-15&to=2024-06-15&fieldCode=" + field;
        assertThat(api.get("/api/v1/procedures/measures/procedures.published?" + q1, "clerk", "demo").json()
                .get("procedureCodes")).extracting(JsonNode::asText).containsExactly(inQuarter);
        assertThat(api.get("/api/v1/procedures/measures/procedures.abolished?" + q1, "clerk", "demo").json().get("value").asInt())
                .isZero();
        assertThat(api.get("/api/v1/procedures/measures/procedures.abolished?" + q2, "clerk", "demo").json()
                .get("procedureCodes")).extracting(JsonNode::asText).containsExactly(inQuarter);
        assertThat(api.get("/api/v1/procedures/measures/procedures.inForce?" + q1, "clerk", "demo").json().get("value").asInt())
                .isEqualTo(2);
        assertThat(api.get("/api/v1/procedures/measures/procedures.inForce?" + q2, "clerk", "demo").json().get("value").asInt())
                .isEqualTo(1);
    }

    @Test
    void badRequestsAreNamedAndOnlyReformOfficersChangeTheCatalogue() {
        String code = CatalogTestData.uniqueCode();
        String field = CatalogTestData.uniqueField();
        assertThat(api.post("/api/v1/procedures", CatalogTestData.json(code, field, "COMMUNE", ""), "clerk", "demo").status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/procedures", CatalogTestData.json(code, field, "COMMUNE", ""), "admin", "demo").status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/procedures", CatalogTestData.json(code, field, "COMMUNE", ""), "reform", "demo").status())
                .isEqualTo(409);
        ApiClient.Answer both = api.post("/api/v1/procedures", CatalogTestData.json(CatalogTestData.uniqueCode(), field, "COMMUNE",
                "\"processingHours\":4"), "reform", "demo");
        assertThat(both.status()).isEqualTo(422);
        assertThat(both.json().get("details").get(0).get("field").asText()).isEqualTo("processingDays");
        ApiClient.Answer badCode = api.post("/api/v1/procedures", CatalogTestData.json("abc", field, "COMMUNE", ""), "reform", "demo");
        assertThat(badCode.json().get("details").get(0).get("field").asText()).isEqualTo("code");
        assertThat(api.get("/api/v1/procedures/measures/procedures.inForce?from=2024-01-01&to=2024-02-01&oneStop=maybe",
                "clerk", "demo").status()).isEqualTo(422);
        assertThat(api.get("/api/v1/procedures/0.0000", "clerk", "demo").status()).isEqualTo(404);
    }
}
