package vn.motcua.accounts;

import java.time.OffsetDateTime;

/** Cảnh báo dò mật khẩu: an account whose wrong passwords from all addresses reached the alert threshold. */
public record SignInAlert(String username, int failures, int addresses, OffsetDateTime lastFailureAt) {
}
