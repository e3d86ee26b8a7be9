package vn.motcua.signatures;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.VietnameseFormat;
import vn.motcua.signatures.AgencyCertificate.KeyKind;
import vn.motcua.signatures.AgencyCertificate.State;
import vn.motcua.signatures.internal.CertificateNames;
import vn.motcua.signatures.internal.CertificateRows;
import vn.motcua.signatures.internal.KeyVault;
import vn.motcua.signatures.internal.PadesSigner.SigningKey;
import vn.motcua.signatures.internal.Pkcs11Tokens;
import vn.motcua.signatures.internal.Pkcs12Keys;
import vn.motcua.units.Agency;
import vn.motcua.units.PublicRegister;

/**
 * Quản lý chứng thư số: administrators give an agency the certificate it signs with — a PKCS#12
 * keystore uploaded with its password (kept sealed, see KeyVault), or a PKCS#11 token configured for the
 * installation — see which expire within {@value AgencyCertificate#WARNING_DAYS} days, and revoke one.
 * The new certificate replaces the agency's current one; every change goes to the audit trail, without
 * any secret. A certificate already expired, or not yet valid, is refused at the door.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AgencyCertificates {

    /** The largest keystore accepted: a PKCS#12 file with a key and its chain is a few kilobytes. */
    static final int MAX_KEYSTORE = 256 * 1024;

    private final CertificateRows rows;
    private final KeyVault vault;
    private final Pkcs11Tokens tokens;
    private final PublicRegister register;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final VietnameseFormat format;
    private final Clock clock;

    AgencyCertificates(CertificateRows rows, KeyVault vault, Pkcs11Tokens tokens, PublicRegister register, AuditTrail audit,
            CurrentUser currentUser, VietnameseFormat format, Clock clock) {
        this.rows = rows;
        this.vault = vault;
        this.tokens = tokens;
        this.register = register;
        this.audit = audit;
        this.currentUser = currentUser;
        this.format = format;
        this.clock = clock;
    }

    /** Every certificate, the agencies' current ones first. */
    @Transactional(readOnly = true)
    public List<AgencyCertificate> list() {
        return rows.all().stream().map(this::named).toList();
    }

    /** The current certificates that expire within the warning days, have expired or were revoked: what the administrators must act on. */
    @Transactional(readOnly = true)
    public List<AgencyCertificate> needingAttention() {
        Instant now = clock.instant();
        return rows.all().stream().filter(AgencyCertificate::active)
                .filter(c -> c.state(now) == State.EXPIRING || c.state(now) == State.EXPIRED || c.state(now) == State.REVOKED)
                .map(this::named).toList();
    }

    /** The names of the PKCS#11 tokens configured under motcua.signatures.tokens. */
    public List<String> tokens() {
        return tokens.names();
    }

    /**
     * Gives the agency the keystore's certificate.
     *
     * @throws InvalidInputException no such agency, an empty or oversized file, no password, a password that does not open
     *         it, a file that is not PKCS#12 or holds no key, a certificate expired or not yet valid
     */
    @Transactional
    public AgencyCertificate uploadKeystore(String agencyCode, String fileName, byte[] keystore, String password) {
        Agency agency = agency(agencyCode);
        String name = fileName == null || fileName.isBlank() ? "keystore.p12" : fileName.strip();
        if (keystore == null || keystore.length == 0) {
            throw new InvalidInputException(Pkcs12Keys.FIELD, "signatures.keystore.empty", name);
        }
        if (keystore.length > MAX_KEYSTORE) {
            throw new InvalidInputException(Pkcs12Keys.FIELD, "signatures.keystore.too-large", name);
        }
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("password", "signatures.keystore.password-required");
        }
        SigningKey key = Pkcs12Keys.open(keystore, password.toCharArray(), name);
        return add(agency, KeyKind.PKCS12, key.chain().get(0), vault.seal(keystore), vault.seal(password.getBytes(StandardCharsets.UTF_8)),
                null, false);
    }

    /**
     * Gives the agency the certificate of the key on a configured PKCS#11 token.
     *
     * @throws InvalidInputException no such agency or token, a token that cannot be opened or holds no key, a certificate expired
     */
    @Transactional
    public AgencyCertificate useToken(String agencyCode, String tokenName) {
        Agency agency = agency(agencyCode);
        if (tokenName == null || tokenName.isBlank()) {
            throw new InvalidInputException("token", "signatures.token.required");
        }
        SigningKey key = tokens.key(tokenName.strip());
        return add(agency, KeyKind.PKCS11, key.chain().get(0), null, null, tokenName.strip(), false);
    }

    /**
     * Marks the certificate revoked from now: it signs nothing more, and the verifier says so of what it signs later.
     *
     * @throws ConflictException it was revoked already
     */
    @Transactional
    public AgencyCertificate revoke(long id, String reason) {
        AgencyCertificate before = rows.find(id).map(this::named)
                .orElseThrow(() -> new NotFoundException("signatures.certificate.not-found", String.valueOf(id)));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "signatures.revoke.reason-required");
        }
        if (why.length() > 500) {
            throw new InvalidInputException("reason", "signatures.revoke.reason-long");
        }
        if (!rows.revoke(id, clock.instant().truncatedTo(ChronoUnit.MICROS), currentUser.username(), why)) {
            throw new ConflictException("signatures.certificate.already-revoked", before.subject());
        }
        AgencyCertificate after = rows.find(id).map(this::named).orElseThrow();
        audit.record("signatures.certificate.revoked", "certificate", String.valueOf(id), "Thu hồi chứng thư số " + before.subject()
                + " (số sê-ri " + before.serialNumber() + ") của " + before.agencyName() + ": " + why, trail(before), trail(after));
        return after;
    }

    /** A demo certificate made at first start (chứng thư thử nghiệm), kept like an uploaded keystore. */
    @Transactional
    public AgencyCertificate addDemo(String agencyCode, X509Certificate certificate, byte[] keystore, String password) {
        return add(agency(agencyCode), KeyKind.PKCS12, certificate, vault.seal(keystore),
                vault.seal(password.getBytes(StandardCharsets.UTF_8)), null, true);
    }

    private AgencyCertificate add(Agency agency, KeyKind kind, X509Certificate certificate, byte[] sealedKeystore, byte[] sealedPassword,
            String tokenName, boolean demo) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (!now.isBefore(notAfter)) {
            throw new InvalidInputException(Pkcs12Keys.FIELD, "signatures.certificate.expired-upload",
                    CertificateNames.commonName(certificate), format.dateTime(notAfter));
        }
        if (now.isBefore(notBefore)) {
            throw new InvalidInputException(Pkcs12Keys.FIELD, "signatures.certificate.not-yet-valid-upload",
                    CertificateNames.commonName(certificate), format.dateTime(notBefore));
        }
        AgencyCertificate previous = rows.active(agency.code()).map(this::named).orElse(null);
        byte[] encoded;
        try {
            encoded = certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new InvalidInputException(Pkcs12Keys.FIELD, "signatures.keystore.format", agency.code());
        }
        long id = rows.insertActive(new CertificateRows.NewRow(agency.code(), kind, CertificateNames.commonName(certificate),
                CertificateNames.organisation(certificate), CertificateNames.issuerName(certificate),
                certificate.getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT), sha256(encoded), notBefore, notAfter,
                encoded, sealedKeystore, sealedPassword, tokenName, demo, now, currentUser.username()));
        AgencyCertificate added = rows.find(id).map(this::named).orElseThrow();
        audit.record("signatures.certificate.added", "certificate", String.valueOf(id), "Cấp chứng thư số " + added.subject()
                + (kind == KeyKind.PKCS11 ? " (token PKCS#11 " + tokenName + ")" : " (tệp PKCS#12)") + " cho " + agency.name()
                + ", hiệu lực đến " + format.dateTime(notAfter), previous == null ? null : trail(previous), trail(added));
        return added;
    }

    private Agency agency(String agencyCode) {
        if (agencyCode == null || agencyCode.isBlank()) {
            throw new InvalidInputException("agencyCode", "signatures.agency.required");
        }
        return register.agency(agencyCode.strip())
                .orElseThrow(() -> new InvalidInputException("agencyCode", "signatures.agency.unknown", agencyCode.strip()));
    }

    private AgencyCertificate named(AgencyCertificate row) {
        String name = register.agency(row.agencyCode()).map(Agency::name).orElse(row.agencyCode());
        return new AgencyCertificate(row.id(), row.agencyCode(), name, row.kind(), row.subject(), row.organisation(), row.issuer(),
                row.serialNumber(), row.sha256(), row.notBefore(), row.notAfter(), row.tokenName(), row.demo(), row.active(),
                row.revokedAt(), row.revokedBy(), row.revocationReason(), row.addedAt(), row.addedBy());
    }

    /** What the audit trail keeps of a certificate: never its keystore nor any secret. */
    private static Map<String, Object> trail(AgencyCertificate c) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("agency", c.agencyCode());
        values.put("kind", c.kind().name());
        values.put("subject", c.subject());
        values.put("serialNumber", c.serialNumber());
        values.put("sha256", c.sha256());
        values.put("notAfter", c.notAfter().toString());
        values.put("active", c.active());
        if (c.tokenName() != null) {
            values.put("token", c.tokenName());
        }
        if (c.revokedAt() != null) {
            values.put("revokedAt", c.revokedAt().toString());
            values.put("revocationReason", c.revocationReason());
        }
        return values;
    }

    static String sha256(byte[] encoded) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
