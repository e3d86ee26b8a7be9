package vn.motcua.procedures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.VietnameseOrder;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDesk;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;

/**
 * Nơi tiếp nhận: the agencies whose one-stop desk receives a procedure today — of a unit in force of the
 * procedure's level, of the kind of agency that resolves it (any kind when the catalogue names none) —
 * with the address and hours of each desk where recorded. Public knowledge, for the procedure's page.
 */
@Service
public class ReceivingDesks {

    /** An agency receiving the procedure and its desk; {@code desk} is null where none is recorded. */
    public record ReceivingDesk(Agency agency, AgencyDesk desk) {
    }

    private final PublicRegister register;
    private final MotCuaZone zone;

    ReceivingDesks(PublicRegister register, MotCuaZone zone) {
        this.register = register;
        this.zone = zone;
    }

    @Transactional(readOnly = true)
    public List<ReceivingDesk> of(Procedure procedure) {
        Map<Long, Unit> units = new HashMap<>();
        register.unitsOn(zone.today()).forEach(unit -> units.put(unit.id(), unit));
        return register.agencies().stream().filter(agency -> receives(procedure, agency, units.get(agency.unitId())))
                .sorted(VietnameseOrder.by(Agency::name))
                .map(agency -> new ReceivingDesk(agency, register.desk(agency.id()).orElse(null))).toList();
    }

    /** Whether the agency, of that unit in force (null when the unit is not in force), receives the procedure. */
    static boolean receives(Procedure procedure, Agency agency, Unit unitInForce) {
        return unitInForce != null && unitInForce.level() == procedure.content().level()
                && (procedure.content().agencyKind() == null || procedure.content().agencyKind() == agency.kind());
    }
}
