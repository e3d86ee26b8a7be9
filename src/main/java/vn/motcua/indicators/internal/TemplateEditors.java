package vn.motcua.indicators.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.MotCuaUser;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.UnitLevel;

/**
 * Who shapes the report templates: the province's reform officers (and the system administrator),
 * for every unit of the province reports with them; an officer of a district or a commune does not.
 */
@Component
public class TemplateEditors {

    private final CurrentUser currentUser;
    private final PublicRegister register;

    TemplateEditors(CurrentUser currentUser, PublicRegister register) {
        this.currentUser = currentUser;
        this.register = register;
    }

    /** Fails with 403 unless the caller belongs to a province-level agency or is the system administrator. */
    public void requireProvince() {
        MotCuaUser user = currentUser.require();
        if (user.isSystemAdministrator()) {
            return;
        }
        boolean atProvince = user.unitId() != null
                && register.unit(user.unitId()).map(unit -> unit.level() == UnitLevel.PROVINCE).orElse(false);
        if (!atProvince) {
            throw new AccessDeniedException("templates are the province's");
        }
    }
}
