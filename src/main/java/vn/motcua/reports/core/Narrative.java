package vn.motcua.reports.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The narrative's mark-up: {@code {3.3.1}} is a figure of the appendix, {@code {3.3.2+3.3.3}} a sum of
 * figures, {@code {pct:3.3.2+3.3.3/3.3.1}} a percentage of two figures, each written the Vietnamese
 * way (8.803; 85,75%); {@code [^text]} is a footnote. A figure the report does not have shows as "…".
 */
public final class Narrative {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(pct:)?([0-9A-Za-z.+]+)(?:/([0-9A-Za-z.+]+))?\\}");
    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\^([^\\]]+)\\]");

    /** A piece of a paragraph: text, or a footnote mark with the footnote's text. */
    public record Run(String text, String footnote) {
    }

    private Narrative() {
    }

    /** Replaces the placeholders with the figures. */
    public static String fill(String text, Map<String, BigDecimal> figures, Function<BigDecimal, String> number) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            BigDecimal first = sum(matcher.group(2), figures);
            if (matcher.group(1) != null) {
                BigDecimal second = matcher.group(3) == null ? null : sum(matcher.group(3), figures);
                replacement = first == null || second == null || second.signum() == 0 ? "…"
                        : number.apply(first.multiply(BigDecimal.valueOf(100)).divide(second, 2, RoundingMode.HALF_UP)) + "%";
            } else {
                replacement = first == null ? "…" : number.apply(first);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static BigDecimal sum(String keys, Map<String, BigDecimal> figures) {
        BigDecimal total = BigDecimal.ZERO;
        for (String key : keys.split("\\+")) {
            BigDecimal value = figures.get(key);
            if (value == null) {
                return null;
            }
            total = total.add(value);
        }
        return total;
    }

    /** Splits a paragraph into text and footnote marks, in order. */
    public static List<Run> runs(String paragraph) {
        List<Run> runs = new ArrayList<>();
        Matcher matcher = FOOTNOTE.matcher(paragraph);
        int last = 0;
        while (matcher.find()) {
            if (matcher.start() > last) {
                runs.add(new Run(paragraph.substring(last, matcher.start()), null));
            }
            runs.add(new Run(null, matcher.group(1).trim()));
            last = matcher.end();
        }
        if (last < paragraph.length()) {
            runs.add(new Run(paragraph.substring(last), null));
        }
        return runs;
    }

    /** The paragraphs of a body: separated by blank lines. */
    public static List<String> paragraphs(String body) {
        List<String> paragraphs = new ArrayList<>();
        for (String part : body.split("\\r?\\n\\s*\\r?\\n")) {
            if (!part.isBlank()) {
                paragraphs.add(part.trim().replaceAll("\\s*\\r?\\n\\s*", " "));
            }
        }
        return paragraphs;
    }
}
