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
 * figures and {@code {1.1.1-1.1.2}} a difference, {@code {pct:3.3.2+3.3.3/3.3.1}} a percentage of two
 * figures, each written the Vietnamese way (8.803; 85,75%); {@code {investment.capitalShare|%}} a figure
 * with what follows it only when it exists (a figure followed by "%" is itself a rate, written as one: 15,10%); {@code {code:1.5|1=có;0=không}} the words a code row's
 * figure stands for; {@code [^text]} is a footnote; {@code [Gợi ý: text]} asks the officer to write
 * something the records cannot say, and the report does not go up while one is left. A figure the report
 * does not have is written "chưa có số liệu", never left as a mark or a dots placeholder, and
 * {@link #missing} names it for the editor.
 */
public final class Narrative {

    private static final Pattern PLACEHOLDER = Pattern
            .compile("\\{(pct:|code:)?([0-9A-Za-z.][0-9A-Za-z.+\\-]*)(?:/([0-9A-Za-z.][0-9A-Za-z.+\\-]*))?(?:\\|([^{}]*))?\\}");
    private static final Pattern TERM = Pattern.compile("([+-]?)([^+-]+)");

    /** What a figure that cannot be computed reads as. */
    public static final String NO_FIGURE = "chưa có số liệu";
    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\^([^\\]]+)\\]");
    private static final String PROMPT_MARK = "[Gợi ý: ";
    private static final Pattern PROMPT = Pattern.compile("\\[Gợi ý: ([^\\]]+)\\]");

    /** A piece of a paragraph: text, or a footnote mark with the footnote's text. */
    public record Run(String text, String footnote) {
    }

    private Narrative() {
    }

    /** Replaces the placeholders with the figures. */
    public static String fill(String text, Map<String, BigDecimal> figures, Function<BigDecimal, String> number) {
        return fill(text, figures, number, value -> number.apply(value) + "%");
    }

    /** Replaces the placeholders with the figures, a rate ({@code {pct:…}}) written by {@code percent} ("73,40%"). */
    public static String fill(String text, Map<String, BigDecimal> figures, Function<BigDecimal, String> number,
            Function<BigDecimal, String> percent) {
        StringBuilder out = new StringBuilder();
        pieces(text, figures, number, percent).forEach(piece -> out.append(piece.text()));
        return out.toString();
    }

    /**
     * A piece of a text as a reader sees it: plain text ({@code mark} null), or a figure written as its value
     * ("8.803", "98,06%", "chưa có số liệu" when {@code missing}) with the mark it is stored as
     * ({@code {pct:3.3.2/3.3.1}}) and the figure's key as {@link #missing} names it ({@code 3.3.2/3.3.1}).
     */
    public record Piece(String text, String mark, String key, boolean missing) {
    }

    /** The text cut into plain text and figures: what the editor shows the officer in place of the marks. */
    public static List<Piece> pieces(String text, Map<String, BigDecimal> figures, Function<BigDecimal, String> number,
            Function<BigDecimal, String> percent) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        List<Piece> pieces = new ArrayList<>();
        int last = 0;
        while (matcher.find()) {
            if (matcher.start() > last) {
                pieces.add(new Piece(text.substring(last, matcher.start()), null, null, false));
            }
            BigDecimal value = value(matcher, figures);
            String suffix = matcher.group(4) == null ? "" : matcher.group(4);
            String replacement;
            if (value == null) {
                replacement = NO_FIGURE;
            } else if ("code:".equals(matcher.group(1))) {
                replacement = words(value, suffix, number);
            } else if (matcher.group(1) != null) {
                replacement = percent.apply(value) + suffix;
            } else if (suffix.startsWith("%")) {
                // A figure that is itself a rate ({investment.capitalShare|%}, {7.2|%}) is written as a rate, as the
                // dashboard writes it: 74,20% beside 73,40%, never 74,2%.
                replacement = percent.apply(value) + suffix.substring(1);
            } else {
                replacement = number.apply(value) + suffix;
            }
            String key = "pct:".equals(matcher.group(1)) ? matcher.group(2) + "/" + matcher.group(3) : matcher.group(2);
            pieces.add(new Piece(replacement, matcher.group(), key, value == null));
            last = matcher.end();
        }
        if (last < text.length()) {
            pieces.add(new Piece(text.substring(last), null, null, false));
        }
        return pieces;
    }

    /** The figures a text asks for that the report does not have, as written in its marks, each once. */
    public static List<String> missing(String text, Map<String, BigDecimal> figures) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        java.util.LinkedHashSet<String> missing = new java.util.LinkedHashSet<>();
        while (matcher.find()) {
            if (value(matcher, figures) == null) {
                missing.add("pct:".equals(matcher.group(1)) ? matcher.group(2) + "/" + matcher.group(3) : matcher.group(2));
            }
        }
        return List.copyOf(missing);
    }

    /** The words a code stands for ("1=có;0=không"); the figure itself when the list does not name it. */
    private static String words(BigDecimal value, String codes, Function<BigDecimal, String> number) {
        for (String pair : codes.split(";")) {
            int equals = pair.indexOf('=');
            String code = equals > 0 ? pair.substring(0, equals).trim() : "";
            // An officer's typing is text: a code that is not a number names nothing, and the figure prints as it is.
            if (code.matches("-?\\d+(\\.\\d+)?") && new BigDecimal(code).compareTo(value) == 0) {
                return pair.substring(equals + 1).trim();
            }
        }
        return number.apply(value);
    }

    private static BigDecimal value(Matcher matcher, Map<String, BigDecimal> figures) {
        BigDecimal first = sum(matcher.group(2), figures);
        if (!"pct:".equals(matcher.group(1))) {
            return first;
        }
        BigDecimal second = matcher.group(3) == null ? null : sum(matcher.group(3), figures);
        return first == null || second == null || second.signum() == 0 ? null
                : first.multiply(BigDecimal.valueOf(100)).divide(second, 2, RoundingMode.HALF_UP);
    }

    /** The figures added and taken away as written ({@code 1.3.1-1.3.2-1.3.3}); none when one of them is missing. */
    private static BigDecimal sum(String keys, Map<String, BigDecimal> figures) {
        BigDecimal total = BigDecimal.ZERO;
        Matcher term = TERM.matcher(keys);
        while (term.find()) {
            BigDecimal value = figures.get(term.group(2));
            if (value == null) {
                return null;
            }
            total = "-".equals(term.group(1)) ? total.subtract(value) : total.add(value);
        }
        return total;
    }

    /** A request to the officer as the text carries it: "[Gợi ý: nêu nguyên nhân …]". */
    public static String prompt(String request) {
        return PROMPT_MARK + request + "]";
    }

    /** The officer's requests a text still holds, in order. */
    public static List<String> prompts(String text) {
        List<String> prompts = new ArrayList<>();
        Matcher matcher = PROMPT.matcher(text == null ? "" : text);
        while (matcher.find()) {
            prompts.add(matcher.group(1).trim());
        }
        return prompts;
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
