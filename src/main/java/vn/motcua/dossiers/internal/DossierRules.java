package vn.motcua.dossiers.internal;

import java.util.regex.Pattern;

import vn.motcua.dossiers.Applicant;
import vn.motcua.shared.InvalidInputException;

/** What an applicant's details must look like. */
public final class DossierRules {

    private static final Pattern ID_NUMBER = Pattern.compile("\\d{12}");
    private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d{9,12}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");
    // Compiled once: String.replaceAll compiles its pattern on every call, and an import checks thousands of applicants.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.()-]");

    private DossierRules() {
    }

    /** The applicant trimmed and checked; the first problem is thrown naming its field. */
    public static Applicant check(Applicant applicant) {
        if (applicant == null || applicant.name() == null || applicant.name().isBlank()) {
            throw new InvalidInputException("applicant.name", "dossiers.applicant.name");
        }
        String name = SPACES.matcher(applicant.name().trim()).replaceAll(" ");
        if (name.length() > 200) {
            throw new InvalidInputException("applicant.name", "dossiers.applicant.name-long");
        }
        String id = blank(applicant.idNumber());
        if (id != null && !ID_NUMBER.matcher(id).matches()) {
            throw new InvalidInputException("applicant.idNumber", "dossiers.applicant.id-number");
        }
        String tax = blank(applicant.taxCode());
        if (tax != null && !TAX_CODE.matcher(tax).matches()) {
            throw new InvalidInputException("applicant.taxCode", "dossiers.applicant.tax-code");
        }
        String phone = blank(applicant.phone());
        if (phone != null) {
            phone = PHONE_SEPARATORS.matcher(phone).replaceAll("");
            if (!PHONE.matcher(phone).matches()) {
                throw new InvalidInputException("applicant.phone", "dossiers.applicant.phone");
            }
        }
        String email = blank(applicant.email());
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("applicant.email", "dossiers.applicant.email");
        }
        String address = blank(applicant.address());
        if (address != null && address.length() > 500) {
            throw new InvalidInputException("applicant.address", "dossiers.applicant.address-long");
        }
        return new Applicant(name, id, tax, phone, email, address);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
