package vn.motcua.payments.internal;

/**
 * Số tiền bằng chữ, as a receipt writes it: "Mười lăm nghìn đồng", "Một triệu không trăm linh năm
 * nghìn đồng". Vietnamese reads a number in groups of three (trăm, mươi, đơn vị) named nghìn, triệu,
 * tỷ, with the spoken changes: mười/mươi, mốt after mươi, lăm after ten, linh for a missing ten.
 */
public final class AmountInWords {

    private static final String[] DIGITS = { "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín" };
    private static final String[] GROUPS = { "", " nghìn", " triệu", " tỷ" };

    private AmountInWords() {
    }

    /** The amount in đồng, in words, capitalised, ending in "đồng". */
    public static String dong(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("An amount in words is not negative: " + amount);
        }
        String words = amount == 0 ? "không" : number(amount);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " đồng";
    }

    private static String number(long amount) {
        if (amount >= 1_000_000_000_000L) {
            // Above a thousand billion, the billions are read as a number of their own: "một nghìn tỷ".
            long below = amount % 1_000_000_000L;
            return number(amount / 1_000_000_000L) + " tỷ" + (below == 0 ? "" : " " + number(below));
        }
        StringBuilder words = new StringBuilder();
        long[] groups = new long[4];
        long left = amount;
        for (int i = 0; i < 4; i++) {
            groups[i] = left % 1000;
            left /= 1000;
        }
        boolean started = false;
        for (int i = 3; i >= 0; i--) {
            if (groups[i] == 0) {
                continue;
            }
            words.append(words.length() == 0 ? "" : " ").append(group((int) groups[i], started)).append(GROUPS[i]);
            started = true;
        }
        return words.toString();
    }

    /** Three digits; after a higher group a short one is read in full ("không trăm linh năm"). */
    private static String group(int value, boolean full) {
        int hundreds = value / 100;
        int tens = value / 10 % 10;
        int units = value % 10;
        StringBuilder words = new StringBuilder();
        if (hundreds > 0 || full) {
            words.append(DIGITS[hundreds]).append(" trăm");
        }
        if (tens == 0) {
            if (units > 0) {
                words.append(words.length() == 0 ? "" : " linh ").append(DIGITS[units]);
            }
            return words.toString().trim();
        }
        words.append(words.length() == 0 ? "" : " ").append(tens == 1 ? "mười" : DIGITS[tens] + " mươi");
        if (units == 1 && tens > 1) {
            words.append(" mốt");
        } else if (units == 5) {
            words.append(" lăm");
        } else if (units > 0) {
            words.append(" ").append(DIGITS[units]);
        }
        return words.toString();
    }
}
