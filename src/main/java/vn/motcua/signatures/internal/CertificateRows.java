package vn.motcua.signatures.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.signatures.AgencyCertificate;
import vn.motcua.signatures.AgencyCertificate.KeyKind;

/** The certificate and signed-copy tables. */
@Repository
public class CertificateRows {

    /** What a new certificate row holds; the keystore and its password already sealed, or the token's name. */
    public record NewRow(String agencyCode, KeyKind kind, String subject, String organisation, String issuer, String serialNumber,
            String sha256, Instant notBefore, Instant notAfter, byte[] certificate, byte[] sealedKeystore, byte[] sealedPassword,
            String tokenName, boolean demo, Instant addedAt, String addedBy) {
    }

    /** What signing needs of a certificate row: its sealed keystore and password, or its token. */
    public record KeyMaterial(long id, KeyKind kind, byte[] sealedKeystore, byte[] sealedPassword, String tokenName) {
    }

    /** A kept signed copy. */
    public record SignedCopy(String subject, long fileId, long certificateId, Instant signedAt, String signedBy) {
    }

    private static final String COLUMNS = """
            id, agency_code, kind, subject, organisation, issuer, serial_number, sha256, not_before, not_after, token_name, demo,
            active, revoked_at, revoked_by, revocation_reason, added_at, added_by""";

    private final JdbcClient jdbc;

    CertificateRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rows with the agency name left blank (the service fills it from the public register). */
    public List<AgencyCertificate> all() {
        return jdbc.sql("select " + COLUMNS + " from signatures_certificate order by agency_code, active desc, added_at desc")
                .query(ROW).list();
    }

    public Optional<AgencyCertificate> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from signatures_certificate where id = ?").param(id).query(ROW).optional();
    }

    public Optional<AgencyCertificate> active(String agencyCode) {
        return jdbc.sql("select " + COLUMNS + " from signatures_certificate where agency_code = ? and active").param(agencyCode)
                .query(ROW).optional();
    }

    /** The rows of this fingerprint: how the verifier recognises a certificate MotCua holds. */
    public List<AgencyCertificate> bySha256(String sha256) {
        return jdbc.sql("select " + COLUMNS + " from signatures_certificate where sha256 = ? order by added_at").param(sha256)
                .query(ROW).list();
    }

    public KeyMaterial keyMaterial(long id) {
        return jdbc.sql("select id, kind, keystore, keystore_password, token_name from signatures_certificate where id = ?").param(id)
                .query((rs, n) -> new KeyMaterial(rs.getLong(1), KeyKind.valueOf(rs.getString(2)), rs.getBytes(3), rs.getBytes(4),
                        rs.getString(5)))
                .single();
    }

    /** Adds the certificate as the agency's active one, the one before it kept but no longer active. */
    public long insertActive(NewRow row) {
        jdbc.sql("update signatures_certificate set active = false where agency_code = ? and active").param(row.agencyCode()).update();
        return jdbc.sql("""
                insert into signatures_certificate (agency_code, kind, subject, organisation, issuer, serial_number, sha256, not_before,
                    not_after, certificate, keystore, keystore_password, token_name, demo, active, added_at, added_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?) returning id""")
                .params(row.agencyCode(), row.kind().name(), row.subject(), row.organisation(), row.issuer(), row.serialNumber(),
                        row.sha256(), utc(row.notBefore()), utc(row.notAfter()), row.certificate(), row.sealedKeystore(),
                        row.sealedPassword(), row.tokenName(), row.demo(), utc(row.addedAt()), row.addedBy())
                .query(Long.class).single();
    }

    public boolean revoke(long id, Instant at, String by, String reason) {
        return jdbc.sql("update signatures_certificate set revoked_at = ?, revoked_by = ?, revocation_reason = ? where id = ? and revoked_at is null")
                .params(utc(at), by, reason, id).update() == 1;
    }

    public boolean anyDemo() {
        return jdbc.sql("select exists (select 1 from signatures_certificate where demo)").query(Boolean.class).single();
    }

    public Optional<SignedCopy> copy(String subject) {
        return jdbc.sql("select subject, file_id, certificate_id, signed_at, signed_by from signatures_signed_copy where subject = ?")
                .param(subject)
                .query((rs, n) -> new SignedCopy(rs.getString(1), rs.getLong(2), rs.getLong(3), instant(rs, 4), rs.getString(5)))
                .optional();
    }

    /** Keeps the copy; false when another request kept one for the subject first. */
    public boolean keep(SignedCopy copy) {
        return jdbc.sql("""
                insert into signatures_signed_copy (subject, file_id, certificate_id, signed_at, signed_by) values (?, ?, ?, ?, ?)
                on conflict (subject) do nothing""")
                .params(copy.subject(), copy.fileId(), copy.certificateId(), utc(copy.signedAt()), copy.signedBy()).update() == 1;
    }

    private static final RowMapper<AgencyCertificate> ROW = (rs, n) -> new AgencyCertificate(rs.getLong("id"),
            rs.getString("agency_code"), "", KeyKind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getString("organisation"),
            rs.getString("issuer"), rs.getString("serial_number"), rs.getString("sha256"), instant(rs, "not_before"),
            instant(rs, "not_after"), rs.getString("token_name"), rs.getBoolean("demo"), rs.getBoolean("active"),
            instant(rs, "revoked_at"), rs.getString("revoked_by"), rs.getString("revocation_reason"), instant(rs, "added_at"),
            rs.getString("added_by"));

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
