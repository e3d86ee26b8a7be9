package vn.motcua.procedures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.VietnameseOrder;
import vn.motcua.units.Agency;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;

/**
 * Where a procedure can be filed online today (dịch vụ công trực tuyến): the procedure is in force
 * and offered partly or fully online, and the agency belongs to a unit in force today of the level the
 * catalogue gives the procedure, and is of the kind of agency that resolves it (any kind when the
 * catalogue names none). Public knowledge: read without an account, for the procedure's public page.
 */
@Service
public class OnlineOffers {

    private final ProcedureCatalog catalog;
    private final PublicRegister register;
    private final MotCuaZone zone;

    OnlineOffers(ProcedureCatalog catalog, PublicRegister register, MotCuaZone zone) {
        this.catalog = catalog;
        this.register = register;
        this.zone = zone;
    }

    /** The procedure as in force today, if it can be filed online. */
    @Transactional(readOnly = true)
    public Optional<Procedure> procedure(String code) {
        LocalDate today = zone.today();
        return code == null ? Optional.empty()
                : catalog.find(code.trim(), today).filter(p -> p.inForceOn(today) && p.content().offeredOnline());
    }

    /** The agencies that receive the procedure online today, by name. */
    @Transactional(readOnly = true)
    public List<Agency> agencies(Procedure procedure) {
        if (!procedure.content().offeredOnline()) {
            return List.of();
        }
        Map<Long, Unit> units = new HashMap<>();
        register.unitsOn(zone.today()).forEach(unit -> units.put(unit.id(), unit));
        return register.agencies().stream().filter(agency -> receives(procedure, agency, units.get(agency.unitId())))
                .sorted(VietnameseOrder.by(Agency::unitName).thenComparing(VietnameseOrder.by(Agency::name)))
                .toList();
    }

    /** Whether the agency receives the procedure online today. */
    @Transactional(readOnly = true)
    public boolean offeredAt(Procedure procedure, Agency agency) {
        Unit unit = register.unit(agency.unitId()).filter(u -> u.validOn(zone.today())).orElse(null);
        return receives(procedure, agency, unit);
    }

    private static boolean receives(Procedure procedure, Agency agency, Unit unitInForce) {
        return procedure.content().offeredOnline() && ReceivingDesks.receives(procedure, agency, unitInForce);
    }
}
