package vn.motcua.dossiers;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.dossiers.internal.DossierReach;
import vn.motcua.dossiers.internal.DossierStore;
import vn.motcua.dossiers.internal.DossierViews;
import vn.motcua.dossiers.internal.StoredDossier;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaUser;
import vn.motcua.shared.NotFoundException;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.UnitAccess;
import vn.motcua.units.UnitScope;

/** Reads dossiers within the caller's reach: one with its history, lists, work lists and the overdue board. */
@Service
public class DossierQueries {

    private static final String OPEN = "status in ('RECEIVED', 'IN_PROGRESS', 'WAITING_SUPPLEMENT', 'APPROVED')";

    private final DossierStore store;
    private final DossierReach reach;
    private final DossierViews views;
    private final AgencyDirectory agencies;
    private final UnitAccess access;
    private final WorkingCalendar calendar;
    private final CurrentUser currentUser;
    private final Clock clock;

    DossierQueries(DossierStore store, DossierReach reach, DossierViews views, AgencyDirectory agencies, UnitAccess access,
            WorkingCalendar calendar, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.reach = reach;
        this.views = views;
        this.agencies = agencies;
        this.access = access;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Dossier get(String code) {
        StoredDossier dossier = store.find(code).orElseThrow(() -> new NotFoundException("dossiers.not-found", code));
        reach.check(dossier);
        return views.whole(dossier, store.history(dossier.id()));
    }

    @Transactional(readOnly = true)
    public List<Dossier> search(DossierSearch search) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(scopeCondition(params));
        if (search.agencyCode() != null && !search.agencyCode().isBlank()) {
            Agency agency = agencies.find(search.agencyCode().trim())
                    .orElseThrow(() -> new InvalidInputException("agencyCode", "dossiers.agency.not-found", search.agencyCode()));
            where.append(" and (agency_id = ? or holding_agency_id = ?)");
            params.add(agency.id());
            params.add(agency.id());
        }
        if (search.status() != null) {
            where.append(" and status = ?");
            params.add(search.status().name());
        }
        ZoneId zone = calendar.zone();
        if (search.from() != null) {
            where.append(" and received_at >= ?");
            params.add(search.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (search.to() != null) {
            where.append(" and received_at < ?");
            params.add(search.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        if (search.text() != null && !search.text().isBlank()) {
            String like = "%" + search.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            // A masked applicant is found only by what the caller sees of the dossier, never by the name or ID it cannot see.
            List<Object> personalParams = new ArrayList<>();
            String personal = reach.personalDataCondition(personalParams);
            where.append(" and (code ilike ? or procedure_code = ? or (").append(personal)
                    .append(" and (applicant_name ilike ? or applicant_id_number = ?)))");
            params.add(like);
            params.add(search.text().trim());
            params.addAll(personalParams);
            params.add(like);
            params.add(search.text().trim());
        }
        return views.list(store.query(where.toString(), params, search.size(), search.page() * search.size()));
    }

    /** A work list of the signed-in account, soonest due first. */
    @Transactional(readOnly = true)
    public List<Dossier> workList(WorkList list) {
        return workList(list, null);
    }

    /**
     * A work list narrowed to the dossiers one agency received (the overdue board's count of that agency
     * opens them); an agency out of reach, or unknown, leaves the list empty rather than widening it.
     */
    @Transactional(readOnly = true)
    public List<Dossier> workList(WorkList list, String receivingAgencyCode) {
        MotCuaUser user = currentUser.require();
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(scopeCondition(params)).append(" and ").append(OPEN);
        if (receivingAgencyCode != null) {
            where.append(" and agency_id = ?");
            params.add(agencies.agencies().stream().filter(a -> a.code().equals(receivingAgencyCode)).map(Agency::id).findFirst()
                    .orElse(-1L));
        }
        Instant now = clock.instant();
        switch (list) {
            case MINE -> {
                where.append(" and assignee = ?");
                params.add(user.getUsername());
            }
            case AGENCY -> {
                if (user.agencyId() != null) {
                    where.append(" and (agency_id = ? or holding_agency_id = ?)");
                    params.add(user.agencyId());
                    params.add(user.agencyId());
                }
            }
            case DUE_SOON -> {
                // Due before the end of the next working day, and not yet overdue: time to finish or apologise.
                where.append(" and due_at >= ? and due_at < ?");
                params.add(OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
                params.add(OffsetDateTime.ofInstant(calendar.due(now, WorkingDuration.days(1)), java.time.ZoneOffset.UTC));
            }
            case OVERDUE -> {
                where.append(" and due_at < ?");
                params.add(OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
            }
        }
        return views.list(store.queryByDue(where.toString(), params, 500));
    }

    /** Leaders' board: overdue open dossiers per agency within reach, the most first. */
    @Transactional(readOnly = true)
    public Map<Agency, Long> overdueByAgency() {
        UnitScope scope = access.currentScope();
        List<Agency> reachable = agencies.agencies();
        List<Long> unitIds = reachable.stream().map(Agency::unitId).distinct().filter(scope::contains).toList();
        Map<Long, Agency> byId = new LinkedHashMap<>();
        reachable.forEach(a -> byId.put(a.id(), a));
        Map<Agency, Long> board = new LinkedHashMap<>();
        for (Map<String, Object> r : store.countOpenOverdueByAgency(unitIds, clock.instant())) {
            Agency agency = byId.get(((Number) r.get("agency_id")).longValue());
            if (agency != null) {
                board.put(agency, ((Number) r.get("overdue")).longValue());
            }
        }
        return board;
    }

    /** The counter finds an applicant again by citizen ID number, among the dossiers whose personal data the caller sees. */
    @Transactional(readOnly = true)
    public Optional<Applicant> applicantByIdNumber(String idNumber) {
        if (idNumber == null || !idNumber.trim().matches("\\d{12}")) {
            return Optional.empty();
        }
        List<Object> params = new ArrayList<>();
        String personal = reach.personalDataCondition(params);
        return store.lastApplicant(idNumber.trim(), personal, params);
    }

    private String scopeCondition(List<Object> params) {
        UnitScope scope = access.currentScope();
        if (scope.all()) {
            return "true";
        }
        if (scope.unitIds().isEmpty()) {
            return "false";
        }
        List<Long> holding = agencies.agencies().stream().filter(a -> scope.contains(a.unitId())).map(Agency::id).toList();
        String units = String.join(",", scope.unitIds().stream().map(String::valueOf).toList());
        String agencyList = holding.isEmpty() ? "-1" : String.join(",", holding.stream().map(String::valueOf).toList());
        // Ids come from the database, never from the request: safe to write into the statement.
        return "(unit_id in (" + units + ") or holding_agency_id in (" + agencyList + "))";
    }
}
