package vn.motcua.portal;

import org.springframework.stereotype.Component;

import vn.motcua.accounts.CitizenProfile;
import vn.motcua.accounts.CitizenProfiles;
import vn.motcua.dossiers.Applicant;
import vn.motcua.shared.ConflictException;

/**
 * What the portal needs of the signed-in citizen's profile: the applicant a new submission starts
 * from, and whether the account is confirmed — only a confirmed citizen may submit.
 */
@Component
public class CitizenGate {

    private final CitizenProfiles profiles;

    CitizenGate(CitizenProfiles profiles) {
        this.profiles = profiles;
    }

    /**
     * The applicant as the profile gives it: the person, or — when the citizen acts for an enterprise
     * and asks to — the enterprise by its name and tax code, the person's ID number kept as its representative's.
     */
    public Applicant applicant(boolean forEnterprise) {
        CitizenProfile p = profiles.current();
        String address = p.address() == null ? p.communeName()
                : p.communeName() == null ? p.address() : p.address() + ", " + p.communeName();
        if (forEnterprise && p.actsForEnterprise()) {
            return new Applicant(p.enterpriseName(), p.idNumber(), p.enterpriseTaxCode(), p.phone(), p.email(), address);
        }
        return new Applicant(p.fullName(), p.idNumber(), null, p.phone(), p.email(), address);
    }

    public CitizenProfile profile() {
        return profiles.current();
    }

    /** Refuses an unconfirmed account (409), naming what to do: confirm the e-mail with the code sent to it. */
    void requireConfirmed() {
        if (!profiles.current().confirmed()) {
            throw new ConflictException("portal.submission.unconfirmed");
        }
    }
}
