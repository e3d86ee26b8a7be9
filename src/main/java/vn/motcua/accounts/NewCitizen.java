package vn.motcua.accounts;

/** What a person gives to register a citizen account; the e-mail becomes the account's name. */
public record NewCitizen(String fullName, String idNumber, String phone, String email, String password) {
}
