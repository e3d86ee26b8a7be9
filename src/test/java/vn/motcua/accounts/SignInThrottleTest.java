package vn.motcua.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.ApiClient;
import vn.motcua.ApiClient.Answer;
import vn.motcua.DemoSystemTest;

/**
 * Wrong passwords delay the address they come from, never the account: a stranger guessing the only
 * administrator's password does not lock the administrator out, the answers do not tell whether a
 * name exists, and the administrators learn when an account is under attack.
 */
@DemoSystemTest
class SignInThrottleTest {

    /** Documentation addresses (RFC 5737), a fresh block per call so no test inherits another's failures. */
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger((int) (System.nanoTime() % 200) * 250);

    @LocalServerPort
    int port;

    private static String freshAddress() {
        int n = NEXT_ADDRESS.incrementAndGet();
        return "198.51." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    private String newAccount(String prefix) {
        String username = prefix + (System.nanoTime() % 1_000_000);
        Answer created = new ApiClient(port).post("/api/v1/accounts", """
                {"username":"%s","fullName":"Thử đăng nhập","password":"Dung-mat-khau-9","agencyCode":"000.00.71.H56","roles":["CLERK"]}"""
                .formatted(username), "admin", "demo");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    @Test
    void wrongPasswordsFromAStrangerDoNotLockOutTheAdministrator() {
        ApiClient stranger = new ApiClient(port).from(freshAddress());
        for (int i = 0; i < 5; i++) {
            assertThat(stranger.get("/api/v1/me", "admin", "wrong" + i).status()).isEqualTo(401);
        }
        Answer delayed = stranger.get("/api/v1/me", "admin", "wrong-again");
        assertThat(delayed.status()).isEqualTo(429);
        assertThat(delayed.json().get("message").asText()).contains("giây");
        // Delayed means delayed: even the right password waits when it comes from the guessing address.
        assertThat(stranger.get("/api/v1/me", "admin", "demo").status()).isEqualTo(429);

        assertThat(new ApiClient(port).from(freshAddress()).get("/api/v1/me", "admin", "demo").status()).isEqualTo(200);
        assertThat(new ApiClient(port).get("/api/v1/me", "admin", "demo").status()).isEqualTo(200);
    }

    @Test
    void theAnswersAreTheSameWhetherOrNotTheAccountExists() {
        String existing = newAccount("exists");
        ApiClient first = new ApiClient(port).from(freshAddress());
        ApiClient second = new ApiClient(port).from(freshAddress());
        for (int i = 0; i < 5; i++) {
            Answer onExisting = first.get("/api/v1/me", existing, "wrong" + i);
            Answer onNobody = second.get("/api/v1/me", "nobody-" + existing, "wrong" + i);
            assertThat(onNobody.status()).isEqualTo(onExisting.status()).isEqualTo(401);
            assertThat(onNobody.body()).isEqualTo(onExisting.body());
        }
        Answer onExisting = first.get("/api/v1/me", existing, "wrong");
        Answer onNobody = second.get("/api/v1/me", "nobody-" + existing, "wrong");
        assertThat(onNobody.status()).isEqualTo(onExisting.status()).isEqualTo(429);
        assertThat(onNobody.json().get("error")).isEqualTo(onExisting.json().get("error"));
        assertThat(onNobody.json().get("message").asText().replaceAll("\\d+", "N"))
                .isEqualTo(onExisting.json().get("message").asText().replaceAll("\\d+", "N"));
    }

    @Test
    void anAddressGuessingManyNamesWaitsForAllOfThem() {
        String victim = newAccount("sprayed");
        ApiClient sprayer = new ApiClient(port).from(freshAddress());
        for (int i = 0; i < 20; i++) {
            assertThat(sprayer.get("/api/v1/me", "name" + i + "-" + victim, "Mua-he-2024").status()).isEqualTo(401);
        }
        assertThat(sprayer.get("/api/v1/me", victim, "Mua-he-2024").status()).isEqualTo(429);
        assertThat(new ApiClient(port).from(freshAddress()).get("/api/v1/me", victim, "Dung-mat-khau-9").status()).isEqualTo(200);
    }

    @Test
    void anAccountGuessedFromManyAddressesAlertsTheAdministratorsAndStillWorksForItsOwner() {
        String victim = newAccount("attacked");
        ApiClient admin = new ApiClient(port);
        assertThat(admin.get("/api/v1/accounts/sign-in-alerts", "admin", "demo").body()).doesNotContain(victim);
        for (int address = 0; address < 4; address++) {
            ApiClient guesser = new ApiClient(port).from(freshAddress());
            for (int i = 0; i < 5; i++) {
                assertThat(guesser.get("/api/v1/me", victim, "doan-" + address + "-" + i).status()).isEqualTo(401);
            }
        }
        assertThat(new ApiClient(port).from(freshAddress()).get("/api/v1/me", victim, "Dung-mat-khau-9").status()).isEqualTo(200);

        Answer alerts = admin.get("/api/v1/accounts/sign-in-alerts", "admin", "demo");
        assertThat(alerts.status()).isEqualTo(200);
        assertThat(alerts.json().valueStream().filter(a -> a.get("username").asText().equals(victim)).findFirst()).hasValueSatisfying(a -> {
            assertThat(a.get("failures").asInt()).isEqualTo(20);
            assertThat(a.get("addresses").asInt()).isEqualTo(4);
        });
        assertThat(admin.get("/api/v1/audit?entityType=account&text=" + victim, "admin", "demo").json())
                .extracting(e -> e.get("action").asText()).contains("account.under-attack");
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        ApiClient api = new ApiClient(port);
        String username = newAccount("disabled");
        int version = api.get("/api/v1/accounts/" + username, "admin", "demo").json().get("version").asInt();
        assertThat(api.post("/api/v1/accounts/" + username + "/enabled", "{\"enabled\":false,\"version\":" + version + "}",
                "admin", "demo").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", username, "Dung-mat-khau-9").status()).isEqualTo(401);
        // A second change made from the same, now stale, version loses with 409.
        assertThat(api.post("/api/v1/accounts/" + username + "/enabled", "{\"enabled\":true,\"version\":" + version + "}",
                "admin", "demo").status()).isEqualTo(409);
    }
}
