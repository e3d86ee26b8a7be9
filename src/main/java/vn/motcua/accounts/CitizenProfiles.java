package vn.motcua.accounts;

import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.accounts.internal.CitizenRows;
import vn.motcua.accounts.internal.CitizenRows.StoredCitizen;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.NotFoundException;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;

/**
 * Reads citizens' profiles: the signed-in citizen its own, the staff who handle dossiers any citizen's
 * (to see who an online submission comes from). A citizen never reads another citizen's profile.
 */
@Service
public class CitizenProfiles {

    private final CitizenRows rows;
    private final PublicRegister register;
    private final CurrentUser currentUser;

    CitizenProfiles(CitizenRows rows, PublicRegister register, CurrentUser currentUser) {
        this.rows = rows;
        this.register = register;
        this.currentUser = currentUser;
    }

    /** The profile of the account; empty when the account is no citizen's. */
    @PreAuthorize("hasAnyRole('CLERK', 'SPECIALIST', 'LEADER', 'ADMIN') or (hasRole('CITIZEN') and principal.accountId() == #accountId)")
    @Transactional(readOnly = true)
    public Optional<CitizenProfile> of(long accountId) {
        return rows.byAccount(accountId).map(this::view);
    }

    /** The signed-in citizen's own profile. */
    @PreAuthorize("hasRole('CITIZEN')")
    @Transactional(readOnly = true)
    public CitizenProfile current() {
        long accountId = currentUser.require().accountId();
        return rows.byAccount(accountId).map(this::view)
                .orElseThrow(() -> new NotFoundException("citizens.not-found", currentUser.username()));
    }

    CitizenProfile view(StoredCitizen citizen) {
        Unit commune = citizen.communeUnitId() == null ? null : register.unit(citizen.communeUnitId()).orElse(null);
        return new CitizenProfile(citizen.accountId(), citizen.username(), citizen.fullName(), citizen.idNumber(), citizen.phone(),
                citizen.email(), citizen.enterpriseTaxCode(), citizen.enterpriseName(), citizen.address(),
                commune == null ? null : commune.code(), commune == null ? null : commune.name(), citizen.confirmedAt());
    }
}
