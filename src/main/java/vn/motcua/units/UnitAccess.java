package vn.motcua.units;

import java.time.LocalDate;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.MotCuaUser;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.units.internal.UnitRows;

/**
 * Decides what the signed-in account may reach. Every module's services ask it before reading or
 * changing data of a unit, whichever door the call came through.
 */
@Service
public class UnitAccess {

    private final UnitRows rows;
    private final CurrentUser currentUser;
    private final MotCuaZone zone;

    UnitAccess(UnitRows rows, CurrentUser currentUser, MotCuaZone zone) {
        this.rows = rows;
        this.currentUser = currentUser;
        this.zone = zone;
    }

    /** The caller's scope; work done by the system itself (start-up, scheduled jobs) reaches everything. */
    public UnitScope currentScope() {
        return currentUser.get().map(this::scopeOf).orElse(UnitScope.EVERYTHING);
    }

    /**
     * What an account reaches: its unit and what that unit carries; and, for an account that moved, the
     * units it worked for before once they have ended — their records are history that no one else's
     * work carries for it, while a unit still in force belongs to its present staff.
     */
    public UnitScope scopeOf(MotCuaUser user) {
        if (user.isSystemAdministrator()) {
            return UnitScope.EVERYTHING;
        }
        if (user.unitId() == null) {
            return UnitScope.NOTHING;
        }
        if (user.formerUnitIds().isEmpty()) {
            return new UnitScope(false, rows.reachableFrom(user.unitId()));
        }
        java.util.Set<Long> reach = new java.util.HashSet<>(rows.reachableFrom(user.unitId()));
        LocalDate today = zone.today();
        for (long former : user.formerUnitIds()) {
            if (rows.byId(former).filter(unit -> unit.validTo() != null && unit.validTo().isBefore(today)).isPresent()) {
                reach.addAll(rows.reachableFrom(former));
            }
        }
        return new UnitScope(false, reach);
    }

    /** Fails with 403 unless the caller may reach the unit. */
    public void check(long unitId) {
        if (!currentScope().contains(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " is outside the caller's scope");
        }
    }
}
