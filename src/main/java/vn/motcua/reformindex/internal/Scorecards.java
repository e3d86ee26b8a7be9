package vn.motcua.reformindex.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.motcua.indicators.MeasureRegistry;
import vn.motcua.reformindex.Classification;
import vn.motcua.reformindex.Criterion;
import vn.motcua.reformindex.CriterionLine;
import vn.motcua.reformindex.Evidence;
import vn.motcua.reformindex.IndexSet;
import vn.motcua.reformindex.Scorecard;
import vn.motcua.reformindex.ScorecardStatus;
import vn.motcua.reformindex.SubjectKind;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.MeasureWindow;
import vn.motcua.shared.MotCuaUser;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.SeparationOfDutiesException;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.AgencyKind;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;
import vn.motcua.units.UnitLevel;

/**
 * Reads a unit's scorecard of a year: who the code names (a commune or district valid in the year, or a
 * provincial department), the set for its kind, the stored scores, and — while the unit is still filling
 * it in — the computed criteria read afresh from the records. Also decides who may do what to it; a
 * unit outside the caller's reach is not found, so its existence does not leak.
 */
@Component
public class Scorecards {

    /** Whom a scorecard is about: its code and name, the unit whose reach it lies in, the agency for a department. */
    public record Subject(String code, String name, SubjectKind kind, long unitId, Long agencyId) {
    }

    private final SetRows sets;
    private final ScorecardRows rows;
    private final UnitDirectory units;
    private final AgencyDirectory agencies;
    private final MeasureRegistry measures;
    private final CurrentUser currentUser;
    private final MotCuaZone zone;

    Scorecards(SetRows sets, ScorecardRows rows, UnitDirectory units, AgencyDirectory agencies, MeasureRegistry measures,
            CurrentUser currentUser, MotCuaZone zone) {
        this.sets = sets;
        this.rows = rows;
        this.units = units;
        this.agencies = agencies;
        this.measures = measures;
        this.currentUser = currentUser;
        this.zone = zone;
    }

    /** The unit or department the code names in the year, if the caller reaches it. */
    public Subject subject(int year, String code) {
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        LocalDate on = lastDay.isAfter(zone.today()) ? zone.today() : lastDay;
        Optional<Unit> unit = units.find(code, on).or(() -> units.find(code, LocalDate.of(year, 1, 1)));
        if (unit.isPresent() && unit.get().level() != UnitLevel.PROVINCE) {
            Unit u = unit.get();
            return new Subject(u.code(), u.name(), u.level() == UnitLevel.DISTRICT ? SubjectKind.DISTRICT : SubjectKind.COMMUNE, u.id(), null);
        }
        Optional<Agency> agency = agencies.find(code).filter(a -> a.kind() == AgencyKind.DEPARTMENT)
                .filter(a -> units.byId(a.unitId()).map(Unit::level).orElse(null) == UnitLevel.PROVINCE);
        if (agency.isPresent()) {
            Agency a = agency.get();
            return new Subject(a.code(), a.name(), SubjectKind.DEPARTMENT, a.unitId(), a.id());
        }
        throw new NotFoundException("reformindex.unit.not-found", code, year);
    }

    public IndexSet set(int year, SubjectKind kind) {
        return sets.find(year, kind).orElseThrow(() -> new NotFoundException("reformindex.set.not-found", year));
    }

    /** The kind of unit a set is for. */
    public SubjectKind setKind(long setId) {
        return sets.byId(setId).map(IndexSet::kind).orElseThrow();
    }

    public Optional<ScorecardRows.Card> card(int year, Subject subject) {
        return rows.find(year, subject.code());
    }

