package vn.motcua.dossiers.internal;

import java.util.List;
import java.util.Optional;
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
 * unit), sees the applicant's personal data. Searches match personal data by the same rule, so what is
 * masked cannot be found by it either.
 */
@Component
public class DossierReach {

    private final UnitAccess access;
    private final CurrentUser currentUser;
    private final PublicRegister register;
    private final PersonalDataRoles roles;

    DossierReach(UnitAccess access, CurrentUser currentUser, PublicRegister register, PersonalDataRoles roles) {
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

    /** The rule for the caller, decided once and asked of each dossier of a list. */
    public Predicate<StoredDossier> personalDataShown() {
        Optional<MotCuaUser> user = handler();
        if (user.isEmpty()) {
            return dossier -> false;
        }
        if (user.get().isSystemAdministrator()) {
            return dossier -> true;
        }
        Long agency = user.get().agencyId();
        Long unit = user.get().unitId();
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
            return "false";
        }
        params.add(agency);
        params.add(agency);
        params.add(unit);
        return "(agency_id = ? or holding_agency_id = ? or unit_id = ?)";
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
