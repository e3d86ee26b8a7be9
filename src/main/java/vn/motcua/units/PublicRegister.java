package vn.motcua.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.units.internal.UnitRows;

/**
 * The public register of units and agencies: codes, names, levels, validity and the agency a code
 * names. This is public information — printed on every receipt, petition page and report — so it is
 * read without the caller's scope, by a citizen without an account as by an officer of another
 * province. What an account may reach (records, personal data) is still decided by {@link UnitAccess}.
 */
@Service
public class PublicRegister {

    private final UnitRows rows;

    PublicRegister(UnitRows rows) {
        this.rows = rows;
    }

    /** The units valid on the date, all of them. */
    @Transactional(readOnly = true)
    public List<Unit> unitsOn(LocalDate date) {
        return rows.validOn(date);
    }

    @Transactional(readOnly = true)
    public Optional<Unit> unit(long id) {
        return rows.byId(id);
    }

    /** The unit the code names on the date. */
    @Transactional(readOnly = true)
    public Optional<Unit> unit(String code, LocalDate on) {
        return rows.byCodeOn(code, on);
    }

    /**
     * The unit that stands for the given one on the day: itself while it is valid, else the unit it was merged
     * into (following later mergers), else itself — a dissolved unit without a successor keeps its own name.
     */
    @Transactional(readOnly = true)
    public Unit carrying(long unitId, LocalDate on) {
        Unit unit = rows.byId(unitId).orElseThrow();
        List<long[]> successions = rows.successionIds();
        for (int hops = 0; hops < 10 && !unit.validOn(on); hops++) {
            long from = unit.id();
            Optional<Unit> next = successions.stream().filter(s -> s[1] == from).map(s -> rows.byId(s[2]).orElseThrow()).findFirst();
            if (next.isEmpty()) {
                break;
            }
            unit = next.get();
        }
        return unit;
    }

    /**
     * Who carries on a unit's work on the day, once it no longer exists: the unit it was merged into, else the unit above
     * it still in force (a district dissolved on 01/07/2025 left its work to its province and communes); empty while it
     * exists, or with nothing above it.
     */
    @Transactional(readOnly = true)
    public Optional<Unit> carriedOnBy(long unitId, LocalDate on) {
        Unit carrying = carrying(unitId, on);
        if (carrying.id() != unitId) {
            return Optional.of(carrying);
        }
        return Optional.of(carrying).filter(u -> !u.validOn(on)).map(Unit::parentId).flatMap(rows::byId).filter(u -> u.validOn(on));
    }

    /** Every agency, whichever unit it belongs to. */
    @Transactional(readOnly = true)
    public List<Agency> agencies() {
        return rows.agencies();
    }

    @Transactional(readOnly = true)
    public Optional<Agency> agency(String code) {
        return rows.agencyByCode(code);
    }

    @Transactional(readOnly = true)
    public Optional<Agency> agency(long id) {
        return rows.agencyById(id);
    }

    /** Where and when the agency's one-stop desk receives people, if recorded. */
    @Transactional(readOnly = true)
    public Optional<AgencyDesk> desk(long agencyId) {
        return rows.desk(agencyId);
    }
}
