package vn.motcua.accounts;

/** A person a step of work can go to: the account's sign-in name and the full name people read. */
public record StaffMember(String username, String fullName) {
}
