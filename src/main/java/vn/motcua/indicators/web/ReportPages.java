package vn.motcua.indicators.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.indicators.CheckedReport;
import vn.motcua.indicators.Finding;
import vn.motcua.indicators.Report;
import vn.motcua.indicators.ReportApproval;
import vn.motcua.indicators.ReportBoard;
import vn.motcua.indicators.ReportEntry;
import vn.motcua.indicators.ReportRow;
import vn.motcua.indicators.ReportWorkbooks;
import vn.motcua.indicators.SubmissionCheck;
import vn.motcua.indicators.UnitReports;
import vn.motcua.indicators.ValidationFailed;
import vn.motcua.indicators.PeriodWindows;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PageFailure;
import vn.motcua.shared.Redirects;
import vn.motcua.shared.Period;
import vn.motcua.shared.ReportingPeriods;
import vn.motcua.shared.VietnameseFormat;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitChoices;

/**
 * The report form of a unit for a period: computed rows read-only with their source, entered rows
 * editable with their unit and code labels, findings beside the rows, the approval buttons, and the
 * status board of the units below.
 */
@Controller
class ReportPages {

    private final UnitReports reports;
    private final ReportEntry entry;
    private final ReportApproval approval;
    private final ReportBoard board;
    private final ReportWorkbooks workbooks;
    private final UnitChoices unitChoices;
    private final ReportingPeriods periods;
    private final PeriodWindows windows;
    private final VietnameseFormat fmt;
    private final MotCuaZone zone;
    private final ObjectProvider<SubmissionCheck> submissionChecks;
    private final org.springframework.context.MessageSource messages;

    ReportPages(org.springframework.context.MessageSource messages, UnitReports reports, ReportEntry entry, ReportApproval approval, ReportBoard board, ReportWorkbooks workbooks,
            UnitChoices unitChoices, ReportingPeriods periods, PeriodWindows windows, VietnameseFormat fmt, MotCuaZone zone,
            ObjectProvider<SubmissionCheck> submissionChecks) {
        this.messages = messages;
        this.submissionChecks = submissionChecks;
        this.reports = reports;
        this.entry = entry;
        this.approval = approval;
        this.board = board;
        this.workbooks = workbooks;
        this.unitChoices = unitChoices;
        this.periods = periods;
        this.windows = windows;
        this.fmt = fmt;
        this.zone = zone;
    }

    /**
     * The report a unit and a period name, with the template in force for the period. Without them: the
     * account's unit as it is today and the latest period whose window has ended (for a unit that has
     * ended, the latest one while it existed). A unit that did not exist in the period asked is said so.
     */
    @GetMapping("/reports")
    String choose(@RequestParam(required = false) String period, @RequestParam(required = false) String unitCode,
            RedirectAttributes redirect) {
        Period asked = null;
        if (period != null && !period.isBlank()) {
            try {
                asked = Period.parse(period.trim());
            } catch (IllegalArgumentException e) {
                PageFailure.flash(redirect, "indicators.period.invalid", period);
            }
        }
        LocalDate askedEnd = asked == null ? null : windows.window(asked).to().minusDays(1);
        Optional<Unit> unit = unitCode == null || unitCode.isBlank() ? unitChoices.home()
                : unitChoices.find(unitCode.trim(), askedEnd).or(() -> unitChoices.find(unitCode.trim(), null));
        if (unit.isEmpty()) {
            throw new NotFoundException("units.not-found", unitCode, zone.today());
        }
        Period chosen = asked;
        if (chosen == null || !unit.get().validOn(askedEnd)) {
            chosen = unitChoices.latestPeriod(unit.get());
            if (asked != null) {
                redirect.addFlashAttribute("notInPeriod", List.of(unit.get().name(), periods.label(asked),
                        validity(unit.get()), periods.label(chosen)));
            }
        }
        return Redirects.to("/reports/{template}/{period}/{unit}", windows.templateFor(chosen), chosen.name(), unit.get().code());
    }

