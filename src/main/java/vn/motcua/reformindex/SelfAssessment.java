package vn.motcua.reformindex;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.files.FileStore;
import vn.motcua.files.StoredFile;
import vn.motcua.reformindex.internal.ScorecardRows;
import vn.motcua.reformindex.internal.Scorecards;
import vn.motcua.reformindex.internal.Scorecards.Subject;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.FileContent;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.tasks.TaskDocument;
import vn.motcua.tasks.TaskRegister;

/**
 * Tự đánh giá, chấm điểm: a unit's officers read their scorecard of the year, score the judged criteria
 * with a comment and evidence, and submit it to the province once nothing is missing. Computed criteria
 * are the records' business: they are read, never typed, and frozen as they stood at submission.
 */
@Service
public class SelfAssessment {

    /** What evidence may be: scans and office documents, as the province's guide asks for them. */
    public static final Set<FileContent.Kind> EVIDENCE_KINDS = Set.of(FileContent.Kind.PDF, FileContent.Kind.DOCX,
            FileContent.Kind.XLSX, FileContent.Kind.JPEG, FileContent.Kind.PNG);

    private final Scorecards scorecards;
    private final ScorecardRows rows;
    private final FileStore files;
    private final TaskRegister tasks;
    private final AuditTrail audit;
    private final Clock clock;
    private final vn.motcua.shared.VietnameseFormat format;

    SelfAssessment(Scorecards scorecards, ScorecardRows rows, FileStore files, TaskRegister tasks, AuditTrail audit, Clock clock,
            vn.motcua.shared.VietnameseFormat format) {
        this.format = format;
        this.scorecards = scorecards;
        this.rows = rows;
        this.files = files;
        this.tasks = tasks;
        this.audit = audit;
        this.clock = clock;
    }

    /** The unit's scorecard of the year; 404 outside the caller's reach. */
    @Transactional(readOnly = true)
    public Scorecard scorecard(int year, String unitCode) {
        return scorecards.read(year, scorecards.subject(year, unitCode));
    }

    /** Whether the caller may fill in this scorecard (pages show the forms only then). */
    @Transactional(readOnly = true)
    public boolean mayAssess(int year, String unitCode) {
        return scorecards.mayAssess(scorecards.subject(year, unitCode));
    }

    /** The records behind a computed criterion's figure, with their kind, for the drill-down. */
    public record Records(String kind, List<String> codes) {
    }

