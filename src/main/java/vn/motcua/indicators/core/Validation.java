package vn.motcua.indicators.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.motcua.indicators.Finding;
import vn.motcua.indicators.TemplateRow;

/**
 * Checks a report's figures: each value against its type, each row against its parts (EQUAL: the
 * parts with a value add up to it; UNION: between the largest part and their sum), the template's
 * own rules, and overridden figures against what the records say.
 */
public final class Validation {

    /** A rule of the template with its severity and message. */
    public record Rule(String expression, String severity, String message) {
    }

    private Validation() {
    }

    public static List<Finding> check(List<TemplateRow> rows, List<Rule> rules, Map<String, BigDecimal> values,
            Map<String, BigDecimal> computedBeforeOverride) {
        List<Finding> findings = new ArrayList<>();
        for (TemplateRow row : rows) {
            BigDecimal value = values.get(row.key());
            if (value == null || row.group()) {
                continue;
            }
            switch (row.type()) {
                case "COUNT" -> {
                    if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
                        findings.add(new Finding("ERROR", "type", List.of(row.key()),
                                named(row) + " phải là số nguyên không âm, không phải " + value.stripTrailingZeros().toPlainString()));
                    }
                }
                case "PERCENT" -> {
                    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                        findings.add(new Finding("ERROR", "type", List.of(row.key()),
                                named(row) + " là tỷ lệ phần trăm, phải từ 0 đến 100"));
                    }
                }
                case "CODE" -> {
                    Set<String> allowed = java.util.Arrays.stream(row.codes().split("\\|")).map(c -> c.split("=")[0].trim())
                            .collect(Collectors.toSet());
                    if (!allowed.contains(value.stripTrailingZeros().toPlainString())) {
                        findings.add(new Finding("ERROR", "type", List.of(row.key()),
                                named(row) + " phải là một trong các mã: " + row.codes().replace("|", "; ")));
                    }
                }
                default -> {
                    // GROUP rows carry no value
                }
            }
        }
        for (TemplateRow row : rows) {
            BigDecimal value = values.get(row.key());
            List<TemplateRow> parts = rows.stream().filter(r -> row.key().equals(r.parentKey()) && !r.group()).toList();
            List<BigDecimal> partValues = parts.stream().map(p -> values.get(p.key())).filter(v -> v != null).toList();
            if (value == null || partValues.isEmpty()) {
                continue;
            }
            BigDecimal sum = partValues.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            List<String> keys = new ArrayList<>(List.of(row.key()));
            parts.stream().filter(p -> values.get(p.key()) != null).forEach(p -> keys.add(p.key()));
            if ("EQUAL".equals(row.children()) && value.compareTo(sum) != 0) {
                findings.add(new Finding("ERROR", "[" + row.key() + "] == " + sumText(parts, values), keys,
                        named(row) + " là " + plain(value) + " nhưng tổng các chỉ tiêu thành phần (" + String.join(", ", keys.subList(1, keys.size()))
                                + ") là " + plain(sum)));
            }
            if ("UNION".equals(row.children())) {
                BigDecimal max = partValues.stream().max(BigDecimal::compareTo).orElseThrow();
                if (value.compareTo(max) < 0 || value.compareTo(sum) > 0) {
                    findings.add(new Finding("ERROR", "max(" + sumText(parts, values).replace(" + ", ", ") + ") <= [" + row.key()
                            + "] <= " + sumText(parts, values), keys,
                            named(row) + " là " + plain(value) + ", phải nằm trong khoảng từ " + plain(max) + " (phần lớn nhất) đến "
                                    + plain(sum) + " (tổng các phần, mỗi hồ sơ công khai ở cả hai nơi chỉ tính một lần)"));
                }
            }
        }
        for (Rule rule : rules) {
            Expression expression = Expression.parse(rule.expression());
            if (expression.holds(values).map(holds -> !holds).orElse(false)) {
                findings.add(new Finding(rule.severity(), rule.expression(), expression.keys(), rule.message()));
            }
        }
        Map<String, TemplateRow> byKey = new java.util.HashMap<>();
        rows.forEach(r -> byKey.put(r.key(), r));
        computedBeforeOverride.forEach((key, computed) -> {
            BigDecimal value = values.get(key);
            if (value != null && computed != null && value.compareTo(computed) != 0) {
                findings.add(new Finding("WARNING", "override", List.of(key), named(byKey.get(key), key) + " nhập tay " + plain(value)
                        + " khác số liệu tính từ hồ sơ, dữ liệu của hệ thống là " + plain(computed)));
            }
        });
        return findings;
    }

    private static String sumText(List<TemplateRow> parts, Map<String, BigDecimal> values) {
        return parts.stream().filter(p -> values.get(p.key()) != null).map(p -> "[" + p.key() + "]").collect(Collectors.joining(" + "));
    }

    /** Longer labels are cut: the finding names the row, the form shows it in full. */
    private static final int LONGEST_LABEL = 90;

    /** A row as a person names it: "Chỉ tiêu 2.1 (Số TTHC được rà soát)", not "[2.1]". */
    static String named(TemplateRow row) {
        return named(row, row.key());
    }

    private static String named(TemplateRow row, String key) {
        if (row == null || row.label() == null || row.label().isBlank()) {
            return "Chỉ tiêu " + key;
        }
        String label = row.label().strip();
        return "Chỉ tiêu " + key + " (" + (label.length() > LONGEST_LABEL ? label.substring(0, LONGEST_LABEL).strip() + "…" : label) + ")";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
