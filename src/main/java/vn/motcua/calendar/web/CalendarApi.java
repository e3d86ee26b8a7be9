package vn.motcua.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.motcua.calendar.CalendarAdministration;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.Holiday;
import vn.motcua.calendar.LunarDate;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.shared.InvalidInputException;

@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "Lịch làm việc, ngày lễ, thời hạn")
class CalendarApi {

    private static final int MAX_DAYS = 3650;

    private final WorkingCalendar calendar;
    private final CalendarAdministration administration;

    CalendarApi(WorkingCalendar calendar, CalendarAdministration administration) {
        this.calendar = calendar;
        this.administration = administration;
    }

    record Due(OffsetDateTime from, OffsetDateTime due, Integer workingDays, Integer workingHours) {
    }

    record OverrideRequest(@NotNull DayKind kind, @NotBlank @Size(max = 200) String name, @Size(max = 300) String source) {
    }

    record Lunar(LocalDate date, LunarDate lunar) {
    }

    @GetMapping("/holidays")
    @Operation(summary = "Holidays, days off and weekend days worked of a year")
    List<Holiday> holidays(@RequestParam int year) {
        return calendar.holidays(year);
    }

    @GetMapping("/due")
    @Operation(summary = "Due time of a processing time in working days or working hours counted from a receipt")
    Due due(@RequestParam String from, @RequestParam(required = false) Integer workingDays,
            @RequestParam(required = false) Integer workingHours) {
        if ((workingDays == null) == (workingHours == null)) {
            throw new InvalidInputException("workingDays", "calendar.duration.one");
        }
        int amount = workingDays != null ? workingDays : workingHours;
        if (amount < 0 || amount > (workingDays != null ? MAX_DAYS : MAX_DAYS * 8)) {
            throw new InvalidInputException(workingDays != null ? "workingDays" : "workingHours", "calendar.duration.range");
        }
        OffsetDateTime start = parseTime(from);
        WorkingDuration duration = workingDays != null ? WorkingDuration.days(amount) : WorkingDuration.hours(amount);
        Instant due = calendar.due(start.toInstant(), duration);
        return new Due(inVietnam(start.toInstant()), inVietnam(due), workingDays, workingHours);
    }

    @GetMapping("/lunar")
    @Operation(summary = "The lunar date of a solar date")
    Lunar lunar(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        if (date.getYear() < 1900 || date.getYear() > 2100) {
            throw new InvalidInputException("date", "calendar.year.range");
        }
        return new Lunar(date, calendar.lunar(date));
    }

    @PutMapping("/overrides/{date}")
    @Operation(summary = "Set a day off or a worked weekend day for a date (ADMIN)")
    Holiday put(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Valid @RequestBody OverrideRequest request) {
        return administration.putOverride(date, request.kind(), request.name(), request.source());
    }

    @DeleteMapping("/overrides/{date}")
    @Operation(summary = "Remove a date's override (ADMIN)")
    ResponseEntity<Void> delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        administration.removeOverride(date);
        return ResponseEntity.noContent().build();
    }

    private OffsetDateTime inVietnam(Instant instant) {
        return instant.atZone(calendar.officeHours().zone()).toOffsetDateTime();
    }

    /** ISO time with an offset; a '+' sent unencoded arrives as a space, and a time without offset is Vietnam time. */
    private OffsetDateTime parseTime(String text) {
        String value = text.trim().replace(' ', '+');
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atZone(calendar.officeHours().zone()).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("from", "calendar.from.invalid", text);
            }
        }
    }
}
