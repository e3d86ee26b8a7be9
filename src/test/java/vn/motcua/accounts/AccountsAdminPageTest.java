package vn.motcua.accounts;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.DemoSystemTest;

/** The accounts page tells the administrator why an action was refused, naming what it was about. */
@DemoSystemTest
class AccountsAdminPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void disablingAnAccountThatDoesNotExistNamesIt() throws Exception {
        var admin = user(accounts.loadUserByUsername("admin"));
        var refused = mvc.perform(post("/admin/accounts/khong-co-ai/enabled").param("enabled", "false").param("version", "0")
                .with(admin).with(csrf())).andExpect(redirectedUrl("/admin/accounts")).andReturn();
        // The redirected page reads the message from the session, as a browser following the redirect would.
        mvc.perform(get("/admin/accounts").with(admin).cookie(refused.getResponse().getCookie("SESSION"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có tài khoản khong-co-ai.")));
    }
}
