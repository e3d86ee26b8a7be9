package vn.motcua.reformindex.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.files.FileDownloads;
import vn.motcua.reformindex.Appraisals;
import vn.motcua.reformindex.IndexSets;
import vn.motcua.reformindex.PublishedIndexes;
import vn.motcua.reformindex.ScorecardDocuments;
import vn.motcua.reformindex.SubjectKind;
import vn.motcua.reformindex.ScorecardIncomplete;
import vn.motcua.reformindex.SelfAssessment;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.MotCuaUser;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.PageFailure;
import vn.motcua.shared.Redirects;
import vn.motcua.tasks.TaskRegister;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;
import vn.motcua.units.UnitLevel;

/**
 * Pages of the reform index: a unit's scorecard, the province's appraisal of it, the records behind a figure, the
 * ranking, the sets and their editing; the self-assessment as PDF and the result table as XLSX.
 */
@Controller
class ReformIndexPages {

    private static final String CARD = "/reform-index/{year}/{unitCode}";

    private final SelfAssessment assessment;
    private final Appraisals appraisals;
    private final TaskRegister tasks;
    private final FileDownloads downloads;
    private final UnitDirectory units;
    private final AgencyDirectory agencies;
    private final CurrentUser currentUser;
    private final MotCuaZone zone;
    private final IndexSets sets;
    private final ScorecardDocuments files;

    private final PublishedIndexes published;
    ReformIndexPages(SelfAssessment assessment, Appraisals appraisals, TaskRegister tasks, FileDownloads downloads, UnitDirectory units,
            AgencyDirectory agencies, CurrentUser currentUser, MotCuaZone zone, IndexSets sets, ScorecardDocuments files,
            PublishedIndexes published) {
        this.sets = sets;
        this.published = published;
        this.files = files;
        this.assessment = assessment;
        this.appraisals = appraisals;
        this.tasks = tasks;
        this.downloads = downloads;
        this.units = units;
        this.agencies = agencies;
        this.currentUser = currentUser;
        this.zone = zone;
    }

