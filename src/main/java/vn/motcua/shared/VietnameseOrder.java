package vn.motcua.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Alphabetical order as a Vietnamese reader expects it: "Đất đai" after "Dân tộc" and before "Xây
 * dựng", a, ă, â together, tones after the base letter. Code-point order (what a database with the C
 * collation and {@code String.compareTo} give) puts every word starting with Đ or a toned capital after
 * Z.
 */
public final class VietnameseOrder {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private VietnameseOrder() {
    }

    /** Orders items by the text the reader sees. */
    public static <T> Comparator<T> by(Function<T, String> text) {
        // A Collator is not thread-safe; each comparator gets its own, used for one sort.
        Collator collator = Collator.getInstance(VIETNAMESE);
        return Comparator.comparing(text, collator::compare);
    }
}
