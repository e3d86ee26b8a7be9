package vn.motcua.accounts;

/**
 * Finds, or makes, the citizen account of a person the identity platform vouches for, by the citizen
 * ID it names. Sign-in (here) asks; the portal, which keeps the links between the platform's subjects
 * and the accounts, answers.
 */
public interface CitizenIdentityLinks {

    /**
     * The name of the citizen account the person signs in as.
     *
     * @throws CitizenIdentityRefused when the person cannot sign in through the platform (no citizen
     *         ID among the claims, an ID that is not one, an account that is not a citizen's)
     */
    String accountFor(ExternalIdentity identity);
}
