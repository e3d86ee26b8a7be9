package vn.motcua.dossiers.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.MotCuaUser;
import vn.motcua.shared.NotFoundException;
import vn.motcua.units.Agency;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.UnitAccess;
import vn.motcua.units.UnitScope;

/**
 * Who may see a dossier, and who may see its applicant: any account whose units hold it (the
 * receiving unit, or the unit of the agency it was forwarded to) sees it; only an account of a role
 * that handles dossiers, in an agency handling it (the receiving one, the one holding it, or their
 * unit), sees the applicant's personal data — and the account that received it at the desk, wherever
 * that was, since it typed that data in (decision 0010: whatever an account may receive, it may read
 * and print). Searches match personal data by the same rule, so what is masked cannot be found by it either.
 */
@Component
public class DossierReach {

    private final UnitAccess access;
    private final CurrentUser currentUser;
    private final PublicRegister register;
    private final PersonalDataRoles roles;
    private final DossierStore store;

    DossierReach(UnitAccess access, CurrentUser currentUser, PublicRegister register, PersonalDataRoles roles, DossierStore store) {
        this.store = store;
        this.access = access;
        this.currentUser = currentUser;
        this.register = register;
        this.roles = roles;
    }

    /** Fails with 404 unless the caller's scope reaches the dossier's unit or the agency now holding it. */
    public void check(StoredDossier dossier) {
        if (!reaches(dossier)) {
            throw new NotFoundException("dossiers.not-found", dossier.facts().code());
        }
    }

    public boolean reaches(StoredDossier dossier) {
        UnitScope scope = access.currentScope();
        if (scope.contains(dossier.facts().unitId())) {
            return true;
        }
        Long holding = dossier.summary().holdingAgencyId();
        return holding != null && register.agency(holding).map(a -> scope.contains(a.unitId())).orElse(false);
    }

    public boolean showsPersonalData(StoredDossier dossier) {
        return personalDataShown().test(dossier);
    }

    /** The rule for the caller, for one dossier at a time (whether the caller received it is read when asked). */
    public Predicate<StoredDossier> personalDataShown() {
        Optional<MotCuaUser> user = handler();
        if (user.isEmpty()) {
            return dossier -> false;
        }
        Predicate<StoredDossier> handling = handling(user.get());
        String username = user.get().getUsername();
        return dossier -> handling.test(dossier) || store.receivedBy(username, List.of(dossier.id())).contains(dossier.id());
    }

    /** The rule for the caller, decided once for the dossiers of a list (one query for those it received). */
    public Predicate<StoredDossier> personalDataShown(Collection<StoredDossier> dossiers) {
        Optional<MotCuaUser> user = handler();
        if (user.isEmpty()) {
            return dossier -> false;
        }
        Predicate<StoredDossier> handling = handling(user.get());
        Set<Long> received = store.receivedBy(user.get().getUsername(),
                dossiers.stream().filter(handling.negate()).map(StoredDossier::id).toList());
        return dossier -> handling.test(dossier) || received.contains(dossier.id());
    }

    /** The agencies' part of the rule: the caller's agency or unit handles the dossier (every dossier, for the system administrator). */
    private static Predicate<StoredDossier> handling(MotCuaUser user) {
        if (user.isSystemAdministrator()) {
            return dossier -> true;
        }
        Long agency = user.agencyId();
        Long unit = user.unitId();
        return dossier -> agency != null && (agency == dossier.facts().agencyId() || agency.equals(dossier.summary().holdingAgencyId()))
                || unit != null && unit == dossier.facts().unitId();
    }

    /** Whether the caller sees the personal data of what an agency of a unit received (its tracking book). */
    public boolean showsPersonalDataOf(Agency agency) {
        Optional<MotCuaUser> user = handler();
        return user.isPresent() && (user.get().isSystemAdministrator() || Long.valueOf(agency.id()).equals(user.get().agencyId())
                || Long.valueOf(agency.unitId()).equals(user.get().unitId()));
    }

    /**
     * The same rule as a condition on the dossier table's columns, for a search: "true", "false" or a
     * condition whose parameters are added to {@code params}.
     */
    public String personalDataCondition(List<Object> params) {
        Optional<MotCuaUser> user = handler();
        if (user.isEmpty()) {
            return "false";
        }
        if (user.get().isSystemAdministrator()) {
            return "true";
        }
        Long agency = user.get().agencyId();
        Long unit = user.get().unitId();
        if (agency == null || unit == null) {
            params.add(user.get().getUsername());
            return DossierStore.RECEIVED_BY_CONDITION;
        }
        params.add(agency);
        params.add(agency);
        params.add(unit);
        params.add(user.get().getUsername());
        return "(agency_id = ? or holding_agency_id = ? or unit_id = ? or " + DossierStore.RECEIVED_BY_CONDITION + ")";
    }

    /** The caller, if signed in with a role that handles dossiers. */
    private Optional<MotCuaUser> handler() {
        return currentUser.get().filter(user -> roles.handleDossiers());
    }

    /** The agency now holding a dossier forwarded elsewhere, by its public name. */
    public Optional<Agency> holding(StoredDossier dossier) {
        Long holding = dossier.summary().holdingAgencyId();
        return holding == null ? Optional.empty() : register.agency(holding);
    }
}
