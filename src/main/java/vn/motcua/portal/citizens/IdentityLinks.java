package vn.motcua.portal.citizens;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.accounts.CitizenAccounts;
import vn.motcua.accounts.CitizenIdentityLinks;
import vn.motcua.accounts.CitizenIdentityRefused;
import vn.motcua.accounts.CitizenProfile;
import vn.motcua.accounts.CitizenRules;
import vn.motcua.accounts.ExternalIdentity;
import vn.motcua.accounts.VerifiedCitizen;
import vn.motcua.audit.AuditTrail;

/**
 * Liên kết tài khoản định danh: the citizen ID the identity platform names (the claim
 * motcua.oidc.id-claim, citizen_id unless configured) decides which citizen account a person signs in
 * as; a confirmed account for a person nobody registered yet is made from the claims (name, e-mail and
 * phone where given). Each platform subject's link to its account is recorded with when it was made
 * and last used.
 */
@Service
class IdentityLinks implements CitizenIdentityLinks {

    private final CitizenAccounts accounts;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String idClaim;
    private final String nameClaim;
    private final String emailClaim;
    private final String phoneClaim;

    IdentityLinks(CitizenAccounts accounts, AuditTrail audit, JdbcClient jdbc, Clock clock, @Value("${motcua.oidc.id-claim:citizen_id}") String idClaim,
            @Value("${motcua.oidc.name-claim:name}") String nameClaim, @Value("${motcua.oidc.email-claim:email}") String emailClaim,
            @Value("${motcua.oidc.phone-claim:phone_number}") String phoneClaim) {
        this.accounts = accounts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.idClaim = idClaim;
        this.nameClaim = nameClaim;
        this.emailClaim = emailClaim;
        this.phoneClaim = phoneClaim;
    }

    @Override
    @Transactional
    public String accountFor(ExternalIdentity identity) {
        String typed = identity.claim(idClaim);
        if (typed == null) {
            throw new CitizenIdentityRefused(CitizenIdentityRefused.MISSING_CITIZEN_ID);
        }
        String idNumber = CitizenRules.idNumber(typed);
        if (idNumber == null) {
            throw new CitizenIdentityRefused(CitizenIdentityRefused.INVALID_CITIZEN_ID);
        }
        Optional<CitizenProfile> holder = accounts.byIdNumber(idNumber).filter(CitizenProfile::confirmed);
        CitizenProfile citizen = holder.orElseGet(() -> accounts.createVerified(new VerifiedCitizen(idNumber, identity.claim(nameClaim),
                identity.claim(emailClaim), identity.claim(phoneClaim)), "nền tảng định danh " + identity.issuer()));
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Long before = jdbc.sql("select account_id from portal_identity_link where issuer = ? and subject = ? for update")
                .params(identity.issuer(), identity.subject()).query(Long.class).optional().orElse(null);
        jdbc.sql("""
                insert into portal_identity_link (issuer, subject, account_id, linked_at, last_sign_in_at) values (?, ?, ?, ?, ?)
                on conflict (issuer, subject) do update set account_id = excluded.account_id, linked_at = case
                    when portal_identity_link.account_id = excluded.account_id then portal_identity_link.linked_at else excluded.linked_at end,
                    last_sign_in_at = excluded.last_sign_in_at""")
                .params(identity.issuer(), identity.subject(), citizen.accountId(), now, now).update();
        if (before == null || before != citizen.accountId()) {
            audit.record("citizen.linked", "account", citizen.username(), "Liên kết tài khoản công dân " + citizen.username()
                    + " với định danh " + identity.subject() + " của " + identity.issuer(), null, null);
        }
        return citizen.username();
    }
}
