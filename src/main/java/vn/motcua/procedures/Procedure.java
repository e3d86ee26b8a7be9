package vn.motcua.procedures;

import java.time.LocalDate;

/**
 * Thủ tục hành chính: a procedure with its life (published, maybe abolished or replaced) and the
 * version in force on the date it was asked for.
 */
public record Procedure(String code, LocalDate publishedOn, String publishDecision, LocalDate abolishedOn,
        String abolishDecision, String replacedBy, int lockVersion, ProcedureVersion version) {

    public boolean inForceOn(LocalDate date) {
        return !publishedOn.isAfter(date) && (abolishedOn == null || abolishedOn.isAfter(date));
    }

    public ProcedureContent content() {
        return version.content();
    }
}
