package vn.motcua.accounts;

/**
 * A person the identity platform vouches for, as its claims name them: the citizen ID always, the
 * name, e-mail and phone when the platform gives them (null otherwise).
 */
public record VerifiedCitizen(String idNumber, String fullName, String email, String phone) {
}
