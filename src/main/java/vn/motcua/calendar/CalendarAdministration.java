package vn.motcua.calendar;

import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.internal.CalendarRows;
import vn.motcua.calendar.internal.ScheduleHolder;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;

/** Administrators enter each year's official schedule: extra and compensatory days off, weekend days worked. */
@Service
public class CalendarAdministration {

    private final CalendarRows rows;
    private final ScheduleHolder holder;
    private final AuditTrail audit;

    CalendarAdministration(CalendarRows rows, ScheduleHolder holder, AuditTrail audit) {
        this.rows = rows;
        this.holder = holder;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Holiday putOverride(LocalDate date, DayKind kind, String name, String source) {
        if (date == null) {
            throw new InvalidInputException("date", "calendar.date.required");
        }
        if (kind == null || kind == DayKind.HOLIDAY) {
            throw new InvalidInputException("kind", "calendar.kind.override");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "calendar.name.required");
        }
        if (name.length() > 200 || (source != null && source.length() > 300)) {
            throw new InvalidInputException("name", "calendar.name.long");
        }
        Holiday before = rows.override(date).orElse(null);
        Holiday after = new Holiday(date, name.trim(), kind, source == null ? "" : source.trim());
        rows.upsertOverride(after);
        changed();
        audit.record(before == null ? "calendar.override.added" : "calendar.override.changed", "calendar-override",
                date.toString(), (kind == DayKind.DAY_OFF ? "Ngày nghỉ " : "Ngày làm bù ") + date + ": " + after.name(), before,
                after);
        return after;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removeOverride(LocalDate date) {
        Holiday before = rows.override(date).orElseThrow(() -> new NotFoundException("calendar.override.not-found", date));
        rows.deleteOverride(date);
        changed();
        audit.record("calendar.override.removed", "calendar-override", date.toString(),
                "Bỏ ngày điều chỉnh " + date + ": " + before.name(), before, null);
    }

    private void changed() {
        rows.bumpRevision();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                holder.rebuild();
            }
        });
    }
}
