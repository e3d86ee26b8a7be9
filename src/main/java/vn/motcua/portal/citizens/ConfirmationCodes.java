package vn.motcua.portal.citizens;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The confirmation codes waiting to be typed in, one per unconfirmed account. */
@Repository
class ConfirmationCodes {

    /** A code as kept: its hash, its validity, the wrong attempts so far, and the codes sent in the current window. */
    record StoredCode(long accountId, String codeHash, Instant issuedAt, Instant expiresAt, int attempts, Instant windowStart,
            int sent) {
    }

    private final JdbcClient jdbc;

    ConfirmationCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's code, locked until the transaction ends so that two attempts at once count as two. */
    Optional<StoredCode> lock(long accountId) {
        return jdbc.sql("""
                select account_id, code_hash, issued_at, expires_at, attempts, window_start, sent
                from portal_confirmation_code where account_id = ? for update""").param(accountId)
                .query((rs, n) -> new StoredCode(rs.getLong(1), rs.getString(2), instant(rs.getObject(3, OffsetDateTime.class)),
                        instant(rs.getObject(4, OffsetDateTime.class)), rs.getInt(5), instant(rs.getObject(6, OffsetDateTime.class)),
                        rs.getInt(7)))
                .optional();
    }

    /** A new code replaces the account's old one; {@code sent} is the count of codes in the window that starts at windowStart. */
    void issue(long accountId, String codeHash, Instant issuedAt, Instant expiresAt, Instant windowStart, int sent) {
        jdbc.sql("""
                insert into portal_confirmation_code (account_id, code_hash, issued_at, expires_at, attempts, window_start, sent)
                values (?, ?, ?, ?, 0, ?, ?)
                on conflict (account_id) do update set code_hash = excluded.code_hash, issued_at = excluded.issued_at,
                    expires_at = excluded.expires_at, attempts = 0, window_start = excluded.window_start, sent = excluded.sent""")
                .params(accountId, codeHash, utc(issuedAt), utc(expiresAt), utc(windowStart), sent).update();
    }

    /** One more wrong attempt; the count after it. */
    int failed(long accountId) {
        return jdbc.sql("update portal_confirmation_code set attempts = attempts + 1 where account_id = ? returning attempts")
                .param(accountId).query(Integer.class).single();
    }

    void remove(long accountId) {
        jdbc.sql("delete from portal_confirmation_code where account_id = ?").param(accountId).update();
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
