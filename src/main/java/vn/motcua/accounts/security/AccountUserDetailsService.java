package vn.motcua.accounts.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.accounts.Role;
import vn.motcua.accounts.internal.AccountRows;
import vn.motcua.shared.MotCuaUser;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;

/** Loads an account for sign-in, with its agency's unit. Wrong passwords delay attempts (SignInThrottle); they never lock the account. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRows rows;
    private final AgencyDirectory agencies;
    private final MotCuaZone zone;

    AccountUserDetailsService(AccountRows rows, AgencyDirectory agencies, MotCuaZone zone) {
        this.rows = rows;
        this.agencies = agencies;
        this.zone = zone;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AccountRows.StoredAccount account = rows.byUsername(username == null ? "" : username.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        // The agency of the day: an assignment that ended before today is former work; one that covers
        // today (a day before a move, as the demo's history and a test travelling in time see it) is the
        // account's agency then.
        LocalDate today = zone.today();
        List<AccountRows.FormerAssignment> assignments = rows.formerAssignments(account.id());
        Long agencyId = assignments.stream().filter(a -> !a.until().isBefore(today)).findFirst()
                .map(AccountRows.FormerAssignment::agencyId).orElse(account.agencyId());
        Long unitId = agencyId == null ? null : agencies.byId(agencyId).map(Agency::unitId).orElse(null);
        Set<Long> formerUnits = assignments.stream().filter(a -> a.until().isBefore(today))
                .map(former -> agencies.byId(former.agencyId()).map(Agency::unitId)).flatMap(java.util.Optional::stream)
                .collect(Collectors.toSet());
        return new MotCuaUser(account.id(), account.username(), account.passwordHash(), account.fullName(),
                agencyId, unitId, formerUnits, account.roles().stream().map(Role::name).collect(Collectors.toSet()),
                account.enabled(), true);
    }
}
