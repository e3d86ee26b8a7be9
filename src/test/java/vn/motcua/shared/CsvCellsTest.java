package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cell that a spreadsheet would run as a formula is written as text, and reads back as it was. */
class CsvCellsTest {

    @Test
    void formulaStartersAreNeutralisedAndRestored() {
        for (String text : new String[] { "=HYPERLINK(\"http://x\",\"bấm\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1" }) {
            String cell = CsvCells.neutralised(text);
            assertThat(cell).as(text).startsWith("'").isEqualTo("'" + text);
            assertThat(CsvCells.restored(cell)).isEqualTo(text);
        }
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        for (String text : new String[] { "Cấp giấy xác nhận", "1.004873", "'quoted", "", "a=b" }) {
            assertThat(CsvCells.neutralised(text)).isEqualTo(text);
            assertThat(CsvCells.restored(text)).isEqualTo(text);
        }
        assertThat(CsvCells.neutralised(null)).isNull();
    }
}