    /** The province's accounts start at the ranking (a department's scorecard is linked from it); everyone else at their own unit's scorecard of this year. */
    @GetMapping("/reform-index")
    String start() {
        MotCuaUser user = currentUser.require();
        int year = zone.today().getYear();
        Unit unit = user.unitId() == null ? null : units.byId(user.unitId()).orElse(null);
        if (unit == null) {
            return "redirect:/";
        }
        if (unit.level() == UnitLevel.PROVINCE) {
            return Redirects.to("/reform-index/{year}/ranking", year) + "?unitCode="
                    + java.net.URLEncoder.encode(unit.code(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return Redirects.to(CARD, year, unit.code());
    }

    @GetMapping(CARD)
    String scorecard(@PathVariable int year, @PathVariable String unitCode, Model model) {
        return show(year, unitCode, false, model);
    }

    @GetMapping(CARD + "/appraisal")
    String appraisal(@PathVariable int year, @PathVariable String unitCode, Model model) {
        return show(year, unitCode, true, model);
    }

    private String show(int year, String unitCode, boolean appraising, Model model) {
        var card = assessment.scorecard(year, unitCode);
        boolean mayAssess = assessment.mayAssess(year, unitCode);
        model.addAttribute("card", card);
        model.addAttribute("appraising", appraising && appraisals.mayAppraise(year, unitCode));
        model.addAttribute("mayAssess", mayAssess);
        model.addAttribute("trend", published.overTheYears(unitCode));
        model.addAttribute("documents", mayAssess && card.status().openToTheUnit() ? tasks.documentsInForce(unitCode, year) : java.util.List.of());
        return "reformindex/scorecard";
    }

    @GetMapping(CARD + "/criteria/{key}/records")
    String records(@PathVariable int year, @PathVariable String unitCode, @PathVariable String key, Model model) {
        var card = assessment.scorecard(year, unitCode);
        model.addAttribute("card", card);
        model.addAttribute("line", card.line(key));
        model.addAttribute("records", assessment.records(year, unitCode, key));
        return "reformindex/records";
    }

    @GetMapping(CARD + "/evidence/{id}/file")
    ResponseEntity<Resource> evidence(@PathVariable int year, @PathVariable String unitCode, @PathVariable long id) {
        return downloads.download(assessment.evidenceFile(year, unitCode, id));
    }

    @PostMapping(CARD + "/criteria/{key}")
    String score(@PathVariable int year, @PathVariable String unitCode, @PathVariable String key,
            @RequestParam(required = false) String score, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return act(year, unitCode, false, redirect, () -> assessment.score(year, unitCode, key, number(score, "score"), comment));
    }

    @PostMapping(CARD + "/criteria/{key}/evidence")
    String upload(@PathVariable int year, @PathVariable String unitCode, @PathVariable String key,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        return act(year, unitCode, false, redirect, () -> {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "reformindex.page.no-file");
            }
            try (InputStream content = file.getInputStream()) {
                return assessment.attachFile(year, unitCode, key, file.getOriginalFilename(), content);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @PostMapping(CARD + "/criteria/{key}/document")
    String document(@PathVariable int year, @PathVariable String unitCode, @PathVariable String key,
            @RequestParam(required = false) Long documentId, RedirectAttributes redirect) {
        return act(year, unitCode, false, redirect, () -> {
            if (documentId == null) {
                throw new InvalidInputException("documentId", "reformindex.page.no-document");
            }
            return assessment.attachDocument(year, unitCode, key, documentId);
        });
    }

    @PostMapping(CARD + "/submit")
    String submit(@PathVariable int year, @PathVariable String unitCode, RedirectAttributes redirect) {
        try {
            assessment.submit(year, unitCode);
            redirect.addFlashAttribute("saved", true);
        } catch (ScorecardIncomplete e) {
            // flash attributes travel in a cookie between instances: plain strings only (message code, key, label)
            redirect.addFlashAttribute("incomplete", e.missing().stream().map(m -> java.util.List.of(m.messageCode(), m.key(), m.label())).toList());
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return Redirects.to(CARD, year, unitCode);
    }

    @PostMapping(CARD + "/criteria/{key}/answer")
    String answer(@PathVariable int year, @PathVariable String unitCode, @PathVariable String key,
            @RequestParam(required = false) String answer, RedirectAttributes redirect) {
        return act(year, unitCode, false, redirect, () -> assessment.answer(year, unitCode, key, answer));
    }

    @PostMapping(CARD + "/criteria/{key}/appraise")
    String appraise(@PathVariable int year, @PathVariable String unitCode, @PathVariable String key,
            @RequestParam(required = false) String score, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(year, unitCode, true, redirect, () -> appraisals.appraise(year, unitCode, key, number(score, "score"), reason));
    }

    @PostMapping(CARD + "/survey")
    String survey(@PathVariable int year, @PathVariable String unitCode, @RequestParam(required = false) String score,
            RedirectAttributes redirect) {
        return act(year, unitCode, true, redirect, () -> appraisals.survey(year, unitCode, number(score, "score")));
    }

    @PostMapping(CARD + "/publish")
    String publish(@PathVariable int year, @PathVariable String unitCode, RedirectAttributes redirect) {
        return act(year, unitCode, true, redirect, () -> appraisals.publish(year, unitCode));
    }

    @GetMapping("/reform-index/{year}/ranking")
    String ranking(@PathVariable int year, @RequestParam String unitCode, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("unit", units.require(unitCode, zone.today()));
        model.addAttribute("ranking", appraisals.ranking(year, unitCode));
        model.addAttribute("scorecards", appraisals.overview(year, unitCode));
        return "reformindex/ranking";
    }

    @GetMapping(CARD + "/self-assessment.pdf")
    ResponseEntity<byte[]> selfAssessmentPdf(@PathVariable int year, @PathVariable String unitCode) {
        return file(files.selfAssessmentPdf(year, unitCode), "tu-danh-gia-chi-so-cchc-" + year + "-" + unitCode + ".pdf",
                org.springframework.http.MediaType.APPLICATION_PDF, false);
    }

    @GetMapping("/reform-index/{year}/ranking.xlsx")
    ResponseEntity<byte[]> resultsXlsx(@PathVariable int year, @RequestParam String unitCode) {
        return file(files.resultsXlsx(year, unitCode), "ket-qua-chi-so-cchc-" + year + "-" + unitCode + ".xlsx",
                org.springframework.http.MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), true);
    }

    private static ResponseEntity<byte[]> file(byte[] content, String name, org.springframework.http.MediaType type, boolean attachment) {
        var disposition = (attachment ? org.springframework.http.ContentDisposition.attachment() : org.springframework.http.ContentDisposition.inline())
                .filename(name).build();
        return ResponseEntity.ok().contentType(type).header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(content);
    }

    /** The sets per year and kind of unit, each with whether a unit has started under it. */
    @GetMapping("/reform-index/sets")
    String sets(Model model) {
        model.addAttribute("sets", sets.sets());
        model.addAttribute("started", sets.sets().stream().filter(set -> sets.started(set.year(), set.kind()))
                .map(set -> set.year() + "-" + set.kind()).collect(java.util.stream.Collectors.toSet()));
        return "reformindex/sets";
    }

    @GetMapping("/reform-index/sets/{year}/{kind}")
    String set(@PathVariable int year, @PathVariable SubjectKind kind, Model model, HttpServletRequest request) {
        boolean started = sets.started(year, kind);
        model.addAttribute("set", sets.set(year, kind));
        model.addAttribute("started", started);
        model.addAttribute("editable", !started && request.isUserInRole("REFORM_OFFICER") && sets.callerAtProvince());
        return "reformindex/set";
    }

    @PostMapping("/reform-index/sets/{year}/{kind}/criteria/{key}")
    String editCriterion(@PathVariable int year, @PathVariable SubjectKind kind, @PathVariable String key,
            @RequestParam(required = false) String label, @RequestParam(required = false) String max,
            @RequestParam(required = false) String scale, @RequestParam(defaultValue = "false") boolean evidenceRequired,
            @RequestParam int version, RedirectAttributes redirect) {
        return edited(year, kind, redirect, () -> sets.editCriterion(year, kind, key, label, number(max, "max"), scale, evidenceRequired, version));
    }

    @PostMapping("/reform-index/sets/{year}/{kind}/thresholds")
    String editThresholds(@PathVariable int year, @PathVariable SubjectKind kind, @RequestParam(required = false) String surveyMax,
            @RequestParam(required = false) String excellentFrom, @RequestParam(required = false) String goodFrom,
            @RequestParam(required = false) String fairFrom, @RequestParam(required = false) String averageFrom, @RequestParam int version,
            RedirectAttributes redirect) {
        return edited(year, kind, redirect, () -> sets.editThresholds(year, kind, number(surveyMax, "surveyMax"),
                number(excellentFrom, "excellentFrom"), number(goodFrom, "goodFrom"), number(fairFrom, "fairFrom"),
                number(averageFrom, "averageFrom"), version));
    }

    private String edited(int year, SubjectKind kind, RedirectAttributes redirect, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("saved", true);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return Redirects.to("/reform-index/sets/{year}/{kind}", year, kind.name());
    }

    private String act(int year, String unitCode, boolean appraisal, RedirectAttributes redirect, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("saved", true);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return Redirects.to(appraisal ? CARD + "/appraisal" : CARD, year, unitCode);
    }

    /** A score as typed on a page: "0,5" or "0.5"; empty is no score, for the service to name. */
    private static BigDecimal number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "reformindex.page.not-a-number", text);
        }
    }
}