    /** The scorecard as it stands; a draft reads its computed criteria from the records of the year now. */
    public Scorecard read(int year, Subject subject) {
        IndexSet set = set(year, subject.kind());
        Optional<ScorecardRows.Card> card = card(year, subject);
        ScorecardStatus status = card.map(ScorecardRows.Card::status).orElse(ScorecardStatus.DRAFT);
        Map<String, ScorecardRows.Score> scores = card.map(c -> rows.scores(c.id())).orElse(Map.of());
        Map<String, List<Evidence>> evidence = card.map(c -> rows.evidence(c.id())).orElse(Map.of());
        MeasureWindow window = status.openToTheUnit() ? window(year, subject) : null;
        List<CriterionLine> lines = set.scored().stream().map(criterion -> {
            ScorecardRows.Score stored = scores.get(criterion.key());
            BigDecimal figure = stored == null ? null : stored.figure();
            BigDecimal self = stored == null ? null : stored.selfScore();
            if (criterion.computed() && window != null) {
                figure = figure(criterion, window);
                self = criterion.points(figure);
            }
            return new CriterionLine(criterion, figure, self, stored == null ? null : stored.comment(),
                    stored == null ? null : stored.appraisedScore(), stored == null ? null : stored.appraisalReason(),
                    stored == null ? null : stored.answer(), evidence.getOrDefault(criterion.key(), List.of()));
        }).toList();
        return new Scorecard(card.map(ScorecardRows.Card::id).orElse(null), year, subject.code(), subject.name(), subject.unitId(),
                subject.agencyId(), set, status, card.map(ScorecardRows.Card::surveyScore).orElse(null),
                card.map(ScorecardRows.Card::finalScore).orElse(null),
                card.map(ScorecardRows.Card::classification).map(Classification::valueOf).orElse(null), lines);
    }

    /** The records of the year behind a computed criterion's figure (of its numerator, for a share). */
    public List<String> records(int year, Subject subject, Criterion criterion) {
        return window(year, subject).records(criterion.measure(), criterion.filterMap());
    }

    public String recordKind(Criterion criterion) {
        return measures.measure(criterion.measure()).recordKind();
    }

    private MeasureWindow window(int year, Subject subject) {
        return measures.window(subject.unitId(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** The criterion's figure in the window: the measure's value, or its share of the second measure in percent. */
    static BigDecimal figure(Criterion criterion, MeasureWindow window) {
        BigDecimal value = window.value(criterion.measure(), criterion.filterMap());
        if (criterion.perMeasure() == null) {
            return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP);
        }
        BigDecimal whole = window.value(criterion.perMeasure(), criterion.perFilterMap());
        if (value == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return value.multiply(BigDecimal.valueOf(100)).divide(whole, 2, java.math.RoundingMode.HALF_UP);
    }

    /** An account of the unit itself (of the department, for a department) or a refusal; the roles are the services' @PreAuthorize. */
    public void requireOwnOfficer(Subject subject) {
        MotCuaUser user = currentUser.require();
        if (!ownAccount(user, subject)) {
            throw new AccessDeniedException("only the unit's own officers assess it");
        }
    }

    /** An account of the province that is not of the unit appraised; the role is the services' @PreAuthorize. */
    public void requireAppraiser(Subject subject) {
        MotCuaUser user = currentUser.require();
        if (ownAccount(user, subject)) {
            throw new SeparationOfDutiesException("reformindex.appraise.own-unit", subject.name());
        }
        if (!provincial(user)) {
            throw new AccessDeniedException("only the province's reform officers appraise");
        }
    }

    /** Whether the caller may appraise: for pages, which show the appraisal forms only to those who may use them. */
    public boolean mayAppraise(Subject subject) {
        return currentUser.get().filter(user -> !ownAccount(user, subject) && provincial(user)).isPresent();
    }

    public boolean mayAssess(Subject subject) {
        return currentUser.get().filter(user -> ownAccount(user, subject)).isPresent();
    }

    /** A province reform officer: may edit sets and appraise. */
    public boolean provincial(MotCuaUser user) {
        return user.unitId() != null && units.byId(user.unitId()).map(Unit::level).orElse(null) == UnitLevel.PROVINCE;
    }

    private static boolean ownAccount(MotCuaUser user, Subject subject) {
        return subject.agencyId() != null ? subject.agencyId().equals(user.agencyId())
                : user.unitId() != null && user.unitId() == subject.unitId();
    }
}
