package vn.motcua.portal.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.motcua.procedures.FormField;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.InvalidInputException.Problem;

/**
 * The answers to a procedure's e-form, checked field by field against its catalogue version. Every
 * problem names the field's label, as the citizen reads it on the form. A draft may leave required
 * fields blank; a submission may not.
 */
public final class FormAnswers {

    private FormAnswers() {
    }

    /**
     * The answers kept (by key, in the form's order, blanks left out); problems are added to
     * {@code problems}, each on the field {@code form.<key>}.
     */
    public static Map<String, String> check(List<FormField> fields, Map<String, String> answers, boolean requireAll,
            List<Problem> problems) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String key : answers.keySet()) {
            if (fields.stream().noneMatch(f -> f.key().equals(key))) {
                problems.add(new Problem("form." + key, "portal.form.unknown-field", key));
            }
        }
        for (FormField field : fields) {
            FormField.Checked checked = field.check(answers.get(field.key()));
            checked.problemCode().ifPresent(code -> problems.add(new Problem("form." + field.key(), code, arguments(field, code))));
            if (checked.problemCode().isEmpty() && checked.value() != null) {
                kept.put(field.key(), checked.value());
            }
        }
        if (!requireAll) {
            problems.removeIf(p -> p.messageCode().equals("procedures.answer.required"));
        }
        return kept;
    }

    private static Object[] arguments(FormField field, String code) {
        return switch (code) {
            case "procedures.answer.long" -> new Object[] { field.label(), FormField.MAX_TEXT };
            case "procedures.answer.choice" -> new Object[] { field.label(), String.join(", ", field.choices()) };
            default -> new Object[] { field.label() };
        };
    }

    /** Throws the problems found, all at once, if there are any. */
    public static void refuseIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
