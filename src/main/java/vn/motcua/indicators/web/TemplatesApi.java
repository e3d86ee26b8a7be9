package vn.motcua.indicators.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.motcua.indicators.TemplateAdministration;
import vn.motcua.indicators.TemplateAdministration.TemplateView;
import vn.motcua.indicators.TemplateRow;

@RestController
@RequestMapping("/api/v1/templates")
@Tag(name = "Templates", description = "Mẫu biểu báo cáo: phiên bản, chỉ tiêu, quy tắc kiểm tra")
class TemplatesApi {

    private final TemplateAdministration templates;

    TemplatesApi(TemplateAdministration templates) {
        this.templates = templates;
    }

    record CopyRequest(@Size(max = 40) String newCode, @Size(max = 300) String name, Map<String, String> levels,
            java.time.LocalDate inForceFrom, java.time.LocalDate inForceTo) {
    }

    record RowRequest(@Size(max = 20) String printedCode, @NotBlank @Size(max = 500) String label, @Size(max = 100) String unit,
            @NotBlank String type, @Size(max = 300) String codes, @Size(max = 10) String aggregation, @Size(max = 10) String children,
            @Size(max = 20) String source, @Size(max = 60) String measure, @Size(max = 300) String filters, Boolean required) {

        /** Unless said otherwise, a numbered row the unit types in is required; computed rows and breakdowns are not. */
        boolean requiredOrDefault() {
            return required != null ? required
                    : (measure == null || measure.isBlank()) && !"GROUP".equals(type) && printedCode != null && !printedCode.isBlank();
        }
    }

    record RuleRequest(@NotBlank @Size(max = 500) String expression, @NotBlank String severity, @NotBlank @Size(max = 500) String message) {
    }

    @GetMapping
    List<TemplateView> list() {
        return templates.all();
    }

    @GetMapping("/{code}")
    @Operation(summary = "A template version with its rows and rules (the latest unless version is given)")
    TemplateView get(@PathVariable String code, @RequestParam(required = false) Integer version) {
        return templates.get(code, version);
    }

    @PostMapping("/{code}/versions")
    @Operation(summary = "Copy the latest version into a new version or a new template (REFORM_OFFICER); levels renames breakdowns")
    ResponseEntity<TemplateView> copy(@PathVariable String code, @Valid @RequestBody CopyRequest request) {
        TemplateView copy = templates.copy(code, request.newCode(), request.name(), request.levels(), request.inForceFrom(),
                request.inForceTo());
        return ResponseEntity.created(URI.create("/api/v1/templates/" + copy.code() + "?version=" + copy.version())).body(copy);
    }

    @PutMapping("/{code}/{version}/rows/{key}")
    @Operation(summary = "Edit a row of a version no report uses yet (REFORM_OFFICER); a computed row names a measure some module"
            + " declares and filters it only by that measure's dimensions (422 naming the row otherwise)")
    TemplateView editRow(@PathVariable String code, @PathVariable int version, @PathVariable String key,
            @Valid @RequestBody RowRequest request) {
        return templates.editRow(code, version, new TemplateRow(key, request.printedCode(), null, request.label(), request.unit(),
                request.type(), request.codes(), request.aggregation(), request.children(), request.source(), request.measure(),
                request.filters(), request.requiredOrDefault()));
    }

    @PostMapping("/{code}/{version}/rules")
    @Operation(summary = "Add a validation rule to a version no report uses yet (REFORM_OFFICER)")
    TemplateView addRule(@PathVariable String code, @PathVariable int version, @Valid @RequestBody RuleRequest request) {
        return templates.addRule(code, version, request.expression(), request.severity(), request.message());
    }
}
