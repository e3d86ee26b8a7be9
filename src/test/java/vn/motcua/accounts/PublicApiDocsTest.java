package vn.motcua.accounts;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An installation that wants its API description public says so (motcua.api-docs.public=true); the
 * API itself still needs an account. The default, an account for both, is in TransportSecurityTest.
 */
@SpringBootTest(properties = { "motcua.demo=false", "motcua.api-docs.public=true" })
@AutoConfigureMockMvc
class PublicApiDocsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theDescriptionIsPublicWhenConfiguredAndTheApiIsNot() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.openapi").isNotEmpty());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/units")).andExpect(status().isUnauthorized());
    }
}
