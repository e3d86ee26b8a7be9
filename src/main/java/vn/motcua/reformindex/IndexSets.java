package vn.motcua.reformindex;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.reformindex.internal.Scorecards;
import vn.motcua.reformindex.internal.SetRows;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;

/**
 * Các bộ chỉ số: read by everyone who scores or appraises; changed by the province's reform officers
 * only while no unit has started a scorecard under the set, so no unit is ever scored against criteria
 * that moved under it.
 */
@Service
public class IndexSets {

    private final SetRows sets;
    private final Scorecards scorecards;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    IndexSets(SetRows sets, Scorecards scorecards, CurrentUser currentUser, AuditTrail audit) {
        this.sets = sets;
        this.scorecards = scorecards;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<IndexSet> sets() {
        return sets.all();
    }

    @Transactional(readOnly = true)
    public IndexSet set(int year, SubjectKind kind) {
        return scorecards.set(year, kind);
    }

    /** Whether a unit has started a scorecard under the set: from then on nobody edits it. */
    @Transactional(readOnly = true)
    public boolean started(int year, SubjectKind kind) {
        return sets.started(scorecards.set(year, kind).id());
    }

    /**
     * Whether the caller works at the province, whose reform officers edit sets; the page adds the role (the service
     * methods check it with their own @PreAuthorize) and shows the forms only when both hold.
     */
    @Transactional(readOnly = true)
    public boolean callerAtProvince() {
        return currentUser.get().filter(scorecards::provincial).isPresent();
    }

    /** A criterion's wording, maximum, scale or levels and whether it needs evidence; refused once a unit started. */
    @PreAuthorize("hasRole('REFORM_OFFICER')")
    @Transactional
    public IndexSet editCriterion(int year, SubjectKind kind, String key, String label, BigDecimal max, String scale,
            boolean evidenceRequired, int version) {
        IndexSet set = editable(year, kind);
        Criterion criterion = set.criterion(key);
        if (label == null || label.isBlank() || label.length() > 500) {
            throw new InvalidInputException("label", "reformindex.set.label", key);
        }
        if (max == null || max.signum() <= 0 || max.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException("max", "reformindex.set.max", key);
        }
        Criterion edited = new Criterion(key, criterion.parentKey(), criterion.position(), label.strip(), max, criterion.rule(),
                criterion.measure(), criterion.filters(), criterion.perMeasure(), criterion.perFilters(), scale, evidenceRequired);
        try {
            if (edited.computed()) {
                edited.points(BigDecimal.ZERO);
            }
            if (edited.rule() == Criterion.Rule.JUDGED && (edited.levels().isEmpty()
                    || edited.levels().stream().anyMatch(level -> level.points().compareTo(max) > 0 || level.points().signum() < 0))) {
                throw new InvalidInputException("scale", "reformindex.set.scale", key);
            }
        } catch (RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("scale", "reformindex.set.scale", key);
        }
        if (!sets.updateCriterion(set.id(), version, key, edited.label(), max, scale, evidenceRequired)) {
            throw new ConflictException("reformindex.set.changed", set.title());
        }
        audit.record("reformindex.set.edited", "reformindex_set", String.valueOf(set.id()), set.title() + ", tiêu chí " + key,
                Map.of("label", criterion.label(), "max", criterion.max(), "scale", String.valueOf(criterion.scale())),
                Map.of("label", edited.label(), "max", max, "scale", String.valueOf(scale)));
        return sets.byId(set.id()).orElseThrow(() -> new NotFoundException("reformindex.set.not-found", year));
    }

    /**
     * The survey's points and the classification thresholds (in % of the total, each below the one above it);
     * refused once a unit started.
     */
    @PreAuthorize("hasRole('REFORM_OFFICER')")
    @Transactional
    public IndexSet editThresholds(int year, SubjectKind kind, BigDecimal surveyMax, BigDecimal excellentFrom, BigDecimal goodFrom,
            BigDecimal fairFrom, BigDecimal averageFrom, int version) {
        IndexSet set = editable(year, kind);
        if (surveyMax == null || surveyMax.signum() < 0 || surveyMax.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException("surveyMax", "reformindex.set.survey-range");
        }
        BigDecimal[] bands = { BigDecimal.valueOf(100), excellentFrom, goodFrom, fairFrom, averageFrom };
        for (int i = 1; i < bands.length; i++) {
            if (bands[i] == null || bands[i].signum() <= 0 || bands[i].compareTo(bands[i - 1]) > 0
                    || i > 1 && bands[i].compareTo(bands[i - 1]) == 0) {
                throw new InvalidInputException(BAND_FIELDS[i - 1], "reformindex.set.bands");
            }
        }
        if (!sets.updateThresholds(set.id(), version, surveyMax, excellentFrom, goodFrom, fairFrom, averageFrom)) {
            throw new ConflictException("reformindex.set.changed", set.title());
        }
        audit.record("reformindex.set.edited", "reformindex_set", String.valueOf(set.id()), set.title() + ", ngưỡng xếp loại",
                Map.of("surveyMax", set.surveyMax(), "bands", List.of(set.excellentFrom(), set.goodFrom(), set.fairFrom(), set.averageFrom())),
                Map.of("surveyMax", surveyMax, "bands", List.of(excellentFrom, goodFrom, fairFrom, averageFrom)));
        return sets.byId(set.id()).orElseThrow(() -> new NotFoundException("reformindex.set.not-found", year));
    }

    private static final String[] BAND_FIELDS = { "excellentFrom", "goodFrom", "fairFrom", "averageFrom" };

    /** The set, once the caller is a province's reform officer and no unit has started under it. */
    private IndexSet editable(int year, SubjectKind kind) {
        if (!scorecards.provincial(currentUser.require())) {
            throw new AccessDeniedException("only the province's reform officers edit index sets");
        }
        IndexSet set = scorecards.set(year, kind);
        if (sets.started(set.id())) {
            throw new ConflictException("reformindex.set.started", set.title());
        }
        return set;
    }
}
