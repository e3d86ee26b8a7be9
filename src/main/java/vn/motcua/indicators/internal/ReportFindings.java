package vn.motcua.indicators.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.motcua.indicators.Finding;
import vn.motcua.indicators.core.Validation;

/** Kiểm tra báo cáo: a compiled report's figures against its template's rules, by the pure rule engine. */
@Component
public class ReportFindings {

    private final TemplateStore templates;

    ReportFindings(TemplateStore templates) {
        this.templates = templates;
    }

    public List<Finding> of(ReportCompiler.Compiled compiled, TemplateStore.Template template) {
        Map<String, BigDecimal> values = new HashMap<>();
        compiled.report().rows().forEach(r -> {
            if (r.value() != null) {
                values.put(r.key(), r.value());
            }
        });
        List<Validation.Rule> rules = templates.rules(template.id()).stream()
                .map(r -> new Validation.Rule(r.expression(), r.severity(), r.message())).toList();
        return Validation.check(compiled.templateRows(), rules, values, compiled.computedBehindOverrides());
    }
}
