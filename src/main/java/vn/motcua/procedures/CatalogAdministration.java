package vn.motcua.procedures;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.procedures.internal.ContentRules;
import vn.motcua.procedures.internal.ProcedureRows;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;

/**
 * Changes to the catalogue, each by a decision: publish a procedure, amend it from a date (a new
 * version; dossiers already received keep theirs), abolish or replace it. ADMIN and REFORM_OFFICER.
 */
@Service
public class CatalogAdministration {

    private final ProcedureRows rows;
    private final ProcedureCatalog catalog;
    private final AuditTrail audit;

    CatalogAdministration(ProcedureRows rows, ProcedureCatalog catalog, AuditTrail audit) {
        this.rows = rows;
        this.catalog = catalog;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'REFORM_OFFICER')")
    @Transactional
    public Procedure publish(String code, ProcedureContent content, LocalDate publishedOn, String decision) {
        check(code, content);
        if (publishedOn == null) {
            throw new InvalidInputException("publishedOn", "procedures.published-on.required");
        }
        String trimmed = code.trim();
        if (rows.idOf(trimmed).isPresent()) {
            throw new ConflictException("procedures.code.taken", trimmed);
        }
        ensureField(content);
        long id = rows.insertProcedure(trimmed, publishedOn, text(decision));
        rows.insertVersion(id, publishedOn, text(decision), "", content);
        Procedure created = catalog.require(trimmed, publishedOn);
        audit.record("procedure.published", "procedure", trimmed, "Công bố TTHC " + trimmed + " " + content.name(), null, created);
        return created;
    }

    /** A new version in force from {@code effectiveFrom}; on the first version's day it corrects that version. */
    @PreAuthorize("hasAnyRole('ADMIN', 'REFORM_OFFICER')")
    @Transactional
    public Procedure amend(String code, int lockVersion, ProcedureContent content, LocalDate effectiveFrom, String decision,
            String note) {
        check(code, content);
        if (effectiveFrom == null) {
            throw new InvalidInputException("effectiveFrom", "procedures.effective-from.required");
        }
        Procedure before = catalog.require(code, effectiveFrom);
        if (effectiveFrom.isBefore(before.publishedOn())) {
            throw new InvalidInputException("effectiveFrom", "procedures.effective-from.before-publication");
        }
        if (before.abolishedOn() != null && !effectiveFrom.isBefore(before.abolishedOn())) {
            throw new InvalidInputException("effectiveFrom", "procedures.abolished", before.abolishedOn());
        }
        long id = rows.idOf(code).orElseThrow();
        if (!rows.touch(id, lockVersion)) {
            throw new ConflictException("procedures.changed");
        }
        ensureField(content);
        if (rows.versionExists(id, effectiveFrom)) {
            rows.deleteVersion(id, effectiveFrom);
        }
        rows.insertVersion(id, effectiveFrom, text(decision), text(note), content);
        Procedure after = catalog.require(code, effectiveFrom);
        audit.record("procedure.amended", "procedure", code, "Sửa đổi TTHC " + code + " từ " + effectiveFrom, before, after);
        return after;
    }

    /** Abolished (bãi bỏ) or, with {@code replacedBy}, replaced (thay thế) from {@code on}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'REFORM_OFFICER')")
    @Transactional
    public Procedure abolish(String code, int lockVersion, LocalDate on, String decision, String replacedBy) {
        if (on == null) {
            throw new InvalidInputException("on", "procedures.abolished-on.required");
        }
        Procedure before = catalog.require(code, on);
        if (on.isBefore(before.publishedOn())) {
            throw new InvalidInputException("on", "procedures.abolished-on.before-publication");
        }
        if (replacedBy != null && !replacedBy.isBlank() && rows.idOf(replacedBy.trim()).isEmpty()) {
            throw new InvalidInputException("replacedBy", "procedures.not-found", replacedBy);
        }
        long id = rows.idOf(code).orElseThrow(() -> new NotFoundException("procedures.not-found", code));
        if (!rows.touch(id, lockVersion)) {
            throw new ConflictException("procedures.changed");
        }
        rows.abolish(id, on, decision, replacedBy == null || replacedBy.isBlank() ? null : replacedBy.trim());
        Procedure after = catalog.require(code, on);
        audit.record("procedure.abolished", "procedure", code,
                (after.replacedBy() == null ? "Bãi bỏ TTHC " : "Thay thế TTHC ") + code + " từ " + on, before, after);
        return after;
    }

    private void check(String code, ProcedureContent content) {
        List<ContentRules.Problem> problems = ContentRules.check(code, content);
        if (!problems.isEmpty()) {
            ContentRules.Problem first = problems.get(0);
            throw new InvalidInputException(first.field(), first.messageCode(), first.arguments());
        }
    }

    private void ensureField(ProcedureContent content) {
        if (rows.field(content.fieldCode()).isEmpty()) {
            if (content.fieldName() == null || content.fieldName().isBlank()) {
                throw new InvalidInputException("fieldName", "procedures.field-name.required", content.fieldCode());
            }
            rows.insertField(content.fieldCode(), content.fieldName().trim());
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }
}
