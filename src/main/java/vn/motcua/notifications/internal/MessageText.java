package vn.motcua.notifications.internal;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills a template's placeholders ({maHoSo}, …) and folds SMS text to plain ASCII. */
public final class MessageText {

    /** The placeholders a template may use. */
    public static final Set<String> PLACEHOLDERS = Set.of("maHoSo", "nguoiNop", "thuTuc", "coQuan", "hanTra", "lyDo", "giayTo",
            "traCuu", "maXacNhan", "hieuLuc", "soTien", "maGiaoDich", "bienLai", "thoiGian");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private MessageText() {
    }

    public static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The placeholders of the text that are not known, in order of appearance. */
    public static Set<String> unknownPlaceholders(String template) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template == null ? "" : template);
        while (matcher.find()) {
            if (!PLACEHOLDERS.contains(matcher.group(1))) {
                unknown.add("{" + matcher.group(1) + "}");
            }
        }
        return unknown;
    }

    /** Vietnamese without diacritics ("Thọ Xuân" → "Tho Xuan"), as carriers take brand-name SMS. */
    public static String ascii(String text) {
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return folded.replaceAll("\\p{M}", "");
    }
}
