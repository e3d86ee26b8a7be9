package vn.motcua.accounts.security;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.accounts.Role;
import vn.motcua.accounts.internal.AccountRows;
import vn.motcua.shared.MotCuaUser;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;

/** Loads an account for sign-in, with its agency's unit. Wrong passwords delay attempts (SignInThrottle); they never lock the account. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRows rows;
    private final AgencyDirectory agencies;

    AccountUserDetailsService(AccountRows rows, AgencyDirectory agencies) {
        this.rows = rows;
        this.agencies = agencies;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AccountRows.StoredAccount account = rows.byUsername(username == null ? "" : username.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        Long unitId = account.agencyId() == null ? null
                : agencies.byId(account.agencyId()).map(Agency::unitId).orElse(null);
        java.util.Set<Long> formerUnits = rows.formerAssignments(account.id()).stream()
                .map(former -> agencies.byId(former.agencyId()).map(Agency::unitId)).flatMap(java.util.Optional::stream)
                .collect(Collectors.toSet());
        return new MotCuaUser(account.id(), account.username(), account.passwordHash(), account.fullName(),
                account.agencyId(), unitId, formerUnits, account.roles().stream().map(Role::name).collect(Collectors.toSet()),
                account.enabled(), true);
    }
}
