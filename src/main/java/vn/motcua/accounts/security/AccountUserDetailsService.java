package vn.motcua.accounts.security;

import java.time.Clock;
import java.time.OffsetDateTime;
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

/** Loads an account for sign-in, with its agency's unit, and reports it locked while a throttle holds. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRows rows;
    private final AgencyDirectory agencies;
    private final Clock clock;

    AccountUserDetailsService(AccountRows rows, AgencyDirectory agencies, Clock clock) {
        this.rows = rows;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AccountRows.StoredAccount account = rows.byUsername(username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        Long unitId = account.agencyId() == null ? null
                : agencies.byId(account.agencyId()).map(Agency::unitId).orElse(null);
        boolean nonLocked = account.lockedUntil() == null || account.lockedUntil().isBefore(OffsetDateTime.now(clock));
        java.util.Set<Long> formerUnits = rows.formerAssignments(account.id()).stream()
                .map(former -> agencies.byId(former.agencyId()).map(Agency::unitId)).flatMap(java.util.Optional::stream)
                .collect(Collectors.toSet());
        return new MotCuaUser(account.id(), account.username(), account.passwordHash(), account.fullName(),
                account.agencyId(), unitId, formerUnits, account.roles().stream().map(Role::name).collect(Collectors.toSet()),
                account.enabled(), nonLocked);
    }
}
