package vn.motcua.reformindex.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditTrail;
import vn.motcua.reformindex.Criterion;
import vn.motcua.reformindex.CriterionLine;
import vn.motcua.reformindex.Scorecard;
import vn.motcua.reformindex.ScorecardStatus;
import vn.motcua.shared.DemoMode;
import vn.motcua.shared.SystemActor;
import vn.motcua.tasks.TaskDocument;
import vn.motcua.tasks.TaskRegister;

/**
 * The demo's reform index. This year: Xã Thọ Xuân's scorecard published (one score lowered by the
 * appraisal, the survey part entered), Xã Thọ Long's submitted and awaiting appraisal, Xã Thọ Lập's a
 * draft with a few criteria scored. 2025: Xã Thọ Xuân's self-assessment under the two-tier communes' set,
 * submitted. 2023: Huyện Thọ Xuân's index published at the 90,17 points of the seed's section II.8.
 * Computed criteria are read from the demo's records (for 2023 the dossiers of 15–31/12/2023, all the
 * demo holds of that year); the judged levels, comments, appraisal and survey points are illustrative,
 * and for 2023 the survey part is what brings the total to the seed's 90,17. Evidence is a plan of the
 * unit's task register when it has one. A few dozen rows in one transaction.
 */
@Component
@Order(90)
class DemoReformIndex implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReformIndex.class);

    /** Seed II.8: "Năm 2023, chỉ số Cải cách hành chính huyện Thọ Xuân đạt 90,17 điểm … xếp loại hoàn thành xuất sắc nhiệm vụ". */
    static final int SEED_YEAR = 2023;
    static final String SEED_DISTRICT = "395";
    static final BigDecimal SEED_SCORE = new BigDecimal("90.17");

    private final DemoMode demoMode;
    private final Scorecards scorecards;
    private final SetRows sets;
    private final ScorecardRows rows;
    private final TaskRegister tasks;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final vn.motcua.shared.VietnameseFormat format;

    DemoReformIndex(DemoMode demoMode, Scorecards scorecards, SetRows sets, ScorecardRows rows, TaskRegister tasks, AuditTrail audit,
            TransactionTemplate transaction, Clock clock, vn.motcua.shared.VietnameseFormat format) {
        this.format = format;
        this.demoMode = demoMode;
        this.scorecards = scorecards;
        this.sets = sets;
        this.rows = rows;
        this.tasks = tasks;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.shouldLoad()) {
            return;
        }
        int year = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))).getYear();
        transaction.executeWithoutResult(status -> SystemActor.run(() -> {
            if (sets.find(year, vn.motcua.reformindex.SubjectKind.COMMUNE).isEmpty()) {
                return;
            }
            Scorecard published = fill(year, "15499", 1.0);
            appraiseAndPublish(year, published);
            Scorecard submitted = fill(year, "15505", 0.5);
            rows.move(submitted.id(), ScorecardStatus.DRAFT, ScorecardStatus.SUBMITTED, clock.instant());
            fill(year, "15568", 0.0);
            if (year > 2025 && sets.find(2025, vn.motcua.reformindex.SubjectKind.COMMUNE).isPresent()) {
                Scorecard twoTier = fill(2025, "15499", 1.0);
                rows.move(twoTier.id(), ScorecardStatus.DRAFT, ScorecardStatus.SUBMITTED, clock.instant());
            }
            if (sets.find(SEED_YEAR, vn.motcua.reformindex.SubjectKind.DISTRICT).isPresent()) {
                seedDistrict();
            }
        }));
        log.info("Loaded the demo reform index of {}", year);
    }

    /**
     * Scores the judged criteria: every one at its top level (share 1), every other one lower (0,5),
     * or only the first field (0); the computed ones as the records give them.
     */
    private Scorecard fill(int year, String unitCode, double share) {
        Scorecards.Subject subject = scorecards.subject(year, unitCode);
        Scorecard draft = scorecards.read(year, subject);
        ScorecardRows.Card card = rows.open(draft.set().id(), year, subject.code(), subject.name(), subject.unitId(), null);
        List<TaskDocument> plans = tasks.documents().stream().filter(d -> d.unitCode().equals(unitCode) && d.kind() == TaskDocument.Kind.PLAN)
                .toList();
        TaskDocument plan = plans.stream().filter(d -> d.planYear() != null && d.planYear() == year).findFirst()
                .or(() -> plans.stream().findFirst()).orElse(null);
        int index = 0;
        for (CriterionLine line : draft.lines()) {
            Criterion criterion = line.criterion();
            if (criterion.computed()) {
                if (share > 0) {
                    rows.selfScore(card.id(), criterion.key(), line.figure(), line.selfScore(), null);
                }
                continue;
            }
            index++;
            if (share == 0 && !"1".equals(criterion.parentKey())) {
                continue;
            }
            List<Criterion.Level> levels = criterion.levels();
            Criterion.Level level = share >= 1 || index % 2 == 0 ? levels.get(0) : levels.get(Math.min(1, levels.size() - 1));
            rows.selfScore(card.id(), criterion.key(), null, level.points(), "Minh họa: " + level.label().toLowerCase());
            if (plan != null && criterion.evidenceRequired()) {
                rows.addEvidence(card.id(), criterion.key(), plan.kind().label() + " " + plan.number() + " — " + plan.title(), null, plan.id());
            }
        }
        audit.record("reformindex.scored", "reformindex_scorecard", String.valueOf(card.id()),
                subject.name() + " " + year + ": tự chấm (dữ liệu minh họa)", null, Map.of("unit", subject.name()));
        return scorecards.read(year, subject);
    }

    /**
     * Huyện Thọ Xuân 2023: the judged criteria at the top level but two, the computed ones from the records,
     * one score lowered by the appraisal, and the survey part the difference to the published 90,17.
     */
    private void seedDistrict() {
        Scorecard self = fill(SEED_YEAR, SEED_DISTRICT, 1.0);
        rows.selfScore(self.id(), "1.6", null, BigDecimal.ONE.setScale(2), "Minh họa: có đề xuất, chưa công nhận");
        rows.selfScore(self.id(), "6.2", null, new BigDecimal("1.50"), "Minh họa: từ 50% đơn vị");
        rows.move(self.id(), ScorecardStatus.DRAFT, ScorecardStatus.SUBMITTED, clock.instant());
        rows.appraise(self.id(), "1.4", BigDecimal.ONE.setScale(2), "Minh họa: kiểm tra dưới 30% số xã theo kế hoạch");
        Scorecard appraised = scorecards.read(SEED_YEAR, scorecards.subject(SEED_YEAR, SEED_DISTRICT));
        BigDecimal survey = SEED_SCORE.subtract(appraised.appraisedScore());
        if (survey.signum() < 0 || survey.compareTo(appraised.set().surveyMax()) > 0) {
            log.warn("The demo's 2023 records give Huyện Thọ Xuân {} points before the survey: 90,17 is out of reach", appraised.appraisedScore());
            return;
        }
        rows.survey(self.id(), survey);
        Scorecard withSurvey = scorecards.read(SEED_YEAR, scorecards.subject(SEED_YEAR, SEED_DISTRICT));
        BigDecimal total = withSurvey.appraisedScore();
        rows.result(self.id(), total, withSurvey.set().classify(total).name());
        rows.move(self.id(), ScorecardStatus.SUBMITTED, ScorecardStatus.PUBLISHED, clock.instant());
        audit.record("reformindex.published", "reformindex_scorecard", String.valueOf(self.id()),
                self.subjectName() + " " + SEED_YEAR + ": " + format.number(total) + " điểm (kết quả của báo cáo mẫu, điểm thành phần minh họa)", null,
                Map.of("finalScore", total));
    }

    private void appraiseAndPublish(int year, Scorecard card) {
        rows.move(card.id(), ScorecardStatus.DRAFT, ScorecardStatus.SUBMITTED, clock.instant());
        rows.appraise(card.id(), "1.5", new BigDecimal("1.00"), "Sáng kiến chưa được Hội đồng sáng kiến công nhận (minh họa)");
        rows.survey(card.id(), new BigDecimal("17.25"));
        Scorecard appraised = scorecards.read(year, scorecards.subject(year, card.subjectCode()));
        BigDecimal total = appraised.appraisedScore();
        rows.result(card.id(), total, appraised.set().classify(total).name());
        rows.move(card.id(), ScorecardStatus.SUBMITTED, ScorecardStatus.PUBLISHED, clock.instant());
        audit.record("reformindex.published", "reformindex_scorecard", String.valueOf(card.id()),
                card.subjectName() + " " + year + ": " + format.number(total) + " điểm (dữ liệu minh họa)", null, Map.of("finalScore", total));
    }
}
