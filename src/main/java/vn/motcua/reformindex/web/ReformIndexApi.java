package vn.motcua.reformindex.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.motcua.files.FileDownloads;
import vn.motcua.reformindex.Appraisals;
import vn.motcua.reformindex.Classification;
import vn.motcua.reformindex.CriterionLine;
import vn.motcua.reformindex.Evidence;
import vn.motcua.reformindex.IndexSet;
import vn.motcua.reformindex.IndexSets;
import vn.motcua.reformindex.RankedUnit;
import vn.motcua.reformindex.Scorecard;
import vn.motcua.reformindex.ScorecardIncomplete;
import vn.motcua.reformindex.SelfAssessment;
import vn.motcua.reformindex.SubjectKind;
import vn.motcua.shared.ApiError;
import vn.motcua.shared.ErrorAnswers;

/** The reform index API: a unit's scorecard, its self-assessment, the province's appraisal and the ranking. */
@RestController
class ReformIndexApi {

    private static final String CARD = "/api/v1/reform-index/{year}/{unitCode}";

    private final SelfAssessment assessment;
    private final Appraisals appraisals;
    private final IndexSets sets;
    private final FileDownloads downloads;
    private final ErrorAnswers errors;

    ReformIndexApi(SelfAssessment assessment, Appraisals appraisals, IndexSets sets, FileDownloads downloads, ErrorAnswers errors) {
        this.assessment = assessment;
        this.appraisals = appraisals;
        this.sets = sets;
        this.downloads = downloads;
        this.errors = errors;
    }

    record EvidenceView(long id, String name) {
    }

    record CriterionView(String key, String label, BigDecimal max, boolean computed, BigDecimal figure, BigDecimal selfScore,
            BigDecimal appraisedScore, String comment, List<EvidenceView> evidence) {

        static CriterionView of(CriterionLine line) {
            return new CriterionView(line.criterion().key(), line.criterion().label(), two(line.criterion().max()),
                    line.criterion().computed(), two(line.figure()), two(line.selfScore()), two(line.appraisedScore()), line.comment(),
                    line.evidence().stream().map(e -> new EvidenceView(e.id(), e.name())).toList());
        }
    }

    /** The scorecard as API.md states it: scores with two decimals, null when not given. */
    record ScorecardView(int year, String unit, String set, String status, BigDecimal selfScore, BigDecimal finalScore,
            Classification classification, List<CriterionView> criteria) {

        static ScorecardView of(Scorecard card) {
            return new ScorecardView(card.year(), card.subjectCode(), card.set().title(), card.status().name(), two(card.selfScore()),
                    two(card.finalScore()), card.classification(), card.lines().stream().map(CriterionView::of).toList());
        }
    }

    record ScoreBody(BigDecimal score, @Size(max = 2000) String comment) {
    }

    record DocumentBody(@NotNull Long documentId) {
    }

    record AppraiseBody(BigDecimal score, @Size(max = 2000) String reason) {
    }

    record AnswerBody(@Size(max = 2000) String answer) {
    }

    record SurveyBody(BigDecimal score) {
    }

    record CriterionEdit(@Size(max = 500) String label, BigDecimal max, @Size(max = 1000) String scale, boolean evidenceRequired,
            int version) {
    }