    /** "từ 01/01/2020 đến 30/06/2025", "từ khi thành lập đến 30/06/2025" (no start held), "từ 01/07/2025". */
    private String validity(Unit unit) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        if (unit.validTo() == null) {
            return messages.getMessage("choice.unit.validity.from", new Object[] { fmt.date(unit.validFrom()) }, locale);
        }
        return unit.validFrom() == null
                ? messages.getMessage("choice.unit.validity.until", new Object[] { fmt.date(unit.validTo()) }, locale)
                : messages.getMessage("choice.unit.validity.span", new Object[] { fmt.date(unit.validFrom()), fmt.date(unit.validTo()) },
                        locale);
    }

    @GetMapping("/reports/{template}/{period}/{unitCode}")
    String form(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode, Model model) {
        CheckedReport checked = reports.checked(template, period, unitCode);
        Report report = checked.report();
        List<Finding> findings = checked.findings();
        Map<String, List<Finding>> byKey = new HashMap<>();
        findings.forEach(f -> f.keys().forEach(k -> byKey.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(f)));
        model.addAttribute("report", report);
        // What keeps the report from going up besides its figures, for the submitter and the approver alike.
        model.addAttribute("missingParts", switch (report.status()) {
            case APPROVED -> List.of();
            // The approver is told what approval still needs (the document's number) before pressing the button.
            case SUBMITTED -> submissionChecks.orderedStream().flatMap(c -> c.missingForApproval(report).stream()).toList();
            default -> submissionChecks.orderedStream().flatMap(c -> c.missing(report).stream()).toList();
        });
        model.addAttribute("advisoryParts", submissionChecks.orderedStream().flatMap(c -> c.advisories(report).stream()).toList());
        model.addAttribute("findings", findings);
        model.addAttribute("findingsByKey", byKey);
        model.addAttribute("errors", findings.stream().filter(f -> f.severity().equals("ERROR")).count());
        model.addAttribute("board", board.board(template, period, unitCode));
        model.addAttribute("reminders", board.reminders(unitCode));
        model.addAttribute("unitChoices", unitChoices.on(report.windowTo()));
        model.addAttribute("unitCode", report.unitCode());
        // A unit is offered only the periods it existed in: a district dissolved on 30/06/2025 has no 2026.
        model.addAttribute("periodChoices", unitChoices.find(report.unitCode(), report.windowTo())
                .map(unitChoices::periodsOf).orElseGet(periods::choices));
        model.addAttribute("period", report.period());
        return "indicators/form";
    }

    @GetMapping("/reports/{template}/{period}/{unitCode}/rows/{key}")
    String recordsBehind(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode,
            @PathVariable String key, Model model) {
        Report report = reports.get(template, period, unitCode, false);
        model.addAttribute("report", report);
        model.addAttribute("row", report.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow());
        model.addAttribute("records", reports.recordsBehind(template, period, unitCode, key));
        return "indicators/records";
    }

    /**
     * Lưu, or Gửi báo cáo from the same form: what is on the screen is saved first, then, when sending,
     * the report is checked and submitted. A value that is not a number keeps the form on the screen
     * with everything typed, that field marked, and nothing saved.
     */
    @PostMapping("/reports/{template}/{period}/{unitCode}")
    String save(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Report report = reports.get(template, period, unitCode, false);
        boolean submitting = "submit".equals(form.get("then"));
        Map<String, BigDecimal> values = new HashMap<>();
        for (ReportRow row : report.rows()) {
            String field = form.get("v." + row.key());
            if (field == null || row.computed()) {
                continue;
            }
            String text = field.trim().replace(".", "").replace(",", ".");
            BigDecimal value;
            try {
                value = text.isEmpty() ? null : new BigDecimal(text);
            } catch (NumberFormatException e) {
                PageFailure.show(model, "indicators.value.not-number", row.code().isEmpty() ? row.key() : row.code(), field);
                Map<String, String> typed = new HashMap<>();
                form.forEach((k, v) -> {
                    if (k.startsWith("v.")) {
                        typed.put(k.substring(2), v);
                    }
                });
                model.addAttribute("typed", typed);
                model.addAttribute("wrongKey", row.key());
                return form(template, period, unitCode, model);
            }
            BigDecimal current = row.value();
            boolean changed = value == null ? current != null && "MANUAL".equals(row.source())
                    : current == null || value.compareTo(current) != 0;
            if (changed) {
                values.put(row.key(), value);
            }
        }
        if (values.isEmpty()) {
            if (submitting) {
                return submit(template, period, unitCode, redirect);
            }
            redirect.addFlashAttribute("unchanged", true);
            return Redirects.to("/reports/{template}/{period}/{unit}", template, period, unitCode);
        }
        String version = form.get("version");
        if (version != null && !version.matches("\\d{1,9}")) {
            PageFailure.flash(redirect, "error.parameter.type", version);
            return Redirects.to("/reports/{template}/{period}/{unit}", template, period, unitCode);
        }
        try {
            entry.putValues(template, period, unitCode, values, null, version == null ? null : Integer.valueOf(version));
            redirect.addFlashAttribute("saved", values.size());
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
            return Redirects.to("/reports/{template}/{period}/{unit}", template, period, unitCode);
        }
        return submitting ? submit(template, period, unitCode, redirect)
                : Redirects.to("/reports/{template}/{period}/{unit}", template, period, unitCode);
    }

    private String submit(String template, String period, String unitCode, RedirectAttributes redirect) {
        return transition(template, period, unitCode, "submit", null, redirect);
    }

    @PostMapping("/reports/{template}/{period}/{unitCode}/upload")
    String upload(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file, RedirectAttributes redirect)
            throws java.io.IOException {
        try {
            workbooks.upload(template, period, unitCode, file.getBytes());
            redirect.addFlashAttribute("uploaded", true);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return Redirects.to("/reports/{template}/{period}/{unit}", template, period, unitCode);
    }

    @PostMapping("/reports/{template}/{period}/{unitCode}/{transition}")
    String transition(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode,
            @PathVariable String transition, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        try {
            switch (transition) {
                case "submit" -> approval.submit(template, period, unitCode);
                case "return" -> approval.returnReport(template, period, unitCode, comment);
                case "approve" -> approval.approve(template, period, unitCode);
                case "remind" -> board.remindLate(template, period, unitCode);
                default -> throw new InvalidInputException("transition", "indicators.transition.unknown", transition);
            }
            redirect.addFlashAttribute("transitioned", transition);
        } catch (ValidationFailed e) {
            PageFailure.flash(redirect, "indicators.submit.errors", e.findings().size());
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return Redirects.to("/reports/{template}/{period}/{unit}", template, period, unitCode);
    }
}
