package vn.motcua.dossiers;

/** Người nộp hồ sơ: a person (citizen ID of 12 digits) or an organisation (tax code). */
public record Applicant(String name, String idNumber, String taxCode, String phone, String email, String address) {

    /**
     * The applicant trimmed and checked as intake checks it (name, 12-digit citizen ID, tax code, phone,
     * e-mail); the first problem is thrown naming its field, e.g. {@code applicant.idNumber}.
     */
    public Applicant checked() {
        return vn.motcua.dossiers.internal.DossierRules.check(this);
    }

    /** The same applicant with everything but a hint of the name hidden, for readers outside the handling agencies. */
    public Applicant masked() {
        return new Applicant(initials(name), null, null, null, null, null);
    }

    private static String initials(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String[] words = name.trim().split("\\s+");
        StringBuilder masked = new StringBuilder(words[words.length - 1].substring(0, 1)).append(". ");
        for (int i = 0; i < words.length - 1; i++) {
            masked.append(words[i].charAt(0)).append('.');
        }
        return masked.toString().trim();
    }
}