    static BigDecimal two(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    @GetMapping(CARD)
    @Operation(summary = "A unit's scorecard of the year (a commune or district code, or a provincial department's agency code)")
    ScorecardView scorecard(@PathVariable int year, @PathVariable String unitCode) {
        return ScorecardView.of(assessment.scorecard(year, unitCode));
    }

    @PutMapping(CARD + "/criteria/{key}")
    @Operation(summary = "The unit's score and comment for a judged criterion (one of its stated levels)")
    ScorecardView score(@PathVariable int year, @PathVariable String unitCode, @PathVariable String key, @Valid @RequestBody ScoreBody body) {
        return ScorecardView.of(assessment.score(year, unitCode, key, body.score(), body.comment()));
    }

    @PostMapping(path = CARD + "/criteria/{key}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a file as evidence (PDF, DOCX, XLSX, JPEG, PNG; its whole content checked)")
    ResponseEntity<EvidenceView> upload(@PathVariable int year, @PathVariable String unitCode, @PathVariable String key,
            @RequestPart("file") MultipartFile file) {
        try (InputStream content = file.getInputStream()) {
            Evidence evidence = assessment.attachFile(year, unitCode, key, file.getOriginalFilename(), content);
            return ResponseEntity.status(HttpStatus.CREATED).body(new EvidenceView(evidence.id(), evidence.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping(path = CARD + "/criteria/{key}/evidence", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Attach a document of the task register as evidence")
    ResponseEntity<EvidenceView> document(@PathVariable int year, @PathVariable String unitCode, @PathVariable String key,
            @Valid @RequestBody DocumentBody body) {
        Evidence evidence = assessment.attachDocument(year, unitCode, key, body.documentId());
        return ResponseEntity.status(HttpStatus.CREATED).body(new EvidenceView(evidence.id(), evidence.name()));
    }

    @GetMapping(CARD + "/evidence/{id}/file")
    @Operation(summary = "Download an uploaded piece of evidence")
    ResponseEntity<Resource> evidenceFile(@PathVariable int year, @PathVariable String unitCode, @PathVariable long id) {
        return downloads.download(assessment.evidenceFile(year, unitCode, id));
    }

    @PostMapping(CARD + "/submit")
    @Operation(summary = "Send the self-assessment to the province; 422 naming each criterion that lacks a score or evidence")
    ScorecardView submit(@PathVariable int year, @PathVariable String unitCode) {
        return ScorecardView.of(assessment.submit(year, unitCode));
    }

    @PostMapping(CARD + "/criteria/{key}/answer")
    @Operation(summary = "The unit's one answer to the province's appraisal of a criterion")
    ScorecardView answer(@PathVariable int year, @PathVariable String unitCode, @PathVariable String key,
            @Valid @RequestBody AnswerBody body) {
        return ScorecardView.of(assessment.answer(year, unitCode, key, body.answer()));
    }

    @PostMapping(CARD + "/criteria/{key}/appraise")
    @Operation(summary = "Province: accept a criterion's score or change it with a reason")
    ScorecardView appraise(@PathVariable int year, @PathVariable String unitCode, @PathVariable String key,
            @Valid @RequestBody AppraiseBody body) {
        return ScorecardView.of(appraisals.appraise(year, unitCode, key, body.score(), body.reason()));
    }

    @PutMapping(CARD + "/survey")
    @Operation(summary = "Province: the points of the sociological survey for the unit")
    ScorecardView survey(@PathVariable int year, @PathVariable String unitCode, @RequestBody SurveyBody body) {
        return ScorecardView.of(appraisals.survey(year, unitCode, body.score()));
    }

    @PostMapping(CARD + "/publish")
    @Operation(summary = "Province: publish the final score and the classification")
    ScorecardView publish(@PathVariable int year, @PathVariable String unitCode) {
        return ScorecardView.of(appraisals.publish(year, unitCode));
    }

    @GetMapping("/api/v1/reform-index/{year}")
    @Operation(summary = "The ranking of the published units below a unit, each kind of unit on its own")
    List<RankedUnit> ranking(@PathVariable int year, @RequestParam String unitCode) {
        return appraisals.ranking(year, unitCode);
    }

    @GetMapping("/api/v1/reform-index/sets")
    @Operation(summary = "The index sets, per year and kind of unit")
    List<IndexSet> sets() {
        return sets.sets();
    }

    @PutMapping("/api/v1/reform-index/sets/{year}/{kind}/criteria/{key}")
    @Operation(summary = "Province: change a criterion of a set no unit has started")
    IndexSet editCriterion(@PathVariable int year, @PathVariable SubjectKind kind, @PathVariable String key,
            @Valid @RequestBody CriterionEdit body) {
        return sets.editCriterion(year, kind, key, body.label(), body.max(), body.scale(), body.evidenceRequired(), body.version());
    }

    @ExceptionHandler(ScorecardIncomplete.class)
    ResponseEntity<ApiError> incomplete(ScorecardIncomplete e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new ApiError("invalid",
                errors.text("reformindex.submit.incomplete", e.missing().size()),
                e.missing().stream().map(m -> new ApiError.FieldProblem(m.key(), errors.text(m.messageCode(), m.key(), m.label()))).toList()));
    }
}
