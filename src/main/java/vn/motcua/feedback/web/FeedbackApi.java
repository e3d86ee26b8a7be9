package vn.motcua.feedback.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.motcua.feedback.AgencySatisfaction;
import vn.motcua.feedback.Dialogue;
import vn.motcua.feedback.DialogueAudience;
import vn.motcua.feedback.Dialogues;
import vn.motcua.feedback.FeedbackFigure;
import vn.motcua.feedback.FeedbackMeasures;
import vn.motcua.feedback.NewDialogue;
import vn.motcua.feedback.NewPetition;
import vn.motcua.feedback.Petition;
import vn.motcua.feedback.PetitionAbout;
import vn.motcua.feedback.PetitionChannel;
import vn.motcua.feedback.PetitionStatus;
import vn.motcua.feedback.Petitions;
import vn.motcua.feedback.Scores;
import vn.motcua.feedback.SurveyAnswer;
import vn.motcua.feedback.Surveys;
import vn.motcua.units.UnitDirectory;
import vn.motcua.shared.FileContent;

/** Staff's side of surveys, petitions and dialogues. */
@RestController
class FeedbackApi {

    private final Surveys surveys;
    private final Petitions petitions;
    private final Dialogues dialogues;
    private final FeedbackMeasures measures;
    private final UnitDirectory units;

    FeedbackApi(Surveys surveys, Petitions petitions, Dialogues dialogues, FeedbackMeasures measures, UnitDirectory units) {
        this.surveys = surveys;
        this.petitions = petitions;
        this.dialogues = dialogues;
        this.measures = measures;
        this.units = units;
    }

    record PaperSurvey(@Size(max = 40) String agencyCode, @Size(max = 40) String dossierCode, LocalDate answeredOn,
            Integer information, Integer timeliness, Integer attitude, Integer result, @Size(max = 2000) String comment) {
    }

    record SurveyReport(List<AgencySatisfaction> satisfaction, List<SurveyAnswer> answers) {
    }

    record HotlineBody(PetitionChannel channel, PetitionAbout about, @Size(max = 20) String unitCode, @Size(max = 200) String name,
            @Size(max = 20) String phone, @Size(max = 200) String email, @Size(max = 500) String address,
            @Size(max = 300) String subject, @Size(max = 5000) String content) {
    }

    record AssignBody(@Size(max = 40) String agencyCode, OffsetDateTime dueAt) {
    }

    record AnswerBody(@Size(max = 5000) String answer, Boolean publish, @Size(max = 1000) String reason) {
    }

    record PublishBody(Boolean published) {
    }

    record DismissBody(@Size(max = 1000) String reason) {
    }

    record DialogueBody(@Size(max = 20) String unitCode, LocalDate heldOn, @Size(max = 300) String title, DialogueAudience audience,
            @Size(max = 200) String chairedBy, Integer participants, @Size(max = 5000) String notes,
            @Size(max = 100) List<@Size(max = 2000) String> issues, @Size(max = 60) String chairAccount) {
    }

    record FollowUpBody(@Size(max = 2000) String response, LocalDate resolvedOn) {
    }

    @GetMapping("/api/v1/surveys")
    @Operation(summary = "Survey answers about a unit and the units below it in [from, to], with satisfaction per agency")
    SurveyReport surveys(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return new SurveyReport(surveys.satisfaction(unitCode, from, to), surveys.answers(unitCode, from, to));
    }

    @PostMapping("/api/v1/surveys")
    @Operation(summary = "Type in a paper survey slip (the dossier's code is optional)")
    ResponseEntity<SurveyAnswer> paper(@Valid @RequestBody PaperSurvey body) {
        SurveyAnswer answer = surveys.enterPaper(body.agencyCode(), body.dossierCode(), body.answeredOn(),
                new Scores(body.information(), body.timeliness(), body.attitude(), body.result()), body.comment());
        return ResponseEntity.status(201).body(answer);
    }

    @GetMapping("/api/v1/feedback")
    @Operation(summary = "Petitions about the units within reach, newest first")
    List<Petition> petitions(@RequestParam(required = false) PetitionStatus status) {
        return petitions.list(status);
    }

