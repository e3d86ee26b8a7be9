package vn.motcua.procedures;

/** Thành phần hồ sơ: one paper the applicant brings, how many originals and copies, and the form to fill, if any. */
public record RequiredDocument(String name, int originals, int copies, String form) {
}
