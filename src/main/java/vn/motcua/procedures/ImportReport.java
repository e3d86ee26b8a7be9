package vn.motcua.procedures;

import java.util.List;

/**
 * What an import did, or would do in a dry run: one change per row, or the errors that stopped it.
 * An import with any error changes nothing.
 */
public record ImportReport(boolean applied, int rows, List<RowChange> changes, List<RowError> errors) {

    public ImportReport {
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
    }

    /** What a row does to the catalogue. */
    public enum Action {
        CREATE, AMEND, ABOLISH, UNCHANGED
    }

    public record RowChange(int line, String code, Action action) {
    }

    /** A bad row: its line in the file (the header is line 1), the column, and why. */
    public record RowError(int line, String column, String messageCode, List<Object> arguments) {
    }

    public long count(Action action) {
        return changes.stream().filter(c -> c.action() == action).count();
    }
}
