package vn.motcua.investment.internal;

import java.math.BigDecimal;

import vn.motcua.shared.InvalidInputException;

/** The checks every investment form applies to what a person typed, each failure naming its field. */
public final class Inputs {

    private Inputs() {
    }

    public static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidInputException(field, "investment.field.required");
            }
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInputException(field, "investment.text.long", max);
        }
        return text;
    }

    /** A non-negative amount below a trillion with at most two decimals. */
    public static BigDecimal amount(String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                throw new InvalidInputException(field, "investment.field.required");
            }
            return null;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0 || value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, "investment.amount.invalid");
        }
        return value;
    }

    public static int count(String field, Integer value) {
        if (value == null) {
            return 0;
        }
        if (value < 0 || value > 100_000) {
            throw new InvalidInputException(field, "investment.count.invalid");
        }
        return value;
    }
}
