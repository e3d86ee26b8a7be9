package vn.motcua.audit;

import java.time.LocalDate;

/** What an administrator searches the trail by; every part optional. text matches the summary and the record's id. */
public record AuditQuery(String username, String entityType, String text, LocalDate from, LocalDate to, int page, int size) {

    public AuditQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, 500);
    }
}
