package vn.motcua.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.motcua.accounts.internal.PasswordRules.Weakness;

/** The passwords the outside review set (12345678, aaaaaaaa) and their kin are refused; ordinary strong ones are not. */
class PasswordRulesTest {

    private final PasswordRules rules = new PasswordRules();

    @Test
    void theListShipsWithMotCua() {
        assertThat(rules.listed()).isGreaterThan(200);
    }

    @Test
    void theCommonestPasswordsAndTheirDecorationsAreRefused() {
        for (String password : new String[] { "12345678", "aaaaaaaa", "password", "Password123!", "matkhau@2024", "qwertyuiop",
                "iloveyou", "Anhyeuem123", "abcdefgh", "87654321", "11111111", "abcabcabc", "1q2w3e4r5t", "!!Admin2025!!", "zzzzzzzz9" }) {
            assertThat(rules.weakness("canbo.xa", password)).as(password).isEqualTo(Weakness.COMMON);
        }
    }

    @Test
    void passwordsMadeOfTheUsernameAreRefused() {
        for (String password : new String[] { "nguyenvana2024", "NguyenVanA!!", "nguyenvananguyenvana", "anavneyugn12", "x-nguyenvana-1" }) {
            assertThat(rules.weakness("nguyenvana", password)).as(password).isEqualTo(Weakness.USERNAME);
        }
    }

    @Test
    void strongPasswordsPass() {
        for (String password : new String[] { "Dung-mat-khau-9", "Xuan-Hong-quan-tri-7", "nguyenvana-o-Tho-Xuan", "tr4ng-m4y-x4nh",
                "hoangtrong-2024" }) {
            assertThat(rules.weakness("nguyenvana", password)).as(password).isNull();
        }
    }
}
