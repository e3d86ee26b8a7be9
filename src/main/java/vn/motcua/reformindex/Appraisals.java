package vn.motcua.reformindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.reformindex.internal.ScorecardRows;
import vn.motcua.reformindex.internal.Scorecards;
import vn.motcua.reformindex.internal.Scorecards.Subject;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.VietnameseOrder;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;

/**
 * Thẩm định: the province's reform officers review each criterion a unit sent, accepting its score or
 * changing it with a reason, enter the survey part, and publish the final score and the classification.
 * Never by an account of the unit appraised; every change in the audit trail.
 */
@Service
public class Appraisals {

    private final Scorecards scorecards;
    private final ScorecardRows rows;
    private final UnitDirectory units;
    private final AuditTrail audit;
    private final Clock clock;
    private final MotCuaZone zone;
    private final vn.motcua.shared.VietnameseFormat format;
    private final org.springframework.context.MessageSource messages;

    Appraisals(Scorecards scorecards, ScorecardRows rows, UnitDirectory units, AuditTrail audit, Clock clock, MotCuaZone zone,
            vn.motcua.shared.VietnameseFormat format, org.springframework.context.MessageSource messages) {
        this.format = format;
        this.messages = messages;
        this.scorecards = scorecards;
        this.rows = rows;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /** Whether the caller may appraise this scorecard (pages show the forms only then). */
    @Transactional(readOnly = true)
    public boolean mayAppraise(int year, String unitCode) {
        return scorecards.mayAppraise(scorecards.subject(year, unitCode));
    }

    /** Accepts (the same score) or changes a criterion's score; a change needs its reason. */
    @PreAuthorize("hasRole('REFORM_OFFICER')")
    @Transactional
    public Scorecard appraise(int year, String unitCode, String key, BigDecimal score, String reason) {
        Subject subject = scorecards.subject(year, unitCode);
        scorecards.requireAppraiser(subject);
        Scorecard current = underAppraisal(year, subject);
        CriterionLine line = current.line(key);
        Criterion criterion = line.criterion();
        if (score == null) {
            throw new InvalidInputException("score", "reformindex.score.required", criterion.label());
        }
        if (score.signum() < 0 || score.compareTo(criterion.max()) > 0) {
            throw new InvalidInputException("score", "reformindex.score.above-max", criterion.label(), criterion.max());
        }
        boolean changed = line.selfScore() == null || score.compareTo(line.selfScore()) != 0;
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (changed && text == null) {
            throw new InvalidInputException("reason", "reformindex.appraise.reason", criterion.label());
        }
        BigDecimal scaled = score.setScale(2, RoundingMode.HALF_UP);
        rows.appraise(current.id(), key, scaled, text);
        rows.move(current.id(), ScorecardStatus.SUBMITTED, ScorecardStatus.APPRAISED, clock.instant());
        audit.record("reformindex.appraised", "reformindex_scorecard", String.valueOf(current.id()),
                subject.name() + " " + year + ", tiêu chí " + key + ": " + format.points(line.selfScore()) + " → " + format.points(scaled),
                Map.of("score", String.valueOf(line.appraisedScore() != null ? line.appraisedScore() : line.selfScore())),
                Map.of("score", scaled, "reason", String.valueOf(text)));
        return scorecards.read(year, subject);
    }

    /** The points of the sociological survey for the unit, within the set's maximum for it. */
    @PreAuthorize("hasRole('REFORM_OFFICER')")
    @Transactional
    public Scorecard survey(int year, String unitCode, BigDecimal score) {
        Subject subject = scorecards.subject(year, unitCode);
        scorecards.requireAppraiser(subject);
        Scorecard current = underAppraisal(year, subject);
        if (score == null) {
            throw new InvalidInputException("score", "reformindex.survey.required");
        }
        if (score.signum() < 0 || score.compareTo(current.set().surveyMax()) > 0) {
            throw new InvalidInputException("score", "reformindex.survey.above-max", current.set().surveyMax());
        }
        BigDecimal scaled = score.setScale(2, RoundingMode.HALF_UP);
        rows.survey(current.id(), scaled);
        rows.move(current.id(), ScorecardStatus.SUBMITTED, ScorecardStatus.APPRAISED, clock.instant());
        audit.record("reformindex.survey", "reformindex_scorecard", String.valueOf(current.id()),
                subject.name() + " " + year + ", điểm điều tra xã hội học: " + format.points(scaled),
                current.surveyScore() == null ? null : Map.of("survey", current.surveyScore()), Map.of("survey", scaled));
        return scorecards.read(year, subject);
    }

    /** Publishes the final score and the classification; the survey part must be in. */
    @PreAuthorize("hasRole('REFORM_OFFICER')")
    @Transactional
    public Scorecard publish(int year, String unitCode) {
        Subject subject = scorecards.subject(year, unitCode);
        scorecards.requireAppraiser(subject);
        Scorecard current = underAppraisal(year, subject);
        if (current.surveyScore() == null && current.set().surveyMax().signum() > 0) {
            throw new InvalidInputException("survey", "reformindex.publish.no-survey", subject.name());
        }
        BigDecimal total = current.appraisedScore();
        Classification classification = current.set().classify(total);
        rows.result(current.id(), total, classification.name());
        if (!rows.move(current.id(), current.status(), ScorecardStatus.PUBLISHED, clock.instant())) {
            throw new ConflictException("reformindex.status.not-submitted", subject.name());
        }
        audit.record("reformindex.published", "reformindex_scorecard", String.valueOf(current.id()),
                // The history's text is read as written, in Vietnamese: the class by its name (Khá), the points as published (45,25).
                subject.name() + " " + year + ": " + format.points(total) + " điểm, xếp loại "
                        + messages.getMessage("reformindex.class." + classification.name(), null, java.util.Locale.forLanguageTag("vi")), null,
                Map.of("finalScore", total, "classification", classification.name()));
        return scorecards.read(year, subject);
    }

    /**
     * The published scores of the units below a unit (the province: its communes, districts and
     * departments), each kind ranked on its own, highest first; equal scores share a place and the next
     * place counts them (1, 2, 2, 4).
     */
    @Transactional(readOnly = true)
    public List<RankedUnit> ranking(int year, String parentCode) {
        Unit parent = units.require(parentCode, zone.today());
        Set<Long> below = units.unitsUnder(parent.id()).stream().map(Unit::id).collect(Collectors.toSet());
        List<ScorecardRows.Card> cards = rows.published(year).stream().filter(card -> below.contains(card.unitId()))
                .filter(card -> card.agencyId() != null || card.unitId() != parent.id()).toList();
        List<RankedUnit> ranked = new ArrayList<>();
        for (SubjectKind kind : SubjectKind.values()) {
            List<ScorecardRows.Card> ofKind = cards.stream().filter(card -> kindOf(card) == kind)
                    .sorted(Comparator.comparing(ScorecardRows.Card::finalScore).reversed().thenComparing(ScorecardRows.Card::subjectName))
                    .toList();
            BigDecimal total = ofKind.isEmpty() ? BigDecimal.ONE : scorecards.set(year, kind).total();
            for (int i = 0; i < ofKind.size(); i++) {
                ScorecardRows.Card card = ofKind.get(i);
                int rank = i > 0 && card.finalScore().compareTo(ofKind.get(i - 1).finalScore()) == 0 ? ranked.get(ranked.size() - 1).rank() : i + 1;
                ranked.add(new RankedUnit(rank, kind, card.subjectCode(), card.subjectName(), card.finalScore(),
                        Classification.valueOf(card.classification()),
                        card.finalScore().multiply(BigDecimal.valueOf(100)).divide(total, 0, RoundingMode.HALF_UP).intValue(), total));
            }
        }
        return ranked;
    }

    /** Every scorecard of the year below a unit that has been started, for the province's list of work. */
    @Transactional(readOnly = true)
    public List<ScorecardSummary> overview(int year, String parentCode) {
        Unit parent = units.require(parentCode, zone.today());
        Set<Long> below = units.unitsUnder(parent.id()).stream().map(Unit::id).collect(Collectors.toSet());
        return rows.ofYear(year).stream().filter(card -> below.contains(card.unitId()))
                .map(card -> new ScorecardSummary(card.subjectCode(), card.subjectName(), kindOf(card), card.status(), card.finalScore()))
                .sorted(VietnameseOrder.by(ScorecardSummary::unitName)).toList();
    }

    private SubjectKind kindOf(ScorecardRows.Card card) {
        if (card.agencyId() != null) {
            return SubjectKind.DEPARTMENT;
        }
        return scorecards.setKind(card.setId());
    }

    private Scorecard underAppraisal(int year, Subject subject) {
        Scorecard current = scorecards.read(year, subject);
        if (!current.status().underAppraisal()) {
            throw new ConflictException("reformindex.status.not-submitted", subject.name());
        }
        return current;
    }
}