    @PostMapping("/api/v1/feedback")
    @Operation(summary = "Record a petition from the hotline, a visit or a letter (channel HOTLINE, DIRECT, MAIL)")
    ResponseEntity<Petition> record(@Valid @RequestBody HotlineBody body) {
        Petition petition = petitions.record(new NewPetition(body.channel(), body.about(), body.unitCode(), body.name(), body.phone(),
                body.email(), body.address(), body.subject(), body.content()));
        return ResponseEntity.created(URI.create("/api/v1/feedback/" + petition.code())).body(petition);
    }

    @GetMapping("/api/v1/feedback/{code}")
    Petition petition(@PathVariable String code) {
        return petitions.get(code);
    }

    @PostMapping("/api/v1/feedback/{code}/assign")
    @Operation(summary = "Give the petition to the agency that must answer; the deadline defaults to 10 working days from receipt")
    Petition assign(@PathVariable String code, @Valid @RequestBody AssignBody body) {
        return petitions.assign(code, body.agencyCode(), body.dueAt() == null ? null : body.dueAt().toInstant());
    }

    @PostMapping("/api/v1/feedback/{code}/answer")
    Petition answer(@PathVariable String code, @Valid @RequestBody AnswerBody body) {
        return petitions.answer(code, body.answer(), Boolean.TRUE.equals(body.publish()), body.reason());
    }

    @PostMapping("/api/v1/feedback/{code}/publish")
    Petition publish(@PathVariable String code, @RequestBody PublishBody body) {
        return petitions.publish(code, !Boolean.FALSE.equals(body.published()));
    }

    @PostMapping("/api/v1/feedback/{code}/dismiss")
    Petition dismiss(@PathVariable String code, @Valid @RequestBody DismissBody body) {
        return petitions.dismiss(code, body.reason());
    }

    @GetMapping("/api/v1/feedback/{code}/files/{id}")
    ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable long id) {
        var file = petitions.file(code, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(FileContent.servedType(file.contentType())))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    @GetMapping("/api/v1/dialogues")
    @Operation(summary = "Dialogues of a unit and the units below it held in [from, to]")
    List<Dialogue> dialogues(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return dialogues.list(unitCode, from, to);
    }

    @GetMapping("/api/v1/dialogues/chairs")
    @Operation(summary = "Who may chair a dialogue of the unit: its leaders working today (chairAccount takes one's username)")
    List<Dialogues.Chair> chairs(@RequestParam String unitCode) {
        return dialogues.chairs(unitCode);
    }

    @PostMapping("/api/v1/dialogues")
    @Operation(summary = "Record a dialogue with the issues raised")
    ResponseEntity<Dialogue> recordDialogue(@Valid @RequestBody DialogueBody body) {
        Dialogue dialogue = dialogues.record(new NewDialogue(body.unitCode(), body.heldOn(), body.title(), body.audience(),
                body.chairedBy(), body.participants(), body.notes(), body.issues(), body.chairAccount()));
        return ResponseEntity.created(URI.create("/api/v1/dialogues/" + dialogue.id())).body(dialogue);
    }

    @GetMapping("/api/v1/dialogues/{id}")
    Dialogue dialogue(@PathVariable long id) {
        return dialogues.get(id);
    }

    @PostMapping("/api/v1/dialogues/{id}/issues/{issueId}")
    @Operation(summary = "The follow-up of an issue raised: the answer and the day it was settled")
    Dialogue followUp(@PathVariable long id, @PathVariable long issueId, @Valid @RequestBody FollowUpBody body) {
        return dialogues.followUp(id, issueId, body.response(), body.resolvedOn());
    }

    @GetMapping("/api/v1/feedback/measures/{measure}")
    @Operation(summary = "surveys.count, surveys.form, dialogues.held, dialogues.count, feedback.received, feedback.answered over days [from, to)")
    FeedbackFigure measure(@PathVariable String measure, @RequestParam String unitCode,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return measures.measure(measure, units.require(unitCode, to.minusDays(1)).id(), from, to, Map.of());
    }
}
