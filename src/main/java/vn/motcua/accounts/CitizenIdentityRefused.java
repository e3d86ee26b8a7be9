package vn.motcua.accounts;

/**
 * Why a person the identity platform signed in cannot sign in here; the reason is a short code the
 * sign-in page turns into a sentence (sign-in.oidc.&lt;reason&gt;).
 */
public class CitizenIdentityRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** No citizen ID among the claims (the claim named by motcua.oidc.id-claim). */
    public static final String MISSING_CITIZEN_ID = "missing_citizen_id";
    /** A citizen ID that is not twelve digits. */
    public static final String INVALID_CITIZEN_ID = "invalid_citizen_id";
    /** The account found is not a citizen's: staff never sign in through this door. */
    public static final String NOT_A_CITIZEN = "not_a_citizen";
    /** The citizen's account is disabled. */
    public static final String DISABLED = "disabled";

    private final String reason;

    public CitizenIdentityRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
