package vn.motcua.accounts.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The failed sign-ins: one count per name typed and client address, one per address (name ''), one
 * per name (client ''). A count not moved for {@code forget} starts again from one.
 */
@Repository
public class SignInFailures {

    /** A count after one more failure, and when its episode last raised an alert. */
    public record Count(int failures, OffsetDateTime alertedAt) {
    }

    /** An account-wide count of an existing account, for the administrators' alert. */
    public record Attack(String username, int failures, int addresses, OffsetDateTime lastFailureAt) {
    }

    private final JdbcClient jdbc;

    SignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One more failure on the count, a new episode when the last was longer ago than {@code forgotBefore}. */
    public Count add(String username, String client, Instant now, Instant forgotBefore) {
        return jdbc.sql("""
                insert into accounts_sign_in_failure (username, client, failures, last_failure_at) values (?, ?, 1, ?)
                on conflict (username, client) do update set
                    failures = case when accounts_sign_in_failure.last_failure_at < ? then 1
                                    else accounts_sign_in_failure.failures + 1 end,
                    delayed_until = case when accounts_sign_in_failure.last_failure_at < ? then null
                                         else accounts_sign_in_failure.delayed_until end,
                    last_failure_at = excluded.last_failure_at
                returning failures, alerted_at""")
                .params(username, client, utc(now), utc(forgotBefore), utc(forgotBefore))
                .query((rs, n) -> new Count(rs.getInt("failures"), rs.getObject("alerted_at", OffsetDateTime.class))).single();
    }

    public void delay(String username, String client, Instant until) {
        jdbc.sql("update accounts_sign_in_failure set delayed_until = ? where username = ? and client = ?")
                .params(utc(until), username, client).update();
    }

    public void alerted(String username, Instant at) {
        jdbc.sql("update accounts_sign_in_failure set alerted_at = ? where username = ? and client = ''")
                .params(utc(at), username).update();
    }

    /** The latest end of a delay on the name from this address or on the address as a whole. */
    public Optional<Instant> delayedUntil(String username, String client) {
        return jdbc.sql("""
                select max(delayed_until) from accounts_sign_in_failure
                where client = ? and (username = ? or username = '')""").params(client, username)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional().map(OffsetDateTime::toInstant);
    }

    /** A correct password from this address: its count for the name starts again. */
    public void clear(String username, String client) {
        jdbc.sql("delete from accounts_sign_in_failure where username = ? and client = ?").params(username, client).update();
    }

    public void forgetBefore(Instant forgotBefore) {
        jdbc.sql("delete from accounts_sign_in_failure where last_failure_at < ?").param(utc(forgotBefore)).update();
    }

    /** Existing accounts whose account-wide count reached {@code threshold} in the current episode, most failures first. */
    public List<Attack> attacks(int threshold, Instant forgotBefore) {
        return jdbc.sql("""
                select f.username, f.failures, f.last_failure_at,
                       (select count(*) from accounts_sign_in_failure p where p.username = f.username and p.client <> '') as addresses
                from accounts_sign_in_failure f join accounts_account a on a.username = f.username
                where f.client = '' and f.failures >= ? and f.last_failure_at >= ?
                order by f.failures desc, f.username""").params(threshold, utc(forgotBefore))
                .query((rs, n) -> new Attack(rs.getString("username"), rs.getInt("failures"), rs.getInt("addresses"),
                        rs.getObject("last_failure_at", OffsetDateTime.class))).list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
