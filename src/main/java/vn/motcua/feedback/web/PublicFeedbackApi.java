package vn.motcua.feedback.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.motcua.feedback.NewPetition;
import vn.motcua.feedback.PetitionAbout;
import vn.motcua.feedback.PetitionChannel;
import vn.motcua.feedback.Petitions;
import vn.motcua.feedback.PublicPetition;
import vn.motcua.feedback.Scores;
import vn.motcua.feedback.SurveyAnswer;
import vn.motcua.feedback.Surveys;
import vn.motcua.feedback.Upload;
import vn.motcua.feedback.internal.SubmissionGate;
import vn.motcua.shared.NotFoundException;

/** What citizens and businesses send without an account: survey answers and petitions, and following a petition. */
@RestController
class PublicFeedbackApi {

    private final Surveys surveys;
    private final Petitions petitions;
    private final SubmissionGate gate;

    PublicFeedbackApi(Surveys surveys, Petitions petitions, SubmissionGate gate) {
        this.surveys = surveys;
        this.petitions = petitions;
        this.gate = gate;
    }

    record SurveyBody(@Size(max = 40) String dossierCode, @Size(max = 4) String phone, Integer information, Integer timeliness,
            Integer attitude, Integer result, @Size(max = 2000) String comment) {
    }

    /** What the applicant learns of a stored answer. */
    record SurveyReceipt(String dossierCode, String agencyName, java.time.Instant answeredAt) {
    }

    record PetitionBody(PetitionAbout about, @Size(max = 20) String unitCode, @Size(max = 200) String name, @Size(max = 20) String phone,
            @Size(max = 200) String email, @Size(max = 500) String address, @Size(max = 300) String subject,
            @Size(max = 5000) String content, String website) {

        NewPetition petition() {
            return new NewPetition(PetitionChannel.ONLINE, about, unitCode, name, phone, email, address, subject, content);
        }
    }

    @PostMapping(path = "/api/v1/public/surveys", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The applicant rates the service of a returned dossier (code + last 4 phone digits), once per dossier;"
            + " counted against the status lookup's allowance")
    ResponseEntity<SurveyReceipt> answer(@Valid @RequestBody SurveyBody body, HttpServletRequest request) {
        SurveyAnswer answer = surveys.answerOnline(request.getRemoteAddr(), body.dossierCode(), body.phone(),
                new Scores(body.information(), body.timeliness(), body.attitude(), body.result()), body.comment());
        return ResponseEntity.status(201).body(new SurveyReceipt(answer.dossierCode(), answer.agencyName(), answer.answeredAt()));
    }

    @PostMapping(path = "/api/v1/public/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send a petition (phản ánh, kiến nghị) without an account; the answer carries the code to follow it")
    ResponseEntity<PublicPetition> submit(@Valid @RequestBody PetitionBody body, HttpServletRequest request) {
        PublicPetition petition = petitions.submit(body.petition(), List.of(), request.getRemoteAddr(), body.website());
        return ResponseEntity.created(URI.create("/api/v1/public/feedback/" + petition.code())).body(petition);
    }

    @PostMapping(path = "/api/v1/public/feedback", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "The same with up to 3 files (PDF, PNG, JPEG, DOCX; 5 MB each) as multipart/form-data")
    ResponseEntity<PublicPetition> submitWithFiles(@RequestParam(required = false) PetitionAbout about,
            @RequestParam(required = false) String unitCode, @RequestParam(required = false) String name,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String email,
            @RequestParam(required = false) String address, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String content, @RequestParam(required = false) String website,
            @RequestPart(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request) throws IOException {
        PublicPetition petition = petitions.submit(new NewPetition(PetitionChannel.ONLINE, about, unitCode, name, phone, email,
                address, subject, content), uploads(files), request.getRemoteAddr(), website);
        return ResponseEntity.created(URI.create("/api/v1/public/feedback/" + petition.code())).body(petition);
    }

    @GetMapping("/api/v1/public/feedback/{code}")
    @Operation(summary = "Follow a petition with its code and the last 4 digits of the phone given")
    PublicPetition follow(@PathVariable String code, @RequestParam(required = false) String phone, HttpServletRequest request) {
        gate.admit(request.getRemoteAddr());
        return petitions.follow(code, phone).orElseThrow(() -> new NotFoundException("feedback.petition.not-found"));
    }

    @GetMapping("/api/v1/public/feedback/answers")
    @Operation(summary = "Published answers to petitions, newest first")
    List<PublicPetition> answers(@RequestParam(defaultValue = "50") int limit) {
        return petitions.publishedAnswers(limit);
    }

    static List<Upload> uploads(List<MultipartFile> files) throws IOException {
        List<Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                if (file != null && !file.isEmpty()) {
                    if (file.getSize() > SubmissionGate.MAX_FILE_BYTES) {
                        throw new vn.motcua.shared.InvalidInputException("files", "feedback.files.too-large",
                                file.getOriginalFilename(), SubmissionGate.MAX_FILE_BYTES / (1024 * 1024));
                    }
                    uploads.add(new Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
                }
            }
        }
        return uploads;
    }
}
