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
                                "[" + row.key() + "] phải là số nguyên không âm, không phải " + value.stripTrailingZeros().toPlainString()));
                    }
                }
                case "PERCENT" -> {
                    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                        findings.add(new Finding("ERROR", "type", List.of(row.key()),
                                "[" + row.key() + "] là tỷ lệ phần trăm, phải từ 0 đến 100"));
                    }
                }
                case "CODE" -> {
                    Set<String> allowed = java.util.Arrays.stream(row.codes().split("\\|")).map(c -> c.split("=")[0].trim())
                            .collect(Collectors.toSet());
                    if (!allowed.contains(value.stripTrailingZeros().toPlainString())) {
                        findings.add(new Finding("ERROR", "type", List.of(row.key()),
                                "[" + row.key() + "] phải là một trong các mã: " + row.codes().replace("|", "; ")));
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
                        "[" + row.key() + "] = " + plain(value) + " nhưng tổng các chỉ tiêu thành phần là " + plain(sum)));
            }
            if ("UNION".equals(row.children())) {
                BigDecimal max = partValues.stream().max(BigDecimal::compareTo).orElseThrow();
                if (value.compareTo(max) < 0 || value.compareTo(sum) > 0) {
                    findings.add(new Finding("ERROR", "max(" + sumText(parts, values).replace(" + ", ", ") + ") <= [" + row.key()
                            + "] <= " + sumText(parts, values), keys,
                            "[" + row.key() + "] = " + plain(value) + " phải nằm trong khoảng từ " + plain(max) + " (phần lớn nhất) đến "
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
        computedBeforeOverride.forEach((key, computed) -> {
            BigDecimal value = values.get(key);
            if (value != null && computed != null && value.compareTo(computed) != 0) {
                findings.add(new Finding("WARNING", "override", List.of(key), "[" + key + "] nhập tay " + plain(value)
                        + " khác số liệu tính từ hồ sơ, dữ liệu của hệ thống là " + plain(computed)));
            }
        });
        return findings;
    }

    private static String sumText(List<TemplateRow> parts, Map<String, BigDecimal> values) {
        return parts.stream().filter(p -> values.get(p.key()) != null).map(p -> "[" + p.key() + "]").collect(Collectors.joining(" + "));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
