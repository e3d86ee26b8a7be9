package vn.motcua.procedures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Trường của tờ khai điện tử: one question of a procedure's e-form, as data of its catalogue version.
 * {@code key} names the answer; {@code label} is what the citizen reads (and what an error names);
 * {@code choices} are the answers a CHOICE field allows; {@code hint} explains what to write.
 */
public record FormField(String key, String label, Type type, boolean required, List<String> choices, String hint) {

    /** What kind of answer a field takes. */
    public enum Type {
        TEXT, NUMBER, DATE, CHOICE
    }

    /** Longest answer a text field keeps: a line of a paper form, not an essay. */
    public static final int MAX_TEXT = 500;

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}([.,]\\d{1,6})?");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** From JSON: {@code required} left out means an optional field. */
    @JsonCreator
    static FormField fromJson(@JsonProperty("key") String key, @JsonProperty("label") String label,
            @JsonProperty("type") Type type, @JsonProperty("required") Boolean required,
            @JsonProperty("choices") List<String> choices, @JsonProperty("hint") String hint) {
        return new FormField(key, label, type, Boolean.TRUE.equals(required), choices, hint);
    }

    public FormField {
        choices = choices == null ? List.of() : List.copyOf(choices);
        hint = hint == null ? "" : hint;
    }

    /** An answer to the field, checked: the value to keep, or the message code of what is wrong with it. */
    public record Checked(String value, String problem) {

        public Optional<String> problemCode() {
            return Optional.ofNullable(problem);
        }
    }

    /**
     * Checks an answer as the citizen typed it. Blank is no answer (a problem only when required);
     * a number is kept with a dot for decimals, a date as yyyy-MM-dd (typed as that or as dd/MM/yyyy),
     * a choice only as one of the choices.
     */
    public Checked check(String answer) {
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            return new Checked(null, required ? "procedures.answer.required" : null);
        }
        return switch (type) {
            case TEXT -> text.length() > MAX_TEXT ? new Checked(null, "procedures.answer.long") : new Checked(text, null);
            case NUMBER -> NUMBER.matcher(text).matches() ? new Checked(new BigDecimal(text.replace(',', '.')).toPlainString(), null)
                    : new Checked(null, "procedures.answer.number");
            case DATE -> date(text).map(d -> new Checked(d.toString(), null)).orElse(new Checked(null, "procedures.answer.date"));
            case CHOICE -> choices.contains(text) ? new Checked(text, null) : new Checked(null, "procedures.answer.choice");
        };
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(text.contains("/") ? LocalDate.parse(text, DAY) : LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
