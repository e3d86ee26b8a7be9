package vn.motcua.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/**
 * The passwords the outside review set on new accounts (12345678, aaaaaaaa) are refused, as are the
 * commonest ones and those made of the username, wherever a password is set: a new account, an
 * administrator's reset, one's own change. A strong one is accepted.
 */
@DemoSystemTest
class PasswordPolicyTest {

    @LocalServerPort
    int port;

    private ApiClient.Answer create(String username, String password) {
        return new ApiClient(port).post("/api/v1/accounts", """
                {"username":"%s","fullName":"Thử mật khẩu","password":"%s","agencyCode":"000.00.71.H56","roles":["REPORTER"]}"""
                .formatted(username, password), "admin", "demo");
    }

    @Test
    void weakPasswordsAreRefusedWhereverAPasswordIsSet() {
        String username = "matkhau" + (System.nanoTime() % 1_000_000);
        for (String weak : new String[] { "12345678", "aaaaaaaa", "Password1!", "matkhau@2025", username + "2025", "qwertyuiop" }) {
            ApiClient.Answer refused = create(username, weak);
            assertThat(refused.status()).as(weak).isEqualTo(422);
            assertThat(refused.json().get("details").get(0).get("field").asText()).isEqualTo("password");
            assertThat(refused.json().get("details").get(0).get("message").asText()).as(weak).containsAnyOf("dễ đoán", "tên đăng nhập");
        }
        assertThat(create(username, "Dung-mat-khau-9").status()).isEqualTo(201);
        ApiClient api = new ApiClient(port);
        int version = api.get("/api/v1/accounts/" + username, "admin", "demo").json().get("version").asInt();
        ApiClient.Answer reset = api.post("/api/v1/accounts/" + username + "/password",
                "{\"password\":\"12345678\",\"version\":" + version + "}", "admin", "demo");
        assertThat(reset.status()).as(reset.body()).isEqualTo(422);
        ApiClient.Answer own = api.post("/api/v1/me/password", "{\"currentPassword\":\"Dung-mat-khau-9\",\"newPassword\":\"" + username
                + "!!\"}", username, "Dung-mat-khau-9");
        assertThat(own.status()).as(own.body()).isEqualTo(422);
        assertThat(own.json().get("details").get(0).get("field").asText()).isEqualTo("newPassword");
    }
}
