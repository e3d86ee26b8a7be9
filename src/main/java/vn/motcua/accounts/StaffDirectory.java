package vn.motcua.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.VietnameseOrder;

/**
 * Who may be handed a piece of work: the enabled accounts of an agency holding one of the roles the
 * step needs, so that a dossier goes to a person who exists and may do it, chosen from a list rather
 * than typed; and the full names behind sign-in names, for a history people read.
 */
@Service
public class StaffDirectory {

    private final JdbcClient jdbc;

    StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enabled accounts of the agency with any of the roles, in Vietnamese order of their names. */
    @Transactional(readOnly = true)
    public List<StaffMember> inAgency(long agencyId, Set<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct a.username, a.full_name from accounts_account a
                join accounts_account_role r on r.account_id = a.id
                where a.agency_id = :agency and a.enabled and r.role in (:roles)""")
                .param("agency", agencyId).param("roles", roles.stream().map(Role::name).toList())
                .query((rs, n) -> new StaffMember(rs.getString("username"), rs.getString("full_name"))).list().stream()
                .sorted(VietnameseOrder.by(StaffMember::fullName)).toList();
    }

    /** A person of an agency: the account's sign-in name, the full name people read, and the agency it works in today. */
    public record AgencyMember(String username, String fullName, long agencyId) {

        /** The name without a note in brackets after it ("Lê Đình Sơn (Chủ tịch UBND xã)" reads "Lê Đình Sơn"). */
        public String plainName() {
            return StaffDirectory.plainName(fullName);
        }
    }

    /** A full name without the note in brackets after it, as it is printed under a signature. */
    public static String plainName(String fullName) {
        int bracket = fullName.indexOf(" (");
        return bracket > 0 ? fullName.substring(0, bracket).strip() : fullName.strip();
    }

    /**
     * The enabled accounts working today in any of these agencies with any of the roles — those who may
     * sign or chair for them — in Vietnamese order of their names.
     */
    @Transactional(readOnly = true)
    public List<AgencyMember> inAgencies(Collection<Long> agencyIds, Set<Role> roles) {
        if (agencyIds.isEmpty() || roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct a.username, a.full_name, a.agency_id from accounts_account a
                join accounts_account_role r on r.account_id = a.id
                where a.agency_id in (:agencies) and a.enabled and r.role in (:roles)""")
                .param("agencies", List.copyOf(Set.copyOf(agencyIds))).param("roles", roles.stream().map(Role::name).toList())
                .query((rs, n) -> new AgencyMember(rs.getString("username"), rs.getString("full_name"), rs.getLong("agency_id")))
                .list().stream().sorted(VietnameseOrder.by(AgencyMember::fullName)).toList();
    }

    /** The full names of these accounts, by sign-in name; a name no account holds is left out. */
    @Transactional(readOnly = true)
    public Map<String, String> fullNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select username, full_name from accounts_account where username in (:names)")
                .param("names", List.copyOf(Set.copyOf(usernames)))
                .query((rs, n) -> Map.entry(rs.getString("username"), rs.getString("full_name"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
