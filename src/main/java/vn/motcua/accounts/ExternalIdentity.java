package vn.motcua.accounts;

import java.util.Map;

/**
 * Người được nền tảng định danh xác thực: a person the identity platform (VNeID, the national
 * portal's single sign-on) has just signed in, as it names them — its issuer, the subject it knows
 * them by, and the claims of its ID token and user info.
 */
public record ExternalIdentity(String issuer, String subject, Map<String, Object> claims) {

    public ExternalIdentity {
        claims = Map.copyOf(claims);
    }

    /** A claim as text, or null when the platform did not give it (or gave it blank). */
    public String claim(String name) {
        Object value = name == null ? null : claims.get(name);
        String text = value == null ? null : value.toString().strip();
        return text == null || text.isEmpty() ? null : text;
    }
}
