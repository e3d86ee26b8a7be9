package vn.motcua.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/**
 * The names of units and agencies are public: a commune clerk of Xã Thọ Xuân, signed in, sees Xã
 * Thọ Long and its People's Committee named on the citizens' pages, as anyone does, while Thọ
 * Long's petitions and projects stay out of the clerk's reach.
 */
@DemoSystemTest
class PublicNamesTest {

    /** Xã Thọ Long, a commune since 1 July 2025 outside the clerk's Xã Thọ Xuân. */
    private static final String OTHER_COMMUNE = "15505";
    private static final String OTHER_COMMUNE_NAME = "Xã Thọ Long";
    private static final String OTHER_AGENCY = "000.00.72.H56";
    /** UBND xã Thọ Xuân, the clerk's own agency. */
    private static final String CLERKS_AGENCY = "000.00.71.H56";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    /**
     * Public submissions are counted per address and minute in the database every test shares;
     * an address of this test's own keeps it clear of the other tests' counts.
     */
    private static RequestPostProcessor fromItsOwnAddress() {
        return request -> {
            request.setRemoteAddr("198.51.100.55");
            return request;
        };
    }

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private JsonNode publicJson(String path, String json, String username) throws Exception {
        String body = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json).with(fromItsOwnAddress())
                .with(username == null ? request -> request : signedIn(username)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(body);
    }

    @Test
    void aPetitionAboutAnotherCommuneIsNamedToTheClerkButReachesTheClerkOnlyOnceAssignedToTheClerksAgency() throws Exception {
        String code = publicJson("/api/v1/public/feedback", """
                {"about":"SERVICE","unitCode":"%s","name":"Lê Văn Tùng","phone":"0912345606","subject":"Đường vào trụ sở ngập",
                 "content":"Xin cho biết khi nào sửa đường."}""".formatted(OTHER_COMMUNE), null).get("code").asText();

        String followed = mvc.perform(get("/api/v1/public/feedback/" + code).param("phone", "5606").with(fromItsOwnAddress())
                .with(signedIn("clerk"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonMapper.builder().build().readTree(followed).get("unitName").asText()).isEqualTo(OTHER_COMMUNE_NAME);
        assertThat(api.get("/api/v1/feedback/" + code, "clerk", "demo").status()).isEqualTo(404);

        assertThat(api.post("/api/v1/feedback/" + code + "/assign", "{\"agencyCode\":\"" + CLERKS_AGENCY + "\"}", "admin", "demo")
                .status()).isEqualTo(200);
        mvc.perform(get("/feedback/" + code).with(signedIn("clerk"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(OTHER_COMMUNE_NAME)));
    }

    @Test
    void theClerksPublicFormOffersEveryCommuneAndTakesAPetitionAboutAnotherOne() throws Exception {
        var clerk = signedIn("clerk");
        mvc.perform(get("/public/feedback").with(clerk)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + OTHER_COMMUNE + "\"")))
                .andExpect(content().string(containsString(OTHER_COMMUNE_NAME)));
        mvc.perform(multipart("/public/feedback").param("about", "SERVICE").param("unitCode", OTHER_COMMUNE)
                .param("name", "Trần Thị Mai").param("phone", "0912345607").param("subject", "Đèn đường hỏng")
                .param("content", "Đèn đường thôn 3 hỏng đã một tháng.").with(csrf()).with(clerk).with(fromItsOwnAddress()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Mã phản ánh của Ông/Bà là PAKN-")));
    }

    @Test
    void aSignedInClerkSeesAnotherCommunesOpportunityButNotItsProjects() throws Exception {
        ApiClient.Answer opportunity = api.post("/api/v1/investment/opportunities", """
                {"unitCode":"%s","title":"Khu chăn nuôi tập trung Thọ Long","sector":"Nông nghiệp","location":"Thôn 5",
                 "description":"Quỹ đất 12 ha quy hoạch chăn nuôi tập trung."}""".formatted(OTHER_COMMUNE), "admin", "demo");
        assertThat(opportunity.status()).as(opportunity.body()).isEqualTo(201);
        ApiClient.Answer project = api.post("/api/v1/investment/projects", """
                {"unitCode":"%s","name":"Trang trại bò sữa","investor":"Công ty CP Sữa Thọ Long","sector":"Nông nghiệp",
                 "location":"Thôn 5","registeredCapital":40,"registeredOn":"2025-09-01"}""".formatted(OTHER_COMMUNE), "admin", "demo");
        assertThat(project.status()).as(project.body()).isEqualTo(201);

        JsonNode published = api.get("/api/v1/public/investment/opportunities", "clerk", "demo").json();
        assertThat(published).anySatisfy(o -> {
            assertThat(o.get("title").asText()).isEqualTo("Khu chăn nuôi tập trung Thọ Long");
            assertThat(o.get("unitName").asText()).isEqualTo(OTHER_COMMUNE_NAME);
        });
        mvc.perform(get("/public/investment").with(signedIn("clerk"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(OTHER_COMMUNE_NAME + " · Nông nghiệp")));
        assertThat(api.get("/api/v1/investment/projects/" + project.json().get("id").asLong(), "clerk", "demo").status())
                .isEqualTo(404);
    }

    @Test
    void aSignedInClerkRatesAnotherCommunesDossierAndSeesItsAgencyNamed() throws Exception {
        String code = api.post("/api/v1/dossiers", """
                {"procedureCode":"1.004873","agencyCode":"%s","channel":"DIRECT","applicant":{"name":"Phạm Văn Đức","phone":"0912345608"}}"""
                .formatted(OTHER_AGENCY), "admin", "demo").json().get("code").asText();
        assertThat(api.post("/api/v1/dossiers/" + code + "/actions", "{\"action\":\"COMPLETE\"}", "admin", "demo").status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/dossiers/" + code + "/actions", "{\"action\":\"RETURN_RESULT\",\"channel\":\"DIRECT\"}", "admin",
                "demo").status()).isEqualTo(200);

        JsonNode rated = publicJson("/api/v1/public/surveys", """
                {"dossierCode":"%s","phone":"5608","information":5,"timeliness":5,"attitude":4,"result":5}""".formatted(code),
                "clerk");
        assertThat(rated.get("agencyName").asText()).isEqualTo("UBND xã Thọ Long");
        assertThat(api.get("/api/v1/dossiers/" + code, "clerk", "demo").status()).isEqualTo(404);
    }
}
