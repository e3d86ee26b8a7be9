package vn.motcua.procedures;

import java.time.LocalDate;

/** One version of a procedure, in force from {@code effectiveFrom}; a dossier keeps the version it was received under. */
public record ProcedureVersion(long id, String procedureCode, LocalDate effectiveFrom, String decision, String changeNote,
        ProcedureContent content) {
}
