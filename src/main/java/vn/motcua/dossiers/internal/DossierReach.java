package vn.motcua.dossiers.internal;

import java.util.Optional;

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
 * receiving unit, or the unit of the agency it was forwarded to) sees it; only the agencies handling
 * it see the applicant's personal data.
 */
@Component
public class DossierReach {

    private final UnitAccess access;
    private final CurrentUser currentUser;
    private final PublicRegister register;

    DossierReach(UnitAccess access, CurrentUser currentUser, PublicRegister register) {
        this.access = access;
        this.currentUser = currentUser;
        this.register = register;
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

    /** Personal data is for the agencies handling the dossier: the receiving one, the one holding it, their unit. */
    public boolean showsPersonalData(StoredDossier dossier) {
        Optional<MotCuaUser> user = currentUser.get();
        if (user.isEmpty() || user.get().isSystemAdministrator()) {
            return true;
        }
        Long agency = user.get().agencyId();
        return agency != null && (agency == dossier.facts().agencyId() || agency.equals(dossier.summary().holdingAgencyId()))
                || user.get().unitId() != null && user.get().unitId() == dossier.facts().unitId();
    }

    /** The agency now holding a dossier forwarded elsewhere, by its public name. */
    public Optional<Agency> holding(StoredDossier dossier) {
        Long holding = dossier.summary().holdingAgencyId();
        return holding == null ? Optional.empty() : register.agency(holding);
    }
}
