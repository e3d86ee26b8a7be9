package vn.motcua.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.SeparationOfDutiesException;
import vn.motcua.units.internal.UnitRows;

/**
 * The administrative units of the installation: which unit a code names on a date, the tree
 * below a unit, and the changes administrators make to them (creation, end of validity, mergers).
 * Reads are limited to the caller's scope; changes need the ADMIN role.
 */
@Service
public class UnitDirectory {

    /** The first day of two-tier local government (Luật Tổ chức chính quyền địa phương 2025): province and commune. */
    static final LocalDate TWO_TIERS = LocalDate.of(2025, 7, 1);


    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,20}");

    private final UnitRows rows;
    private final UnitAccess access;
    private final AuditTrail audit;
    private final MotCuaZone zone;

    UnitDirectory(UnitRows rows, UnitAccess access, AuditTrail audit, MotCuaZone zone) {
        this.rows = rows;
        this.access = access;
        this.audit = audit;
        this.zone = zone;
    }

    /** The units valid on the date that the caller may reach, parents before children. */
    @Transactional(readOnly = true)
    public List<Unit> unitsOn(LocalDate date) {
        UnitScope scope = access.currentScope();
        return treeOrder(rows.validOn(date).stream().filter(u -> scope.contains(u.id())).toList());
    }

    /** Every unit the caller may reach, at any time, by code then validity. */
    @Transactional(readOnly = true)
    public List<Unit> allUnits() {
        UnitScope scope = access.currentScope();
        return rows.all().stream().filter(u -> scope.contains(u.id())).toList();
    }

    /** The unit the code names on the date, if the caller may reach it. */
    @Transactional(readOnly = true)
    public Optional<Unit> find(String code, LocalDate on) {
        UnitScope scope = access.currentScope();
        return rows.byCodeOn(code, on).filter(u -> scope.contains(u.id()));
    }

    @Transactional(readOnly = true)
    public Unit require(String code, LocalDate on) {
        return find(code, on).orElseThrow(() -> new NotFoundException("units.not-found", code, on));
    }

    @Transactional(readOnly = true)
    public Optional<Unit> byId(long id) {
        UnitScope scope = access.currentScope();
        return rows.byId(id).filter(u -> scope.contains(u.id()));
    }

    /**
     * The units above one the caller may reach, nearest first, whatever the caller's scope: a commune's
     * report names the province it is sent to, which a commune's account cannot otherwise read.
     */
    @Transactional(readOnly = true)
    public List<Unit> above(long unitId) {
        access.check(unitId);
        List<Unit> chain = new java.util.ArrayList<>();
        Optional<Unit> unit = rows.byId(unitId);
        while (unit.isPresent() && unit.get().parentId() != null && chain.size() < 10) {
            unit = rows.byId(unit.get().parentId());
            unit.ifPresent(chain::add);
        }
        return chain;
    }

    /**
     * Every unit whose records the given one carries, at any time: itself, the units below it and
     * the units merged into one of those. The caller must reach the unit.
     */
    @Transactional(readOnly = true)
    public List<Unit> unitsUnder(long unitId) {
        access.check(unitId);
        java.util.Set<Long> ids = rows.reachableFrom(unitId);
        return rows.all().stream().filter(u -> ids.contains(u.id())).toList();
    }

    /** The unit and the units below it that are valid on the date, parents before children. */
    @Transactional(readOnly = true)
    public List<Unit> subtree(long unitId, LocalDate on) {
        access.check(unitId);
        List<Unit> valid = rows.validOn(on);
        Map<Long, List<Unit>> children = new HashMap<>();
        valid.forEach(u -> {
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        });
        List<Unit> result = new ArrayList<>();
        rows.byId(unitId).filter(u -> u.validOn(on)).ifPresent(root -> collect(root, children, result));
        return result;
    }

    private static void collect(Unit unit, Map<Long, List<Unit>> children, List<Unit> into) {
        into.add(unit);
        children.getOrDefault(unit.id(), List.of()).stream().sorted(Comparator.comparing(Unit::code))
                .forEach(child -> collect(child, children, into));
    }

    private static List<Unit> treeOrder(List<Unit> units) {
        Map<Long, List<Unit>> children = new HashMap<>();
        List<Unit> roots = new ArrayList<>();
        java.util.Set<Long> present = new java.util.HashSet<>();
        units.forEach(u -> present.add(u.id()));
        for (Unit u : units) {
            if (u.parentId() != null && present.contains(u.parentId())) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            } else {
                roots.add(u);
            }
        }
        List<Unit> result = new ArrayList<>();
        roots.stream().sorted(Comparator.comparing(Unit::level).thenComparing(Unit::code))
                .forEach(root -> collect(root, children, result));
        return result;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Unit create(NewUnit request) {
        String code = request.code() == null ? "" : request.code().trim();
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "units.code.invalid");
        }
        if (request.name() == null || request.name().isBlank()) {
            throw new InvalidInputException("name", "units.name.required");
        }
        if (request.level() == null) {
            throw new InvalidInputException("level", "units.level.required");
        }
        UnitKind kind = UnitKind.parse(request.kind())
                .orElseThrow(() -> new InvalidInputException("kind", "units.kind.unknown", String.valueOf(request.kind())));
        if (!kind.fits(request.level())) {
            throw new InvalidInputException("kind", "units.kind.level", kind.label(), request.level());
        }
        if (request.validFrom() != null && request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw new InvalidInputException("validTo", "units.valid-to.before-from");
        }
        // Since 01/07/2025 local government has two tiers: no district-level unit and no township (thị trấn) begins on or
        // after that day. Such units are still entered for history, beginning before it.
        if (request.validFrom() != null && !request.validFrom().isBefore(TWO_TIERS)) {
            if (request.level() == UnitLevel.DISTRICT) {
                throw new InvalidInputException("level", "units.two-tiers.district");
            }
            if (kind == UnitKind.THI_TRAN) {
                throw new InvalidInputException("kind", "units.two-tiers.township");
            }
        }
        Long parentId = resolveParent(request);
        rows.lockCode(code);
        for (Unit existing : rows.byCode(code)) {
            if (overlaps(existing, request.validFrom(), request.validTo())) {
                throw new ConflictException("units.code.overlap", code, existing.name());
            }
        }
        long id = rows.insert(code, request.name().trim(), request.level(), kind, parentId, request.validFrom(),
                request.validTo());
        Unit created = rows.byId(id).orElseThrow();
        audit.record("unit.created", "unit", String.valueOf(id), "Tạo đơn vị " + created.name() + " (" + code + ")", null,
                created);
        return created;
    }

    private Long resolveParent(NewUnit request) {
        boolean hasParent = request.parentCode() != null && !request.parentCode().isBlank();
        if (!hasParent) {
            if (request.level() != UnitLevel.PROVINCE) {
                throw new InvalidInputException("parentCode", "units.parent.required");
            }
            // A unit is created only where its creator will read it (decision 0010): under a parent within reach, or,
            // at the top, by an administrator whose reach is everything (of no unit, as the first administrator is).
            if (!access.currentScope().all()) {
                throw new SeparationOfDutiesException("units.create.top-level", request.code());
            }
            return null;
        }
        LocalDate on = request.validFrom() != null ? request.validFrom()
                : request.validTo() != null ? request.validTo() : zone.today();
        Unit parent = rows.byCodeOn(request.parentCode().trim(), on)
                .orElseThrow(() -> new InvalidInputException("parentCode", "units.parent.not-found", request.parentCode(), on));
        access.check(parent.id());
        if (!parent.level().isAbove(request.level())) {
            throw new InvalidInputException("parentCode", "units.parent.level", parent.name());
        }
        return parent.id();
    }

    private static boolean overlaps(Unit unit, LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = from == null || unit.validTo() == null || !from.isAfter(unit.validTo());
        boolean endsAfterOtherStarts = to == null || unit.validFrom() == null || !to.isBefore(unit.validFrom());
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    /** The unit valid on the day before {@code date} ceases to exist on that date (dissolved or reorganised). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Unit endValidity(String code, LocalDate date) {
        if (date == null) {
            throw new InvalidInputException("date", "units.date.required");
        }
        Unit unit = rows.byCodeOn(code, date.minusDays(1))
                .orElseThrow(() -> new NotFoundException("units.not-found", code, date.minusDays(1)));
        access.check(unit.id());
        return close(unit, date);
    }

    private Unit close(Unit unit, LocalDate date) {
        LocalDate lastDay = date.minusDays(1);
        if (unit.validFrom() != null && lastDay.isBefore(unit.validFrom())) {
            throw new InvalidInputException("date", "units.date.before-start", unit.name());
        }
        if (unit.validTo() != null && unit.validTo().equals(lastDay)) {
            return unit;
        }
        rows.endValidity(unit.id(), lastDay);
        Unit closed = rows.byId(unit.id()).orElseThrow();
        audit.record("unit.ended", "unit", String.valueOf(unit.id()),
                "Đơn vị " + unit.name() + " (" + unit.code() + ") hết hiệu lực từ " + date, unit, closed);
        return closed;
    }

    /**
     * Records that the unit the code names on the day before {@code date} was merged into the unit
     * {@code successorCode} names on {@code date}; the predecessor's validity ends the day before.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Succession recordSuccession(String code, String successorCode, LocalDate date) {
        if (date == null) {
            throw new InvalidInputException("date", "units.date.required");
        }
        if (successorCode == null || successorCode.isBlank()) {
            throw new InvalidInputException("successorCode", "units.successor.required");
        }
        Unit predecessor = rows.byCodeOn(code, date.minusDays(1))
                .orElseThrow(() -> new NotFoundException("units.not-found", code, date.minusDays(1)));
        Unit successor = rows.byCodeOn(successorCode.trim(), date)
                .orElseThrow(() -> new InvalidInputException("successorCode", "units.successor.not-found", successorCode, date));
        access.check(predecessor.id());
        access.check(successor.id());
        if (predecessor.id() == successor.id()) {
            throw new InvalidInputException("successorCode", "units.successor.same");
        }
        if (rows.successionExists(predecessor.id(), successor.id())) {
            throw new ConflictException("units.succession.exists", predecessor.name(), successor.name());
        }
        Unit closed = close(predecessor, date);
        long id = rows.insertSuccession(predecessor.id(), successor.id(), date);
        Succession succession = new Succession(id, closed, successor, date);
        audit.record("unit.succession", "unit", String.valueOf(predecessor.id()),
                "Sáp nhập " + predecessor.name() + " (" + predecessor.code() + ") vào " + successor.name() + " ("
                        + successor.code() + ") từ " + date, null, succession);
        return succession;
    }

    @Transactional(readOnly = true)
    public List<Succession> successions() {
        UnitScope scope = access.currentScope();
        Map<Long, Unit> units = new HashMap<>();
        rows.all().forEach(u -> units.put(u.id(), u));
        return rows.successionIds().stream()
                .filter(r -> scope.contains(r[1]) || scope.contains(r[2]))
                .map(r -> new Succession(r[0], units.get(r[1]), units.get(r[2]), LocalDate.ofEpochDay(r[3])))
                .toList();
    }
}
