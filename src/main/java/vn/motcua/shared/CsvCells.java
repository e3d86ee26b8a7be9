package vn.motcua.shared;

/**
 * Cells of a CSV file MotCua writes for people to open in a spreadsheet: a text that starts with
 * {@code = + - @}, a tab or a carriage return would be taken for a formula (CSV injection), so it is
 * written with a leading apostrophe, which spreadsheets show as text and hide. Reading a CSV that
 * MotCua wrote takes the apostrophe off again, so an export imports back unchanged.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The text as a cell that no spreadsheet evaluates. */
    public static String neutralised(String text) {
        return text != null && !text.isEmpty() && starter(text.charAt(0)) ? "'" + text : text;
    }

    /** The text of a cell read back: without the apostrophe {@link #neutralised} put before a formula's first character. */
    public static String restored(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && starter(cell.charAt(1)) ? cell.substring(1) : cell;
    }

    private static boolean starter(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
