package vn.motcua.indicators.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A validation rule written over row keys: a left side, an operator and a right side, each side a
 * sum or difference of rows and numbers, e.g. {@code [3.3.1] == [3.3.1.direct] + [3.3.1.postal]} or
 * {@code [1.1.2] <= [1.1.1]}. A side with a row that has no value is missing, and a rule with a
 * missing side is not checked (a rule about figures nobody entered says nothing).
 */
public record Expression(List<Term> left, String operator, List<Term> right) {

    /** One term: a row key or a number, added or subtracted. */
    public record Term(boolean negative, String key, BigDecimal number) {
    }

    private static final Pattern OPERATOR = Pattern.compile("(==|<=|>=|!=|<|>)");
    private static final Pattern TERM = Pattern.compile("\\s*([+-])?\\s*(?:\\[([A-Za-z0-9._-]+)\\]|(\\d+(?:\\.\\d+)?))\\s*");

    public static Expression parse(String text) {
        Matcher op = OPERATOR.matcher(text);
        if (!op.find()) {
            throw new IllegalArgumentException("A rule needs one of == <= >= != < >: " + text);
        }
        String operator = op.group(1);
        List<Term> left = side(text.substring(0, op.start()));
        List<Term> right = side(text.substring(op.end()));
        return new Expression(left, operator, right);
    }

    private static List<Term> side(String text) {
        List<Term> terms = new ArrayList<>();
        Matcher matcher = TERM.matcher(text);
        int position = 0;
        while (position < text.length() && matcher.find(position) && matcher.start() == position) {
            boolean negative = "-".equals(matcher.group(1));
            if (!terms.isEmpty() && matcher.group(1) == null) {
                throw new IllegalArgumentException("Terms are joined by + or -: " + text);
            }
            terms.add(new Term(negative, matcher.group(2), matcher.group(3) == null ? null : new BigDecimal(matcher.group(3))));
            position = matcher.end();
        }
        if (terms.isEmpty() || position != text.length()) {
            throw new IllegalArgumentException("Cannot read the rule's side: '" + text.trim() + "'");
        }
        return terms;
    }

    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        left.stream().filter(t -> t.key() != null).forEach(t -> keys.add(t.key()));
        right.stream().filter(t -> t.key() != null).forEach(t -> keys.add(t.key()));
        return keys;
    }

    /** True, false, or empty when a side is missing. */
    public Optional<Boolean> holds(Map<String, BigDecimal> values) {
        Optional<BigDecimal> l = sum(left, values);
        Optional<BigDecimal> r = sum(right, values);
        if (l.isEmpty() || r.isEmpty()) {
            return Optional.empty();
        }
        int c = l.get().compareTo(r.get());
        return Optional.of(switch (operator) {
            case "==" -> c == 0;
            case "!=" -> c != 0;
            case "<=" -> c <= 0;
            case ">=" -> c >= 0;
            case "<" -> c < 0;
            default -> c > 0;
        });
    }

    private static Optional<BigDecimal> sum(List<Term> terms, Map<String, BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (Term term : terms) {
            BigDecimal value = term.key() == null ? term.number() : values.get(term.key());
            if (value == null) {
                return Optional.empty();
            }
            total = term.negative() ? total.subtract(value) : total.add(value);
        }
        return Optional.of(total);
    }
}
