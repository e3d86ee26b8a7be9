package vn.motcua.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.motcua.calendar.CalendarAdministration;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.Holiday;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.PageFailure;

/** The year view for administrators: holidays, days off and worked weekend days, with overrides added and removed. */
@Controller
@RequestMapping("/admin/calendar")
class CalendarPage {

    private final WorkingCalendar calendar;
    private final CalendarAdministration administration;
    private final MotCuaZone zone;

    CalendarPage(WorkingCalendar calendar, CalendarAdministration administration, MotCuaZone zone) {
        this.calendar = calendar;
        this.administration = administration;
        this.zone = zone;
    }

    /** One cell of a month grid; blank cells pad the first and last weeks. */
    record Day(LocalDate date, boolean working, Holiday special, String lunar) {

        public String cssClass() {
            if (date == null) {
                return "blank";
            }
            if (special != null) {
                return "day-" + special.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            }
            return working ? "day-working" : "day-weekend";
        }
    }

    record Month(YearMonth month, List<List<Day>> weeks) {
    }

    record OverrideForm(@NotNull(message = "{calendar.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @NotNull(message = "{calendar.kind.override}") DayKind kind,
            @NotBlank(message = "{calendar.name.required}") @Size(max = 200) String name, @Size(max = 300) String source) {
    }

    @GetMapping
    String year(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("form", new OverrideForm(null, DayKind.DAY_OFF, "", ""));
        return page(year == null ? zone.today().getYear() : year, model);
    }

    private String page(int year, Model model) {
        List<Holiday> specials = calendar.holidays(year);
        Map<LocalDate, Holiday> byDate = specials.stream().collect(Collectors.toMap(Holiday::date, Function.identity()));
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(month(YearMonth.of(year, m), byDate));
        }
        model.addAttribute("year", year);
        model.addAttribute("months", months);
        model.addAttribute("specials", specials);
        model.addAttribute("kinds", List.of(DayKind.DAY_OFF, DayKind.WORKDAY));
        model.addAttribute("hours", calendar.officeHours());
        return "calendar/year";
    }

    private Month month(YearMonth month, Map<LocalDate, Holiday> specials) {
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        int padding = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        for (int i = 0; i < padding; i++) {
            week.add(new Day(null, false, null, ""));
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            var lunar = calendar.lunar(date);
            week.add(new Day(date, calendar.isWorkingDay(date), specials.get(date),
                    lunar.day() + "/" + lunar.month() + (lunar.leap() ? "N" : "")));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(new Day(null, false, null, ""));
            }
            weeks.add(week);
        }
        return new Month(month, weeks);
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") OverrideForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        int year = form.date() == null ? zone.today().getYear() : form.date().getYear();
        if (errors.hasErrors()) {
            return page(year, model);
        }
        try {
            administration.putOverride(form.date(), form.kind(), form.name(), form.source());
        } catch (InvalidInputException e) {
            errors.rejectValue(e.field(), e.messageCode(), e.arguments(), e.messageCode());
            return page(year, model);
        }
        redirect.addFlashAttribute("saved", form.name());
        return "redirect:/admin/calendar?year=" + year;
    }

    @PostMapping("/{date}/delete")
    String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, RedirectAttributes redirect) {
        try {
            administration.removeOverride(date);
            redirect.addFlashAttribute("removed", date);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/admin/calendar?year=" + date.getYear();
    }
}
