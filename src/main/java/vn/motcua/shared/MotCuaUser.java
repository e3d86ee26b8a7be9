package vn.motcua.shared;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in account as every module sees it: its roles, its agency and the unit that agency
 * belongs to, and the units of the agencies it belonged to before. A null unit means a system
 * administrator above every unit.
 */
public class MotCuaUser extends User {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String fullName;
    private final Long agencyId;
    private final Long unitId;
    private final Set<Long> formerUnitIds;

    public MotCuaUser(long accountId, String username, String passwordHash, String fullName, Long agencyId,
            Long unitId, Set<String> roles, boolean enabled, boolean nonLocked) {
        this(accountId, username, passwordHash, fullName, agencyId, unitId, Set.of(), roles, enabled, nonLocked);
    }

    public MotCuaUser(long accountId, String username, String passwordHash, String fullName, Long agencyId,
            Long unitId, Set<Long> formerUnitIds, Set<String> roles, boolean enabled, boolean nonLocked) {
        super(username, passwordHash, enabled, true, true, nonLocked, authorities(roles));
        this.accountId = accountId;
        this.fullName = fullName;
        this.agencyId = agencyId;
        this.unitId = unitId;
        this.formerUnitIds = Set.copyOf(formerUnitIds);
    }

    private static Collection<GrantedAuthority> authorities(Set<String> roles) {
        return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .collect(Collectors.toUnmodifiableSet());
    }

    public long accountId() {
        return accountId;
    }

    public String fullName() {
        return fullName;
    }

    public Long agencyId() {
        return agencyId;
    }

    public Long unitId() {
        return unitId;
    }

    /** The units of the agencies the account belonged to before its current one. */
    public Set<Long> formerUnitIds() {
        return formerUnitIds;
    }

    public boolean isSystemAdministrator() {
        return unitId == null && hasRole("ADMIN");
    }

    public boolean hasRole(String role) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    public Set<String> roles() {
        return getAuthorities().stream().map(a -> a.getAuthority().substring("ROLE_".length()))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
