package vn.motcua.units;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.MotCuaUser;
import vn.motcua.units.internal.UnitRows;

/**
 * Decides what the signed-in account may reach. Every module's services ask it before reading or
 * changing data of a unit, whichever door the call came through.
 */
@Service
public class UnitAccess {

    private final UnitRows rows;
    private final CurrentUser currentUser;

    UnitAccess(UnitRows rows, CurrentUser currentUser) {
        this.rows = rows;
        this.currentUser = currentUser;
    }

    /** The caller's scope; work done by the system itself (start-up, scheduled jobs) reaches everything. */
    public UnitScope currentScope() {
        return currentUser.get().map(this::scopeOf).orElse(UnitScope.EVERYTHING);
    }

    public UnitScope scopeOf(MotCuaUser user) {
        if (user.isSystemAdministrator()) {
            return UnitScope.EVERYTHING;
        }
        if (user.unitId() == null) {
            return UnitScope.NOTHING;
        }
        return new UnitScope(false, rows.reachableFrom(user.unitId()));
    }

    /** Fails with 403 unless the caller may reach the unit. */
    public void check(long unitId) {
        if (!currentScope().contains(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " is outside the caller's scope");
        }
    }
}
