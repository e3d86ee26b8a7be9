package vn.motcua.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.ApiClient;
import vn.motcua.ApiClient.Answer;
import vn.motcua.DemoSystemTest;

/** Five wrong passwords lock the account, even against the right one, until an administrator resets it. */
@DemoSystemTest
class SignInThrottleTest {

    @LocalServerPort
    int port;

    @Test
    void repeatedFailuresLockTheAccountAndAResetUnlocksIt() {
        ApiClient api = new ApiClient(port);
        String username = "throttle" + (System.nanoTime() % 100000);
        assertThat(api.post("/api/v1/accounts", """
                {"username":"%s","fullName":"Thử khóa","password":"dung-mat-khau","agencyCode":"000.00.71.H56","roles":["CLERK"]}"""
                .formatted(username), "admin", "demo").status()).isEqualTo(201);
        assertThat(api.get("/api/v1/me", username, "dung-mat-khau").status()).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/v1/me", username, "sai-" + i).status()).isEqualTo(401);
        }
        Answer locked = api.get("/api/v1/me", username, "dung-mat-khau");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().get("message").asText()).contains("tạm khóa");
        assertThat(api.get("/api/v1/accounts/" + username, "admin", "demo").json().get("lockedUntil").isNull()).isFalse();

        assertThat(api.get("/api/v1/audit?entityType=account&text=" + username, "admin", "demo").json())
                .extracting(e -> e.get("action").asText()).contains("account.locked", "account.created");

        int version = api.get("/api/v1/accounts/" + username, "admin", "demo").json().get("version").asInt();
        assertThat(api.post("/api/v1/accounts/" + username + "/password",
                "{\"password\":\"mat-khau-moi-1\",\"version\":" + version + "}", "admin", "demo").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", username, "mat-khau-moi-1").status()).isEqualTo(200);
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        ApiClient api = new ApiClient(port);
        String username = "disabled" + (System.nanoTime() % 100000);
        api.post("/api/v1/accounts", """
                {"username":"%s","fullName":"Thử vô hiệu","password":"dung-mat-khau","agencyCode":"000.00.71.H56","roles":["CLERK"]}"""
                .formatted(username), "admin", "demo");
        int version = api.get("/api/v1/accounts/" + username, "admin", "demo").json().get("version").asInt();
        assertThat(api.post("/api/v1/accounts/" + username + "/enabled", "{\"enabled\":false,\"version\":" + version + "}",
                "admin", "demo").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", username, "dung-mat-khau").status()).isEqualTo(401);
        // A second change made from the same, now stale, version loses with 409.
        assertThat(api.post("/api/v1/accounts/" + username + "/enabled", "{\"enabled\":true,\"version\":" + version + "}",
                "admin", "demo").status()).isEqualTo(409);
    }
}
