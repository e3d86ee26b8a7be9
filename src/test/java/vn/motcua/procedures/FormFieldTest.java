package vn.motcua.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** An answer to an e-form field is kept in one plain form, or refused with what is wrong. */
class FormFieldTest {

    private static FormField field(FormField.Type type, boolean required, String... choices) {
        return new FormField("truong", "Trường thử", type, required, List.of(choices), null);
    }

    @Test
    void aRequiredFieldLeftBlankIsRefusedAndAnOptionalOneIsNoAnswer() {
        assertThat(field(FormField.Type.TEXT, true).check("   ").problemCode()).contains("procedures.answer.required");
        FormField.Checked optional = field(FormField.Type.TEXT, false).check(null);
        assertThat(optional.problemCode()).isEmpty();
        assertThat(optional.value()).isNull();
    }

    @Test
    void numbersAndDatesAreKeptInOneFormWhicheverWayTheyWereTyped() {
        assertThat(field(FormField.Type.NUMBER, true).check("1500000").value()).isEqualTo("1500000");
        assertThat(field(FormField.Type.NUMBER, true).check("2,5").value()).isEqualTo("2.5");
        assertThat(field(FormField.Type.NUMBER, true).check("hai").problemCode()).contains("procedures.answer.number");
        assertThat(field(FormField.Type.DATE, true).check("05/01/2026").value()).isEqualTo("2026-01-05");
        assertThat(field(FormField.Type.DATE, true).check("2026-01-05").value()).isEqualTo("2026-01-05");
        assertThat(field(FormField.Type.DATE, true).check("31/02/2026").problemCode()).contains("procedures.answer.date");
    }

    @Test
    void aChoiceIsOnlyOneOfItsChoicesAndTextHasALimit() {
        FormField sex = field(FormField.Type.CHOICE, true, "Nam", "Nữ");
        assertThat(sex.check(" Nữ ").value()).isEqualTo("Nữ");
        assertThat(sex.check("Khác").problemCode()).contains("procedures.answer.choice");
        assertThat(field(FormField.Type.TEXT, true).check("a".repeat(FormField.MAX_TEXT + 1)).problemCode())
                .contains("procedures.answer.long");
    }
}