    @Transactional(readOnly = true)
    public Records records(int year, String unitCode, String key) {
        Subject subject = scorecards.subject(year, unitCode);
        Criterion criterion = scorecards.set(year, subject.kind()).criterion(key);
        if (!criterion.computed()) {
            throw new NotFoundException("reformindex.criterion.not-found", key);
        }
        return new Records(scorecards.recordKind(criterion), scorecards.records(year, subject, criterion));
    }

    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'LEADER')")
    @Transactional
    public Scorecard score(int year, String unitCode, String key, BigDecimal score, String comment) {
        Subject subject = scorecards.subject(year, unitCode);
        scorecards.requireOwnOfficer(subject);
        Criterion criterion = scorecards.set(year, subject.kind()).criterion(key);
        if (criterion.computed()) {
            throw new InvalidInputException("score", "reformindex.score.computed", criterion.label());
        }
        if (score == null) {
            throw new InvalidInputException("score", "reformindex.score.required", criterion.label());
        }
        if (score.compareTo(criterion.max()) > 0 || score.signum() < 0) {
            throw new InvalidInputException("score", "reformindex.score.above-max", criterion.label(), criterion.max());
        }
        if (!criterion.allows(score)) {
            throw new InvalidInputException("score", "reformindex.score.not-a-level", criterion.label(), levels(criterion));
        }
        ScorecardRows.Card card = openDraft(year, subject);
        ScorecardRows.Score before = rows.scores(card.id()).get(key);
        BigDecimal scaled = score.setScale(2, RoundingMode.HALF_UP);
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        rows.selfScore(card.id(), key, null, scaled, text);
        audit.record("reformindex.scored", "reformindex_scorecard", String.valueOf(card.id()),
                subject.name() + " " + year + ", tiêu chí " + key + ": " + format.number(scaled), before, Map.of("score", scaled, "comment", String.valueOf(text)));
        return scorecards.read(year, subject);
    }

    /** Attaches an uploaded file as evidence, once its whole content is a document or picture of the kinds accepted. */
    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'LEADER')")
    @Transactional
    public Evidence attachFile(int year, String unitCode, String key, String fileName, InputStream content) {
        Subject subject = scorecards.subject(year, unitCode);
        scorecards.requireOwnOfficer(subject);
        Criterion criterion = judged(year, subject, key);
        ScorecardRows.Card card = openDraft(year, subject);
        StoredFile file = files.store(fileName, content, EVIDENCE_KINDS);
        long id = rows.addEvidence(card.id(), criterion.key(), file.fileName(), file.id(), null);
        audit.record("reformindex.evidence", "reformindex_scorecard", String.valueOf(card.id()),
                subject.name() + " " + year + ", tiêu chí " + key + ": tệp " + file.fileName(), null, Map.of("file", file.id()));
        return new Evidence(id, file.fileName(), file.id(), null);
    }

    /** Attaches a document of the task register (a plan, a decision) the caller can read. */
    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'LEADER')")
    @Transactional
    public Evidence attachDocument(int year, String unitCode, String key, long documentId) {
        Subject subject = scorecards.subject(year, unitCode);
        scorecards.requireOwnOfficer(subject);
        Criterion criterion = judged(year, subject, key);
        TaskDocument document = tasks.document(documentId);
        ScorecardRows.Card card = openDraft(year, subject);
        String name = document.kind().label() + " " + document.number() + " — " + document.title();
        long id = rows.addEvidence(card.id(), criterion.key(), name.length() > 500 ? name.substring(0, 500) : name, null, document.id());
        audit.record("reformindex.evidence", "reformindex_scorecard", String.valueOf(card.id()),
                subject.name() + " " + year + ", tiêu chí " + key + ": văn bản " + document.number(), null, Map.of("document", document.id()));
        return new Evidence(id, name, null, document.id());
    }

    /** The stored file of a piece of evidence, for its download, once the caller may read the scorecard. */
    @Transactional(readOnly = true)
    public long evidenceFile(int year, String unitCode, long evidenceId) {
        Scorecard card = scorecard(year, unitCode);
        return card.lines().stream().flatMap(line -> line.evidence().stream()).filter(e -> e.id() == evidenceId && e.fileId() != null)
                .findFirst().map(Evidence::fileId)
                .orElseThrow(() -> new NotFoundException("reformindex.evidence.not-found", evidenceId));
    }

    /** Sends the scorecard to the province, with the computed criteria as they stand; refused with the list of what is missing. */
    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'LEADER')")
    @Transactional
    public Scorecard submit(int year, String unitCode) {
        Subject subject = scorecards.subject(year, unitCode);
        scorecards.requireOwnOfficer(subject);
        Scorecard current = scorecards.read(year, subject);
        if (!current.status().openToTheUnit()) {
            throw new ConflictException("reformindex.status.not-draft", subject.name());
        }
        List<ScorecardIncomplete.Missing> missing = new ArrayList<>();
        for (CriterionLine line : current.incomplete()) {
            missing.add(new ScorecardIncomplete.Missing(line.criterion().key(), line.criterion().label(),
                    line.lacksScore() ? "reformindex.submit.no-score" : "reformindex.submit.no-evidence"));
        }
        if (!missing.isEmpty()) {
            throw new ScorecardIncomplete(missing);
        }
        ScorecardRows.Card card = openDraft(year, subject);
        for (CriterionLine line : current.lines()) {
            if (line.criterion().computed()) {
                rows.selfScore(card.id(), line.criterion().key(), line.figure(), line.selfScore(), line.comment());
            }
        }
        if (!rows.move(card.id(), ScorecardStatus.DRAFT, ScorecardStatus.SUBMITTED, clock.instant())) {
            throw new ConflictException("reformindex.status.not-draft", subject.name());
        }
        audit.record("reformindex.submitted", "reformindex_scorecard", String.valueOf(card.id()),
                subject.name() + " gửi tự đánh giá năm " + year + ": " + format.number(current.selfScore()) + " điểm", null,
                Map.of("selfScore", current.selfScore()));
        return scorecards.read(year, subject);
    }

    /** The unit's one answer to the province's appraisal of a criterion. */
    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'LEADER')")
    @Transactional
    public Scorecard answer(int year, String unitCode, String key, String answer) {
        Subject subject = scorecards.subject(year, unitCode);
        scorecards.requireOwnOfficer(subject);
        Scorecard current = scorecards.read(year, subject);
        CriterionLine line = current.line(key);
        if (answer == null || answer.isBlank()) {
            throw new InvalidInputException("answer", "reformindex.answer.required", line.criterion().label());
        }
        if (!current.status().underAppraisal() || line.appraisedScore() == null) {
            throw new ConflictException("reformindex.answer.not-appraised", line.criterion().label());
        }
        if (!rows.answer(current.id(), key, answer.strip())) {
            throw new ConflictException("reformindex.answer.once", line.criterion().label());
        }
        audit.record("reformindex.answered", "reformindex_scorecard", String.valueOf(current.id()),
                subject.name() + " " + year + ", tiêu chí " + key + ": giải trình", null, Map.of("answer", answer.strip()));
        return scorecards.read(year, subject);
    }

    private Criterion judged(int year, Subject subject, String key) {
        Criterion criterion = scorecards.set(year, subject.kind()).criterion(key);
        if (criterion.computed()) {
            throw new InvalidInputException("criterion", "reformindex.score.computed", criterion.label());
        }
        return criterion;
    }

    /** The unit's draft, made on its first write; a scorecard already sent is closed to the unit. */
    private ScorecardRows.Card openDraft(int year, Subject subject) {
        IndexSet set = scorecards.set(year, subject.kind());
        ScorecardRows.Card card = rows.open(set.id(), year, subject.code(), subject.name(), subject.unitId(), subject.agencyId());
        if (!card.status().openToTheUnit()) {
            throw new ConflictException("reformindex.status.not-draft", subject.name());
        }
        return card;
    }

    private static String levels(Criterion criterion) {
        return String.join("; ", criterion.levels().stream()
                .map(level -> level.label() + " = " + level.points().stripTrailingZeros().toPlainString().replace('.', ',')).toList());
    }
}
