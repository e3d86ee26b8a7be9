package vn.motcua.feedback.web;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.feedback.NewPetition;
import vn.motcua.feedback.PetitionAbout;
import vn.motcua.feedback.PetitionChannel;
import vn.motcua.feedback.Petitions;
import vn.motcua.feedback.PublicPetition;
import vn.motcua.feedback.Scores;
import vn.motcua.feedback.SurveyAnswer;
import vn.motcua.feedback.Surveys;
import vn.motcua.feedback.internal.SubmissionGate;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.PageFailure;
import vn.motcua.shared.TooManyRequestsException;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitLevel;

/** The citizen's pages: send a petition, follow it, read published answers, rate a returned dossier. */
@Controller
class PublicFeedbackPages {

    static final List<String> CRITERIA = List.of("information", "timeliness", "attitude", "result");

    private final Petitions petitions;
    private final Surveys surveys;
    private final SubmissionGate gate;
    private final PublicRegister register;
    private final MotCuaZone zone;

    PublicFeedbackPages(Petitions petitions, Surveys surveys, SubmissionGate gate, PublicRegister register, MotCuaZone zone) {
        this.petitions = petitions;
        this.surveys = surveys;
        this.gate = gate;
        this.register = register;
        this.zone = zone;
    }

    /** What the sender typed, kept when the form comes back with an error. */
    public record Form(String about, String unitCode, String name, String phone, String email, String address, String subject,
            String content) {
    }

    @GetMapping("/public/feedback")
    String form(Model model) {
        return form(model, new Form(null, null, null, null, null, null, null, null));
    }

    private String form(Model model, Form form) {
        model.addAttribute("form", form);
        model.addAttribute("abouts", PetitionAbout.values());
        model.addAttribute("units", register.unitsOn(zone.today()).stream()
                .sorted(Comparator.comparing((Unit u) -> u.level() == UnitLevel.COMMUNE).thenComparing(vn.motcua.shared.VietnameseOrder.by(Unit::name))).toList());
        model.addAttribute("answers", petitions.publishedAnswers(20));
        return "feedback/public-form";
    }

    @PostMapping("/public/feedback")
    String submit(@RequestParam(required = false) String about, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) String name, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String email, @RequestParam(required = false) String address,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String content,
            @RequestParam(required = false) String website, @RequestPart(name = "files", required = false) List<MultipartFile> files,
            HttpServletRequest request, Model model) throws IOException {
        Form form = new Form(about, unitCode, name, phone, email, address, subject, content);
        try {
            PetitionAbout kind = about == null ? null : PetitionAbout.valueOf(about);
            PublicPetition petition = petitions.submit(new NewPetition(PetitionChannel.ONLINE, kind, unitCode, name, phone, email,
                    address, subject, content), PublicFeedbackApi.uploads(files), request.getRemoteAddr(), website);
            model.addAttribute("petition", petition);
            model.addAttribute("sent", true);
            model.addAttribute("tooMany", false);
            return "feedback/public-status";
        } catch (LocalizedException e) {
            PageFailure.show(model, e);
            return form(model, form);
        } catch (IllegalArgumentException e) {
            PageFailure.show(model, "feedback.about.required");
            return form(model, form);
        }
    }

    @GetMapping("/public/feedback/follow")
    String follow(@RequestParam(required = false) String code, @RequestParam(required = false) String phone, HttpServletRequest request,
            Model model) {
        try {
            gate.admit(request.getRemoteAddr());
            model.addAttribute("petition", petitions.follow(code, phone).orElse(null));
            model.addAttribute("tooMany", false);
        } catch (TooManyRequestsException e) {
            model.addAttribute("petition", null);
            model.addAttribute("tooMany", true);
        }
        model.addAttribute("sent", false);
        return "feedback/public-status";
    }

    @GetMapping("/public/surveys")
    String survey(@RequestParam(required = false) String code, @RequestParam(required = false) String phone, Model model) {
        model.addAttribute("code", code == null ? "" : code.strip());
        // Carried from the status page, where the applicant has just typed them: only four digits are kept.
        model.addAttribute("phone", phone != null && phone.strip().matches("\\d{4}") ? phone.strip() : "");
        model.addAttribute("criteria", CRITERIA);
        return "feedback/public-survey";
    }

    @PostMapping("/public/surveys")
    String answer(@RequestParam(required = false) String code, @RequestParam(required = false) String phone,
            @RequestParam Map<String, String> parameters, @RequestParam(required = false) String comment, HttpServletRequest request,
            Model model) {
        model.addAttribute("criteria", CRITERIA);
        model.addAttribute("code", code);
        model.addAttribute("phone", phone);
        model.addAttribute("comment", comment);
        Map<String, Integer> scores = new HashMap<>();
        for (String criterion : CRITERIA) {
            String value = parameters.get(criterion);
            scores.put(criterion, value != null && value.matches("[1-5]") ? Integer.valueOf(value) : null);
        }
        model.addAttribute("scores", scores);
        try {
            SurveyAnswer answer = surveys.answerOnline(request.getRemoteAddr(), code, phone, new Scores(scores.get("information"), scores.get("timeliness"),
                    scores.get("attitude"), scores.get("result")), comment);
            model.addAttribute("thanks", answer.agencyName());
        } catch (LocalizedException e) {
            PageFailure.show(model, e);
        }
        return "feedback/public-survey";
    }
}
