package vn.motcua.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.units.internal.UnitRows;

/** The agencies (cơ quan, đơn vị) of the units, limited to the caller's scope. */
@Service
public class AgencyDirectory {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z.\\-]{1,40}");

    private final UnitRows rows;
    private final UnitAccess access;
    private final AuditTrail audit;
    private final MotCuaZone zone;
    private final CurrentUser currentUser;

    AgencyDirectory(UnitRows rows, UnitAccess access, AuditTrail audit, MotCuaZone zone, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.rows = rows;
        this.access = access;
        this.audit = audit;
        this.zone = zone;
    }

    @Transactional(readOnly = true)
    public List<Agency> agencies() {
        UnitScope scope = access.currentScope();
        return rows.agencies().stream().filter(a -> scope.contains(a.unitId())).toList();
    }

    /** The agencies within reach whose unit is in force on the day: those offered for new work then. */
    @Transactional(readOnly = true)
    public List<Agency> inForceOn(LocalDate day) {
        UnitScope scope = access.currentScope();
        java.util.Set<Long> inForce = new java.util.HashSet<>();
        rows.validOn(day).forEach(unit -> inForce.add(unit.id()));
        return rows.agencies().stream().filter(a -> scope.contains(a.unitId()) && inForce.contains(a.unitId())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Agency> find(String code) {
        UnitScope scope = access.currentScope();
        return rows.agencyByCode(code).filter(a -> scope.contains(a.unitId()));
    }

    /** The agency the signed-in account belongs to; empty for the system administrator, who belongs to none. */
    @Transactional(readOnly = true)
    public Optional<Agency> ofCaller() {
        Long id = currentUser.require().agencyId();
        return id == null ? Optional.empty() : rows.agencyById(id);
    }

    /** Any agency by id, whatever the caller's scope: for showing who an account belongs to. */
    @Transactional(readOnly = true)
    public Optional<Agency> byId(long id) {
        return rows.agencyById(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Agency create(NewAgency request) {
        String code = request.code() == null ? "" : request.code().trim();
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "agencies.code.invalid");
        }
        if (request.name() == null || request.name().isBlank()) {
            throw new InvalidInputException("name", "agencies.name.required");
        }
        if (request.kind() == null) {
            throw new InvalidInputException("kind", "agencies.kind.required");
        }
        if (request.unitCode() == null || request.unitCode().isBlank()) {
            throw new InvalidInputException("unitCode", "agencies.unit.required");
        }
        LocalDate on = request.unitValidOn() != null ? request.unitValidOn() : zone.today();
        Unit unit = rows.byCodeOn(request.unitCode().trim(), on)
                .orElseThrow(() -> new InvalidInputException("unitCode", "agencies.unit.not-found", request.unitCode(), on));
        access.check(unit.id());
        if (rows.agencyByCode(code).isPresent()) {
            throw new ConflictException("agencies.code.taken", code);
        }
        long id = rows.insertAgency(code, request.name().trim(), unit.id(), request.kind());
        Agency created = rows.agencyById(id).orElseThrow();
        audit.record("agency.created", "agency", String.valueOf(id), "Tạo cơ quan " + created.name() + " (" + code + ")",
                null, created);
        return created;
    }

    /** Records where and when the agency's one-stop desk receives people, as the public pages tell them. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AgencyDesk describeDesk(String agencyCode, AgencyDesk desk) {
        Agency agency = rows.agencyByCode(agencyCode == null ? "" : agencyCode.trim())
                .orElseThrow(() -> new InvalidInputException("agencyCode", "agencies.not-found", agencyCode));
        access.check(agency.unitId());
        if (desk.address() == null || desk.address().isBlank() || desk.address().length() > 500) {
            throw new InvalidInputException("address", "agencies.desk.address.required");
        }
        if (desk.hours() == null || desk.hours().isBlank() || desk.hours().length() > 500) {
            throw new InvalidInputException("hours", "agencies.desk.hours.required");
        }
        AgencyDesk saved = new AgencyDesk(desk.address().strip(), desk.hours().strip());
        AgencyDesk before = rows.desk(agency.id()).orElse(null);
        rows.saveDesk(agency.id(), saved);
        audit.record("agency.desk", "agency", String.valueOf(agency.id()), "Địa chỉ, giờ tiếp nhận của " + agency.name(), before, saved);
        return saved;
    }
}
