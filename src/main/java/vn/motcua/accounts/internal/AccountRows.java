package vn.motcua.accounts.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.accounts.Role;

/** The accounts tables. */
@Repository
public class AccountRows {

    /** One stored account, password hash included; never leaves the module. */
    public record StoredAccount(long id, String username, String passwordHash, String fullName, Long agencyId,
            boolean enabled, int version, Set<Role> roles) {
    }

    private final JdbcClient jdbc;

    AccountRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredAccount> byUsername(String username) {
        return jdbc.sql("""
                select id, username, password_hash, full_name, agency_id, enabled, version
                from accounts_account where username = ?""").param(username).query((rs, n) -> {
            long agency = rs.getLong("agency_id");
            Long agencyId = rs.wasNull() ? null : agency;
            long id = rs.getLong("id");
            return new StoredAccount(id, rs.getString("username"), rs.getString("password_hash"), rs.getString("full_name"),
                    agencyId, rs.getBoolean("enabled"), rs.getInt("version"), EnumSet.noneOf(Role.class));
        }).optional().map(a -> new StoredAccount(a.id(), a.username(), a.passwordHash(), a.fullName(), a.agencyId(),
                a.enabled(), a.version(), roles(a.id())));
    }

    /** The staff's accounts: every account but the citizens', who are many and administer themselves. */
    public List<StoredAccount> staff() {
        return jdbc.sql("""
                select username from accounts_account a
                where not exists (select 1 from accounts_account_role r where r.account_id = a.id and r.role = 'CITIZEN')
                order by username""").query(String.class).list().stream()
                .map(u -> byUsername(u).orElseThrow()).toList();
    }

    private Set<Role> roles(long accountId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from accounts_account_role where account_id = ?").param(accountId).query(String.class).list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    public long count() {
        return jdbc.sql("select count(*) from accounts_account").query(Long.class).single();
    }

    public long insert(String username, String passwordHash, String fullName, Long agencyId, Set<Role> roles,
            OffsetDateTime now) {
        long id = jdbc.sql("""
                insert into accounts_account (username, password_hash, full_name, agency_id, created_at)
                values (?, ?, ?, ?, ?) returning id""").params(username, passwordHash, fullName, agencyId, now)
                .query(Long.class).single();
        for (Role role : roles) {
            jdbc.sql("insert into accounts_account_role (account_id, role) values (?, ?)").params(id, role.name()).update();
        }
        return id;
    }

    /** Changes guarded by the version the caller saw: false when someone else changed the account first. */
    public boolean setEnabled(long id, int version, boolean enabled) {
        return jdbc.sql("update accounts_account set enabled = ?, version = version + 1 where id = ? and version = ?")
                .params(enabled, id, version).update() == 1;
    }

    public boolean setPassword(long id, int version, String passwordHash) {
        return jdbc.sql("""
                update accounts_account set password_hash = ?, version = version + 1 where id = ? and version = ?""").params(passwordHash, id, version).update() == 1;
    }

    /** Replaces the roles, guarded by the version like the other changes. */
    public boolean setRoles(long id, int version, Set<Role> roles) {
        if (jdbc.sql("update accounts_account set version = version + 1 where id = ? and version = ?").params(id, version).update() != 1) {
            return false;
        }
        jdbc.sql("delete from accounts_account_role where account_id = ?").param(id).update();
        for (Role role : roles) {
            jdbc.sql("insert into accounts_account_role (account_id, role) values (?, ?)").params(id, role.name()).update();
        }
        return true;
    }

    public java.time.Instant createdAt(long id) {
        return jdbc.sql("select created_at from accounts_account where id = ?").param(id)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).single();
    }

    /** Removes an account with its roles and whatever else the accounts module keeps of it (cascaded). */
    public void delete(long id) {
        jdbc.sql("delete from accounts_account where id = ?").param(id).update();
    }

    /** Serialises the creation of the first administrator across instances. */
    public void lockFirstAdministrator() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('accounts:first-administrator'))").query().singleRow();
    }

    /** Moves an account to another agency, keeping the one it leaves with the day before {@code from}; false when it changed meanwhile. */
    public boolean moveTo(long id, int version, long agencyId, long previousAgencyId, LocalDate from) {
        if (jdbc.sql("update accounts_account set agency_id = ?, version = version + 1 where id = ? and version = ?")
                .params(agencyId, id, version).update() != 1) {
            return false;
        }
        jdbc.sql("insert into accounts_assignment (account_id, agency_id, until) values (?, ?, ?) on conflict do nothing")
                .params(id, previousAgencyId, from.minusDays(1)).update();
        return true;
    }

    /** An agency the account belonged to before, until the day given. */
    public record FormerAssignment(long agencyId, LocalDate until) {
    }

    public List<FormerAssignment> formerAssignments(long accountId) {
        return jdbc.sql("select agency_id, until from accounts_assignment where account_id = ? order by until")
                .param(accountId).query((rs, n) -> new FormerAssignment(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
    }
}
