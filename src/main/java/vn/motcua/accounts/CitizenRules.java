package vn.motcua.accounts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a citizen's details are written and checked: a citizen ID of 12 digits, a Vietnamese mobile
 * number (03x, 05x, 07x, 08x, 09x; +84 or 84 in front is read as 0), an e-mail address, an
 * enterprise tax code of 10 digits or 13 for a branch (0101234567-001). Each reads what a person
 * types (spaces, dots and dashes in numbers, capitals in an e-mail) into the one stored form, or
 * null when it is not one.
 */
public final class CitizenRules {

    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{12}");
    private static final Pattern MOBILE = Pattern.compile("0(3|5|7|8|9)[0-9]{8}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern TAX_CODE = Pattern.compile("[0-9]{10}([0-9]{3})?");

    /** The longest e-mail a registration takes: it becomes the account's name, which the audit trail records. */
    public static final int EMAIL_MAX = 60;

    private CitizenRules() {
    }

    public static String idNumber(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s.-]", "");
        return ID_NUMBER.matcher(digits).matches() ? digits : null;
    }

    public static String mobile(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s.()-]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return MOBILE.matcher(digits).matches() ? digits : null;
    }

    public static String email(String typed) {
        String email = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return email.length() <= 254 && EMAIL.matcher(email).matches() ? email : null;
    }

    /** The tax code as stored, digits only: a branch's 0101234567-001 is kept as 0101234567001. */
    public static String taxCode(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s.-]", "");
        return TAX_CODE.matcher(digits).matches() ? digits : null;
    }

    /** The tax code as written on papers: a branch's with its dash. */
    public static String taxCodeShown(String stored) {
        return stored != null && stored.length() == 13 ? stored.substring(0, 10) + "-" + stored.substring(10) : stored;
    }
}
